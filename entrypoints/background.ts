import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../lib/background/handle-message';
import { scannerInjector, type ScriptingApis } from '../lib/background/inject-scanner';
import { storageStore } from '../lib/background/storage-store';
import { SourceCache } from '../lib/resolver/cache';
import { politeFetch } from '../lib/resolver/polite-fetch';
import { SourceResolver } from '../lib/resolver/resolve-sources';
import { parseSettings, SETTINGS_KEY } from '../lib/shared/settings';

export default defineBackground(() => {
  // One resolver for every tab, so the same source asked for by two tabs is looked up once.
  const resolver = new SourceResolver({
    fetch: politeFetch((url, init) => fetch(url, { ...init, credentials: 'omit', referrerPolicy: 'no-referrer' })),
    cache: new SourceCache(storageStore(browser.storage.local), () => Date.now()),
    now: () => new Date(),
    settings: async () => parseSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]),
  });
  const injectScanner = scannerInjector(browser as unknown as ScriptingApis);
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, browser.runtime.id, resolver, injectScanner));
});
