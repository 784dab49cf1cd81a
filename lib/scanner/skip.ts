/** Tag names whose text is never page prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'CANVAS',
  'IFRAME',
  'BUTTON',
]);

/** Prefix of the elements the extension adds to pages; the scanner never reads its own UI. */
export const OWN_UI_PREFIX = 'EVIDENCE-LENS-';

/** True when an element and everything inside it must be left alone by the scanner. */
export function isSkippedElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag.startsWith(OWN_UI_PREFIX)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable === 'true' || editable === '' || editable === 'plaintext-only') return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** True when the element or one of its ancestors is skipped. */
export function isInsideSkipped(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isSkippedElement(node)) return true;
  }
  return false;
}

const PAGE_ROOTS = new Set(['HTML', 'BODY']);

const AD_MARKERS = /(^|[\s_-])(ad|ads|advert|advertisement|adsbygoogle|sponsor(ed)?|promo(ted)?|dfp|outbrain|taboola)([\s_-]|$)/i;

/** Elements that hold the page's article: an advertisement never does. */
const ARTICLE_CONTENT = 'article, main, h1';

/** Whether an element whose name looks like an advertisement's holds the article, asked once per element. */
const holdsArticle = new WeakMap<Element, boolean>();

/**
 * True inside an advertisement or sponsored widget: what it links to is not what the article cites.
 * The page's root and body are never an advertisement, nor is an element that holds the article:
 * sites put feature flags and templates there ("f_ads_controller_on", "ad-template-type--article"),
 * and the whole page would read as one.
 */
export function isInsideAdvertisement(element: Element): boolean {
  for (let node: Element | null = element; node && !PAGE_ROOTS.has(node.tagName.toUpperCase()); node = node.parentElement) {
    if (AD_MARKERS.test(`${node.id} ${node.getAttribute('class') ?? ''}`) && !holdsTheArticle(node)) return true;
    const label = node.getAttribute('aria-label') ?? node.getAttribute('data-ad') ?? '';
    if (/^(advertisement|sponsored)/i.test(label) || node.hasAttribute('data-ad-slot')) return true;
  }
  return false;
}

function holdsTheArticle(element: Element): boolean {
  let holds = holdsArticle.get(element);
  if (holds === undefined) {
    holds = element.matches(ARTICLE_CONTENT) || element.querySelector(ARTICLE_CONTENT) !== null;
    holdsArticle.set(element, holds);
  }
  return holds;
}
