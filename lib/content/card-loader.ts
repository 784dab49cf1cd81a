import type { CardLoader } from './lazy-card';
import type { ScannerSlot } from './scanner-slot';

/**
 * Loads the card into this frame through the background (`loadCard`), which injects the card's
 * script; that script registers its factory on the frame's slot before the answer comes back.
 * Rejects when the card is still not there (the browser refused, the extension was reloaded).
 */
export function cardLoader(slot: ScannerSlot, send: (message: unknown) => Promise<unknown>): CardLoader {
  return async () => {
    if (!slot.createCard) await send({ type: 'loadCard' });
    if (!slot.createCard) throw new Error('The card could not be loaded into this page');
    return slot.createCard;
  };
}
