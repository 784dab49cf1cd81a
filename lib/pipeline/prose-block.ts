/**
 * Whether a block of the page is running prose, where a finding can be reported. Read on the page
 * (where the block's element is known) and sent with its text; kept apart from the claim rules so
 * the page's scanner carries none of them.
 */

/** Blocks that are not running prose: table cells, captions, comment threads, bylines, bios, teasers. */
const NOT_PROSE_BLOCK = new Set(['TD', 'TH', 'CAPTION', 'FIGCAPTION', 'DT', 'LABEL', 'SUMMARY', 'ADDRESS']);
const NOT_PROSE_CONTAINER =
  /(^|[\s_-])(comments?|byline|author-?bio|bio|about-the-author|related|recommended|newsletter|promo|teaser|excerpt|breadcrumbs?|share|social|caption)([\s_-]|$)/i;
const PAGE_ROOTS = new Set(['HTML', 'BODY']);
/** Elements only an article's own container holds. */
const ARTICLE_PARTS = 'article, main, h1';
/** Whether an element holds the article (the page's root and body always do). */
function holdsArticle(node: Element): boolean {
  return PAGE_ROOTS.has(node.tagName.toUpperCase()) || node.querySelector(ARTICLE_PARTS) !== null;
}

/** Share of a block's text inside links above which it is a list of links (a teaser, a menu), not prose. */
const MAX_LINK_SHARE = 0.6;

/**
 * True when a block is running prose, where a finding can be reported. `widgets` keeps each
 * ancestor's answer for one scan: a page's blocks share their ancestors.
 */
export function isProse(element: Element, widgets: Map<Element, boolean> = new Map()): boolean {
  if (NOT_PROSE_BLOCK.has(element.tagName.toUpperCase())) return false;
  if (NOT_PROSE_CONTAINER.test(nameOf(element)) || isTableOrLink(element) || insideWidget(element.parentElement, widgets)) return false;
  const links = element.getElementsByTagName('a');
  if (links.length === 0) return true;
  const total = (element.textContent ?? '').trim().length;
  const linked = [...links].reduce((sum, a) => sum + (a.textContent ?? '').trim().length, 0);
  return total === 0 || linked / total <= MAX_LINK_SHARE;
}

const nameOf = (element: Element) => `${element.id} ${element.getAttribute('class') ?? ''}`;

/** A table, or a teaser card whose whole text is a link to another article. */
const isTableOrLink = (element: Element) => element.tagName === 'TABLE' || element.tagName === 'A';

/** True when an ancestor is a widget (comments, byline, related, …), a table or a link. */
function insideWidget(node: Element | null, widgets: Map<Element, boolean>): boolean {
  if (!node) return false;
  const known = widgets.get(node);
  if (known !== undefined) return known;
  // The page's root and body carry feature flags ("f_caption_muted_videos_on" on Gizmodo), and
  // an element that holds the article's main heading or body is no widget, whatever its name.
  const answer =
    (NOT_PROSE_CONTAINER.test(nameOf(node)) && !holdsArticle(node)) || isTableOrLink(node) || insideWidget(node.parentElement, widgets);
  widgets.set(node, answer);
  return answer;
}
