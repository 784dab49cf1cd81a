/** A box in viewport coordinates, as getBoundingClientRect gives it. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The size of what is placed, or of the viewport. */
export interface Size {
  width: number;
  height: number;
}

/** Where the card goes, in viewport coordinates, and how tall it may be before it scrolls inside. */
export interface CardPlacement {
  side: 'below' | 'above';
  top: number;
  left: number;
  width: number;
  maxHeight: number;
}

/** Space between the badge and the card. */
export const CARD_GAP_PX = 6;
/** The card keeps this far from every edge of the viewport. */
export const VIEWPORT_MARGIN_PX = 8;
/** Below this much room the card is not squeezed under the badge when more room is above. */
export const MIN_CARD_HEIGHT_PX = 120;

/**
 * Places the card next to its badge: below when it fits there, above when it fits there instead,
 * otherwise on the roomier side with a height that scrolls inside. Never outside the viewport.
 * A pure function of the badge's box, the card's natural size and the viewport.
 */
export function placeCard(anchor: Box, card: Size, viewport: Size): CardPlacement {
  const usableHeight = Math.max(0, viewport.height - 2 * VIEWPORT_MARGIN_PX);
  const roomBelow = clamp(viewport.height - anchor.bottom - CARD_GAP_PX - VIEWPORT_MARGIN_PX, 0, usableHeight);
  const roomAbove = clamp(anchor.top - CARD_GAP_PX - VIEWPORT_MARGIN_PX, 0, usableHeight);
  const side = card.height <= roomBelow ? 'below' : card.height <= roomAbove || roomAbove > roomBelow ? 'above' : 'below';
  const room = side === 'below' ? roomBelow : roomAbove;
  // A badge scrolled almost out of sight leaves no room on either side: the card then covers it rather than vanish.
  const maxHeight = Math.min(usableHeight, Math.max(room, Math.min(MIN_CARD_HEIGHT_PX, usableHeight)));
  const height = Math.min(card.height, maxHeight);
  const wanted = side === 'below' ? anchor.bottom + CARD_GAP_PX : anchor.top - CARD_GAP_PX - height;
  const top = clamp(wanted, VIEWPORT_MARGIN_PX, viewport.height - VIEWPORT_MARGIN_PX - height);
  const width = Math.min(card.width, Math.max(0, viewport.width - 2 * VIEWPORT_MARGIN_PX));
  const left = clamp(anchor.left, VIEWPORT_MARGIN_PX, viewport.width - VIEWPORT_MARGIN_PX - width);
  return { side, top, left, width, maxHeight };
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, Math.max(low, high)));
}
