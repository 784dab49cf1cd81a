/**
 * Whether a short block sits in a teaser card: a box that links to another article by its
 * headline ("What is the average waist size for women?") and carries that article's own lines
 * ("Medically reviewed by …") and summary ("A new study estimates …"). Health portals list such
 * cards under their articles, so a review line or a finding there speaks of another page (seen on Healthline and Medical News Today, whose cards carry
 * generated class names only).
 */

/** A block longer than this is running text, not a card's line or summary. */
export const TEASER_LINE_MAX_CHARS = 300;
/** How many ancestors up a card may hold its headline link. */
export const TEASER_CARD_DEPTH = 3;
/** A card is small: an ancestor with more text than this is a section of the page. */
export const TEASER_CARD_MAX_CHARS = 600;
/** A headline has at least this many words; a reviewer's or an author's name has fewer. */
export const HEADLINE_MIN_WORDS = 5;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** True when the link leads to another page (not an anchor on this one) by a headline-like text. */
function isHeadlineLink(link: HTMLAnchorElement, block: Element): boolean {
  const href = link.getAttribute('href') ?? '';
  if (href === '' || href.startsWith('#') || block.contains(link)) return false;
  return wordCount(link.textContent ?? '') >= HEADLINE_MIN_WORDS;
}

/**
 * True when a short block has, within a few ancestors of small text, a headline link to another
 * page. `textLengths` keeps each ancestor's text length for one scan: the short blocks of a page
 * share their ancestors, and a large one's text is measured once.
 */
export function isInTeaserCard(block: Element, blockText: string, textLengths: Map<Element, number> = new Map()): boolean {
  if (blockText.length > TEASER_LINE_MAX_CHARS) return false;
  let node = block.parentElement;
  for (let depth = 0; node && depth < TEASER_CARD_DEPTH; depth += 1, node = node.parentElement) {
    const length = textLengths.get(node) ?? (node.textContent ?? '').length;
    textLengths.set(node, length);
    if (length > TEASER_CARD_MAX_CHARS) return false;
    for (const link of node.querySelectorAll('a[href]')) if (isHeadlineLink(link as HTMLAnchorElement, block)) return true;
  }
  return false;
}
