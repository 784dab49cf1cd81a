import { describe, expect, it } from 'vitest';
import { CARD_GAP_PX, placeCard, VIEWPORT_MARGIN_PX, type Box } from '../../../lib/content/card-placement';

const viewport = { width: 1100, height: 900 };
const badgeAt = (top: number, left = 300): Box => ({ top, bottom: top + 17, left, right: left + 40 });

function inside(p: ReturnType<typeof placeCard>, height: number, vp = viewport) {
  const shown = Math.min(height, p.maxHeight);
  return (
    p.top >= VIEWPORT_MARGIN_PX - 0.01 &&
    p.top + shown <= vp.height - VIEWPORT_MARGIN_PX + 0.01 &&
    p.left >= 0 &&
    p.left + p.width <= vp.width
  );
}

describe('placeCard', () => {
  it('opens below a badge high on the screen', () => {
    const p = placeCard(badgeAt(100), { width: 360, height: 400 }, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBe(117 + CARD_GAP_PX);
  });

  it('opens above a badge at 846 px of a 900 px viewport, ending just above the badge', () => {
    const p = placeCard(badgeAt(846), { width: 360, height: 400 }, viewport);
    expect(p.side).toBe('above');
    expect(p.top + 400).toBe(846 - CARD_GAP_PX);
    expect(inside(p, 400)).toBe(true);
  });

  it('scrolls inside itself on the roomier side when taller than either room', () => {
    const p = placeCard(badgeAt(846), { width: 360, height: 2000 }, viewport);
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(846 - CARD_GAP_PX - VIEWPORT_MARGIN_PX);
    expect(p.top).toBe(VIEWPORT_MARGIN_PX);
    expect(inside(p, 2000)).toBe(true);
  });

  it('stays below a badge near the top even when the card is taller than the room', () => {
    const p = placeCard(badgeAt(40), { width: 360, height: 2000 }, viewport);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(900 - 57 - CARD_GAP_PX - VIEWPORT_MARGIN_PX);
  });

  it('keeps the card in a narrow viewport (200% zoom) and off the right edge', () => {
    const narrow = { width: 550, height: 450 };
    const p = placeCard(badgeAt(420, 520), { width: 360, height: 300 }, narrow);
    expect(p.left + p.width).toBeLessThanOrEqual(550 - VIEWPORT_MARGIN_PX);
    expect(inside(p, 300, narrow)).toBe(true);
    const tiny = placeCard(badgeAt(100, 10), { width: 360, height: 300 }, { width: 320, height: 450 });
    expect(tiny.width).toBe(320 - 2 * VIEWPORT_MARGIN_PX);
  });

  it('never leaves the viewport for a badge scrolled out of sight', () => {
    for (const top of [-200, -10, 895, 1400]) {
      const p = placeCard(badgeAt(top), { width: 360, height: 500 }, viewport);
      expect(inside(p, 500)).toBe(true);
    }
  });
});
