/**
 * Words with which an author's affiliation starts ("¹Department of Medicine", "²School of Public
 * Health", "³Karolinska Institutet"): a superscript before them numbers an affiliation.
 */
export const AFFILIATION_START =
  /^\s*(?:the\s+)?(?:department|dept\b|division|institute|institut|institution|school|faculty|university|universit[àéä]|college|hospital|medical cent(?:er|re)|cent(?:er|re)|laborator(?:y|ies)|unit|clinic|section|service|program(?:me)?|graduate|academy|foundation|ministry|[\p{Lu}][\p{L}'’-]+\s+(?:university|hospital|institute|institutet|college))\b/iu;

/** Class or id of an element that holds a paper's authors or affiliations. */
export const AUTHOR_CONTAINER =
  /(?:^|[\s_-])(?:affil\w*|authors?|author-(?:list|names|info)|contrib(?:-group|utors?)?|byline)(?:$|[\s_-])/i;

/** How many ancestors of a superscript are asked whether they hold the authors. */
const CONTAINER_LEVELS = 4;

/** Longest author line, in characters. */
export const MAX_AUTHOR_LINE_LENGTH = 1500;

const PARTICLE = String.raw`van|von|de|der|den|da|di|du|le|la|del|dos|bin|al|y`;
const NAME = new RegExp(String.raw`^(?:(?:Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|${PARTICLE})){0,4}$`, 'u');

/**
 * True when a text is a list of people's names, as a paper's author line is: "Anna Berg¹, Li Wei²
 * and J. Smith¹,³". At least two names, one with a given name and a surname, and no other words
 * (a list of drugs, "Aspirin, Ibuprofen and Naproxen", is none).
 */
export function isAuthorList(text: string): boolean {
  if (text.length > MAX_AUTHOR_LINE_LENGTH) return false;
  const names = text
    .replace(/[\d*†‡§¶#]+/g, ' ')
    .split(/\s*(?:[,;]|\band\b|&)\s*/)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name !== '');
  return names.length >= 2 && names.every((name) => NAME.test(name)) && names.some((name) => name.includes(' '));
}

/**
 * True when a superscript numbers an author's affiliation, not a citation: it opens an
 * affiliation ("<sup>1</sup>Department of …", first in its line or after a separator), follows a
 * name in the author line, or sits in an element that holds the authors or affiliations.
 */
export function isAffiliationMark(sup: Element, blockText: () => string): boolean {
  const before = sup.previousSibling?.textContent ?? '';
  const after = sup.nextSibling?.textContent ?? '';
  if ((before.trim() === '' || /[;,]\s*$/.test(before)) && AFFILIATION_START.test(after)) return true;
  let node: Element | null = sup.parentElement;
  for (let level = 0; node && level < CONTAINER_LEVELS; level += 1, node = node.parentElement)
    if (AUTHOR_CONTAINER.test(`${node.id} ${node.getAttribute('class') ?? ''}`)) return true;
  return isAuthorList(blockText());
}
