/**
 * Whether a short block sits in a teaser card: a box that links to another article by its
 * headline ("What is the average waist size for women?") and carries that article's own lines
 * ("Medically reviewed by …") and summary ("A new study estimates …"). Health portals list such
 * cards under their articles, so a review line or a finding there speaks of another page (seen on
 * Healthline and Medical News Today, whose cards carry generated class names only).
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

/**
 * The page's headline links (to another page, by a text of a headline's length), each under the
 * small ancestors that could be its card: found once per scan, so each block asks a few lookups.
 */
export class TeaserCards {
  private readonly linksUnder = new Map<Element, HTMLAnchorElement[]>();
  private readonly textLengths = new Map<Element, number>();

  constructor(root: Element) {
    for (const link of root.getElementsByTagName('a')) {
      const href = link.getAttribute('href') ?? '';
      if (href === '' || href.startsWith('#') || wordCount(link.textContent ?? '') < HEADLINE_MIN_WORDS) continue;
      let node = link.parentElement;
      for (let depth = 0; node && depth < TEASER_CARD_DEPTH + 1; depth += 1, node = node.parentElement) {
        if (this.textLength(node) > TEASER_CARD_MAX_CHARS) break;
        const links = this.linksUnder.get(node) ?? [];
        links.push(link);
        this.linksUnder.set(node, links);
      }
    }
  }

  /** True when a short block has, within a few ancestors of small text, a headline link to another page outside it. */
  holds(block: Element, blockText: string): boolean {
    if (blockText.length > TEASER_LINE_MAX_CHARS || this.linksUnder.size === 0) return false;
    let node = block.parentElement;
    // Only small ancestors were listed, so an ancestor that is a section of the page is never found.
    for (let depth = 0; node && depth < TEASER_CARD_DEPTH; depth += 1, node = node.parentElement) {
      if (this.linksUnder.get(node)?.some((link) => !block.contains(link))) return true;
    }
    return false;
  }

  private textLength(node: Element): number {
    const known = this.textLengths.get(node);
    if (known !== undefined) return known;
    const length = (node.textContent ?? '').length;
    this.textLengths.set(node, length);
    return length;
  }
}

/** Whether a block sits in a teaser card (`TeaserCards`), for one block of a page. */
export function isInTeaserCard(block: Element, blockText: string): boolean {
  return new TeaserCards(block.ownerDocument.documentElement).holds(block, blockText);
}
