import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../lib/background/handle-message';
import { storageStore } from '../lib/background/storage-store';
import { SourceCache } from '../lib/resolver/cache';

export default defineBackground(() => {
  const deps = {
    fetch: (url: string, init?: RequestInit) => fetch(url, { ...init, credentials: 'omit', referrerPolicy: 'no-referrer' }),
    cache: new SourceCache(storageStore(browser.storage.local), () => Date.now()),
    now: () => new Date(),
  };
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, browser.runtime.id, deps));
});
