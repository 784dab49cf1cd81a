import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { createReportLoader } from '../../lib/popup/report-loader';

const loadReport = createReportLoader({
  tabs: browser.tabs,
  requestedTabId: new URLSearchParams(location.search).get('tab'),
});

render(<Popup loadReport={loadReport} />, document.getElementById('app')!);
