import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupEnv } from '../../components/popup/Popup';
import { findActiveTab } from '../../lib/popup/active-tab';
import { askToScan, resolveKeys, rescanTab, revealOnPage } from '../../lib/popup/popup-actions';
import { loadReport } from '../../lib/popup/report-loader';
import { settingsStore } from '../../lib/shared/settings-store';

const env: PopupEnv = {
  findTab: () => findActiveTab(browser.tabs, new URLSearchParams(location.search)),
  loadReport: (tabId) => loadReport(browser.tabs, tabId),
  settings: settingsStore(browser.storage.sync),
  resolve: (keys) => resolveKeys(browser.runtime, keys),
  rescan: (tabId) => rescanTab(browser.tabs, tabId),
  askToScan: (tabId) => askToScan(browser.tabs, tabId),
  reveal: (tabId, target) => void revealOnPage(browser.tabs, tabId, target),
  openOptions: () => void browser.runtime.openOptionsPage(),
  exportEffects: {
    copy: (text) => navigator.clipboard.writeText(text),
    download: (file, type, text) => {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const link = Object.assign(document.createElement('a'), { href: url, download: file });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  },
  timers: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (timer) => clearTimeout(timer as number) },
};

render(<Popup env={env} />, document.getElementById('app')!);
