/** Longest paragraph, in characters, read as one citation. */
export const MAX_CITATION_LENGTH = 1000;

/** Signs that a text is a citation of a work, not prose about it. */
export const CITATION_SIGNS: readonly RegExp[] = [
  /\b10\.\d{4,9}\/\S/, // a DOI
  /\bPMID:?\s*\d|\bPMC\d{4,}/i, // a PubMed or PMC id
  /\b(?:19|20)\d\d[a-z]?\s*[;:]\s*\d{1,4}\s*(?:\([\w/–-]+\))?\s*:\s*e?\d+/, // Vancouver/AMA: "2019;90(4):451"
  /\b\d{1,4}\s*\([\w/–-]+\)\s*[:,]\s*(?:pp?\.\s*)?e?\d+/, // volume(issue): pages, "386(16), 1495"
  /^[^.]{0,200}\((?:19|20)\d\d[a-z]?(?:, [^)]{1,20})?\)\.\s/, // APA / Harvard: "Lee, K. (2020). Title."
  /^[^.]{0,120}\bet al\.?,?\s/, // "Smith J, et al." among the authors
];

/** First words with which prose starts, and a citation never does. */
export const PROSE_START =
  /^\s*(?:the|a|an|in|on|this|that|these|those|we|our|it|its|they|researchers|scientists|according|for|as|but|and|when|while|if)\b/i;

const YEAR = /\b(?:19|20)\d\d\b/;

/**
 * True when a paragraph reads as a citation of one work: "Fang T, Li J. Title. Neurology.
 * 2020;94:e1." or "Lee, K. (2020). Title. Journal, 3(2), 1–9." It has a year and a citation's
 * shape (an identifier, volume and pages, an author–year opening), and does not open as prose
 * ("In a 2019 study, Smith et al. found …").
 */
export function isCitationParagraph(raw: string): boolean {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > MAX_CITATION_LENGTH || !YEAR.test(text) || PROSE_START.test(text)) return false;
  return CITATION_SIGNS.some((sign) => sign.test(text));
}
