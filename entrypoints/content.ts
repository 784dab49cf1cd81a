import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageSession } from '../lib/content/page-session';
import { PageReportRequestSchema } from '../lib/shared/messages';
import { parseSettings, SETTINGS_KEY } from '../lib/shared/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const stored: Record<string, unknown> = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}));
    const settings = parseSettings(stored[SETTINGS_KEY]);
    const session = new PageSession(document, (message) => browser.runtime.sendMessage(message), {
      watch: true,
      allowReferenceText: settings.allowReferenceText,
    });
    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== browser.runtime.id || !PageReportRequestSchema.safeParse(message).success) return undefined;
      return Promise.resolve(session.report());
    });
    ctx.onInvalidated(() => session.destroy());
    void session.start();
  },
});
