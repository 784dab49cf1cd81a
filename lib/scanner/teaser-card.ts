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
 * Teaser cards of one scan. Each small ancestor's headline links are listed the first time a block
 * below it asks, so the work is spread over the scan's slices and done once per ancestor (a page
 * with thousands of links lists none of them up front).
 */
export class TeaserCards {
  private readonly headlineLinks = new Map<Element, HTMLAnchorElement[]>();
  private readonly textLengths = new Map<Element, number>();

  /** True when a short block has, within a few ancestors of small text, a headline link to another page outside it. */
  holds(block: Element, blockText: string): boolean {
    if (blockText.length > TEASER_LINE_MAX_CHARS) return false;
    let node = block.parentElement;
    for (let depth = 0; node && depth < TEASER_CARD_DEPTH; depth += 1, node = node.parentElement) {
      if (this.textLength(node) > TEASER_CARD_MAX_CHARS) return false;
      if (this.linksOf(node).some((link) => !block.contains(link))) return true;
    }
    return false;
  }

  /** The links under a small element that lead to another page by a headline-like text. */
  private linksOf(node: Element): HTMLAnchorElement[] {
    let links = this.headlineLinks.get(node);
    if (links === undefined) {
      links = [...node.getElementsByTagName('a')].filter((link) => {
        const href = link.getAttribute('href') ?? '';
        return href !== '' && !href.startsWith('#') && wordCount(link.textContent ?? '') >= HEADLINE_MIN_WORDS;
      });
      this.headlineLinks.set(node, links);
    }
    return links;
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
  return new TeaserCards().holds(block, blockText);
}
