/** Verbs that attribute quoted words to a speaker ("…," said Dr Lee; "…," she told reporters). */
const SPEECH_VERBS = String.raw`(?:said|says|added|adds|explained|explains|told|tells|advised|advises|warned|warns|noted|notes|wrote|writes|recommended|recommends)`;

/**
 * A quotation closed on its own punctuation and then attributed ("…," said dietitian Maria Kowalczyk;
 * "…," Lee said; a quoted name, '"About us" page explains', is no quotation), a
 * speaker introducing one (He said: "…"), or a sentence wholly inside quotation marks.
 */
const QUOTED_REMARK = new RegExp(
  String.raw`[,.!?…]["”’]\s*(?:[\p{L}.'’-]+\s+){0,5}?${SPEECH_VERBS}\b|\b${SPEECH_VERBS}(?:\s+\p{L}+)?\s*[:,]\s*["“]|^\s*["“][^"”]{2,}["”]\W*$`,
  'u',
);

/**
 * True for a sentence that reports someone's words: the page quotes a speaker's advice or a notice
 * found elsewhere, which is no notice of the page's own (the development set's annotations leave
 * such quotes out, e.g. a forum's disclaimer quoted in a story, a dietitian's quoted advice).
 */
export function isQuotedRemark(sentence: string): boolean {
  return QUOTED_REMARK.test(sentence);
}
