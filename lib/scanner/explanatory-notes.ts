import { isCitationParagraph, PROSE_START } from './citation-paragraph';
import { inPageFragment, isOwnSiteLink } from './in-page-link';

/**
 * Words that make a text a clause of prose, which a citation of a work does not need: "is",
 * "may", "see", "that" ("Clocks are advanced by an hour …", "For exceptions, see …").
 */
export const CLAUSE_WORDS =
  /\b(?:is|are|was|were|be|been|has|have|had|may|might|can|could|would|should|will|does|do|did|see|that|which|who|whom|because|although|than)\b/i;

/** Fewest words of an explanatory note; a shorter text may be a bare title. */
export const MIN_NOTE_WORDS = 5;

/** A book's or serial's number in the text: such an entry cites a work even without a link. */
const BOOK_OR_SERIAL = /\bIS[BS]N\b/;

/** A year of publication. */
const YEAR = /\b(?:1[6-9]|20)\d\d\b/;

/** The backlinks Wikipedia and blogs put before a note: "^", "^ a b", "↑", "Jump up to: a b". */
const BACKLINK_PREFIX = /^\s*(?:\^|↑|Jump up(?: to)?:?)?\s*(?:[a-z]\s+)*/;

/**
 * True when an item of a notes or reference list explains rather than cites: a footnote such as
 * "The Chatham Islands have a separate time zone, 45 minutes ahead." or "For exceptions, see
 * below." It cites no work of its own: no link off the site, no identifier, no ISBN or ISSN, not
 * the shape of a citation, no authors. It is one when it cites another entry itself (its own
 * marker), or when it is a clause of prose without a year ("Religion percentages may not add to
 * 100% …") or opening as prose ("A person born on or after 1 January 2006 …").
 */
export function isExplanatoryNote(item: Element, text: string, isEntry: (element: Element) => boolean, hasAuthors: boolean): boolean {
  const links = [...item.querySelectorAll('a[href]')];
  if (links.some((a) => /^(?:https?:)?\/\//i.test(a.getAttribute('href') ?? '') && !isOwnSiteLink(a) && inPageFragment(a) === null))
    return false;
  if (BOOK_OR_SERIAL.test(text) || hasAuthors || isCitationParagraph(text)) return false;
  if (links.some((a) => citesEntry(a, item, isEntry))) return true;
  const body = text.replace(BACKLINK_PREFIX, '');
  if (body.split(/\s+/).length < MIN_NOTE_WORDS || !CLAUSE_WORDS.test(body)) return false;
  return !YEAR.test(body) || PROSE_START.test(body);
}

/** True when a link inside a note points to another entry of the page's lists, as a citation marker does. */
function citesEntry(anchor: Element, item: Element, isEntry: (element: Element) => boolean): boolean {
  const fragment = inPageFragment(anchor);
  const target = fragment ? item.ownerDocument.getElementById(fragment) : null;
  return target !== null && target !== item && !item.contains(target) && isEntry(target);
}
