import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answering, scannerApi } from '../lib/content/extension-api';
import { FirstLook, stopWhenReplaced } from '../lib/content/first-look';
import { pageGate } from '../lib/content/page-gate';
import { SETTINGS_KEY } from '../lib/shared/settings-key';

// The first script, on every page (listed in the manifest by wxt.config.ts): the pre-check only.
// The scanner, Preact and the card are loaded by the background (entrypoints/scanner.ts) where
// there is something to find. Built without the extension API polyfill and WXT's content-script
// wrapper, so a page with nothing to find pays for little more than the pre-check.
export default defineUnlistedScript(() => {
  const api = scannerApi();
  const look = new FirstLook(document, {
    watch: true,
    gate: () => pageGate(async () => (await api.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY], location.hostname),
    loadScanner: async () => {
      const answer: unknown = await api.runtime.sendMessage({ type: 'loadScanner' });
      return (answer as { loaded?: unknown } | null)?.loaded === true;
    },
  });
  api.runtime.onMessage.addListener(answering((message, sender) => (sender.id === api.runtime.id ? look.onMessage(message) : undefined)));
  stopWhenReplaced(window, look);
  look.start();
});
