import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardPopover } from '../lib/content/card-popover';
import { scannerSlot } from '../lib/content/scanner-slot';

// The card: injected by the background into a frame the first time its reader opens a badge
// (lib/content/lazy-card.ts), so pages where nobody opens one never load it.
export default defineUnlistedScript(() => {
  scannerSlot().createCard ??= (document) => new CardPopover(document);
});
