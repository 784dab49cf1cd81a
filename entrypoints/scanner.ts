import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardLoader } from '../lib/content/card-loader';
import { scannerApi } from '../lib/content/extension-api';
import { LazyCard } from '../lib/content/lazy-card';
import { PageSession } from '../lib/content/page-session';
import { scannerSlot } from '../lib/content/scanner-slot';
import { PageReportRequestSchema } from '../lib/shared/messages';
import { RevealRequestSchema } from '../lib/shared/popup-messages';
import { parseSettings, SETTINGS_KEY } from '../lib/shared/settings';

// The scanner: not among the manifest's content scripts; the background injects it into a frame
// whose first script (entrypoints/first-look.ts) found something, or where the reader asked.
export default defineUnlistedScript(() => {
  const slot = scannerSlot();
  if (slot.state === 'loaded') return;
  const api = scannerApi();
  const session = api.storage.sync
    .get(SETTINGS_KEY)
    .catch(() => ({}) as Record<string, unknown>)
    .then((stored) => {
      const settings = parseSettings(stored[SETTINGS_KEY]);
      const started = new PageSession(document, (message) => api.runtime.sendMessage(message), {
        watch: true,
        allowReferenceText: settings.allowReferenceText,
        force: slot.forced,
        createCard: (page) =>
          new LazyCard(
            page,
            cardLoader(slot, (message) => api.runtime.sendMessage(message)),
          ),
      });
      void started.start();
      slot.status = () => started.progress();
      return started;
    });
  slot.answer = async (message) => {
    if (PageReportRequestSchema.safeParse(message).success) return (await session).report();
    // The session validates `reveal` itself; anything else gets no answer.
    if (RevealRequestSchema.safeParse(message).success) return { revealed: (await session).reveal(message) };
    return undefined;
  };
  slot.stop = () => void session.then((started) => started.destroy());
  slot.state = 'loaded';
});
