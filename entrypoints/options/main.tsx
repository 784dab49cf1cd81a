import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/options/Options';
import type { CacheArea } from '../../lib/options/cache-usage';
import { settingsStore } from '../../lib/shared/settings-store';

render(
  <Options store={settingsStore(browser.storage.sync)} cache={browser.storage.local as unknown as CacheArea} />,
  document.getElementById('app')!,
);
