import { isSkippedElement } from './skip';

/** A run of page text that reads as one unit: a paragraph, list item, heading or table cell. */
export interface TextBlock {
  element: Element;
  text: string;
  /** The text nodes of the block in order, with the offset where each starts in `text`. */
  nodes: Array<{ node: Text; start: number }>;
}

const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TD',
  'TH',
  'DD',
  'DT',
  'FIGCAPTION',
  'CAPTION',
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'NAV',
  'BODY',
  'PRE',
  'ADDRESS',
  'SUMMARY',
  'LABEL',
]);

/** The nearest ancestor that is a block, so inline markup (links, <sup>, <em>) stays in its paragraph. */
export function blockOf(node: Node): Element | null {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (BLOCK_TAGS.has(element.tagName.toUpperCase())) return element;
  }
  return null;
}

/**
 * Walks the page's text once, in document order, grouping text nodes into blocks and skipping
 * scripts, styles, form fields, editable regions, hidden nodes and the extension's own UI. A
 * generator, so a caller can stop between blocks to keep each slice of work short.
 */
export function* textBlocks(root: Element): Generator<TextBlock> {
  const document = root.ownerDocument;
  const walker = document.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && isSkippedElement(node as Element) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  let current: TextBlock | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const value = node.nodeValue ?? '';
    if (value.trim() === '' && !current) continue;
    const element = blockOf(node);
    if (!element) continue;
    if (current && current.element !== element) {
      if (current.text.trim()) yield current;
      current = null;
    }
    current ??= { element, text: '', nodes: [] };
    current.nodes.push({ node: node as Text, start: current.text.length });
    current.text += value;
  }
  if (current?.text.trim()) yield current;
}
