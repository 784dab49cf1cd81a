/** Elements whose text a reader never sees as text: an inline style sheet, a script, a template. */
const NOT_TEXT = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);

/** True for an element whose text is no page text (a style sheet, a script). */
export function isNotText(element: Element): boolean {
  return NOT_TEXT.has(element.tagName.toUpperCase());
}

/**
 * The text of an element without the text of its `style`, `script`, `noscript` and `template`
 * descendants: Wikipedia puts a citation style sheet inside the first reference of a list.
 */
export function visibleText(element: Element): string {
  if (!element.querySelector('style, script, noscript, template')) return element.textContent ?? '';
  return textWithout(element);
}

function textWithout(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (child.nodeType === 1 && !isNotText(child as Element)) text += textWithout(child as Element);
  }
  return text;
}
