import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/options/Options';
import { settingsStore } from '../../lib/options/settings-store';

render(<Options store={settingsStore(browser.storage.sync)} />, document.getElementById('app')!);
