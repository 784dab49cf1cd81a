import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageSession } from '../lib/content/page-session';
import { PageReportRequestSchema } from '../lib/shared/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const session = new PageSession(document, (message) => browser.runtime.sendMessage(message), { watch: true });
    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== browser.runtime.id || !PageReportRequestSchema.safeParse(message).success) return undefined;
      return Promise.resolve(session.report());
    });
    ctx.onInvalidated(() => session.destroy());
    void session.start();
  },
});
