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
 * For each element, its block, or null when it is skipped (scripts, form fields, editable or
 * hidden regions, the extension's own UI). Cached per element, so a walk costs one lookup per
 * text node rather than a climb to the root.
 */
class BlockIndex {
  private readonly cache = new Map<Element, Element | null | typeof SKIPPED>();

  /** The element's block; null when it has none; SKIPPED when it or an ancestor is skipped. */
  blockOf(element: Element): Element | null | typeof SKIPPED {
    const known = this.cache.get(element);
    if (known !== undefined) return known;
    let block: Element | null | typeof SKIPPED;
    if (isSkippedElement(element)) block = SKIPPED;
    else {
      const parentBlock = element.parentElement ? this.blockOf(element.parentElement) : null;
      block = parentBlock === SKIPPED ? SKIPPED : BLOCK_TAGS.has(element.tagName.toUpperCase()) ? element : parentBlock;
    }
    this.cache.set(element, block);
    return block;
  }
}

const SKIPPED = Symbol('skipped');

/**
 * Walks the page's text once, in document order, grouping text nodes into blocks and skipping
 * scripts, styles, form fields, editable regions, hidden nodes and the extension's own UI. The walk
 * itself is the browser's native one (no per-node callback); a generator, so a caller can stop
 * between blocks to keep each slice of work short.
 */
export function* textBlocks(root: Element): Generator<TextBlock> {
  const walker = root.ownerDocument.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const index = new BlockIndex();
  let current: TextBlock | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    const element = parent ? index.blockOf(parent) : null;
    if (!element || element === SKIPPED) continue;
    const value = node.data;
    if (current && current.element !== element) {
      if (current.text.trim()) yield current;
      current = null;
    }
    if (!current && value.trim() === '') continue;
    current ??= { element, text: '', nodes: [] };
    current.nodes.push({ node, start: current.text.length });
    current.text += value;
  }
  if (current?.text.trim()) yield current;
}
