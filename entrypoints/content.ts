import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { FirstLook } from '../lib/content/first-look';

// The first script, on every page: the pre-check only. The scanner, Preact and the card are
// loaded by the background (entrypoints/scanner.content.ts) where there is something to find.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const look = new FirstLook(document, {
      watch: true,
      loadScanner: async () => {
        const answer: unknown = await browser.runtime.sendMessage({ type: 'loadScanner' });
        return (answer as { loaded?: unknown } | null)?.loaded === true;
      },
    });
    browser.runtime.onMessage.addListener((message, sender) => (sender.id === browser.runtime.id ? look.onMessage(message) : undefined));
    ctx.onInvalidated(() => look.stop());
    look.start();
  },
});
