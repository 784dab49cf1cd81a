/** A sentence and where it starts in its block's text. */
export interface Sentence {
  /** The sentence with its white space collapsed, as a reader sees it. */
  text: string;
  /** Where it starts and ends in the block's raw text. */
  start: number;
  end: number;
}

const ABBREVIATIONS =
  /\b(?:et al|e\.g|i\.e|vs|Dr|Drs|Mr|Mrs|Ms|Prof|Fig|Figs|No|Nos|approx|ca|cf|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|Inc|Ltd|Co|U\.S|Ph\.D|M\.D)\.$/i;

/**
 * Splits a block's text into sentences. A boundary is sentence punctuation, optionally followed by
 * closing quotes and a citation marker ("so far.1", "placebo.[2][3]"), then white space and a capital.
 * `markerEnds` are where marker elements end in the text, so a marker after a number still ends a sentence.
 */
export function splitSentences(text: string, markerEnds: readonly number[] = []): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?]["”’)]*(?:\d{1,3}(?:[,–-]\d{1,3})*|(?:\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\])+)?(?=\s+["“‘(]?[\p{Lu}\d])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const candidate = text.slice(start, end);
    if (ABBREVIATIONS.test(text.slice(Math.max(start, match.index - 8), match.index + 1))) continue;
    // A middle initial after a name ("Jaya K. Rao", "Hansa D. Bhargava") is no sentence end; "vitamin D." is.
    if (/\b[\p{Lu}][\p{Ll}]+ [\p{Lu}]\.$/u.test(text.slice(Math.max(start, match.index - 30), match.index + 1))) continue;
    // "19.1" is a decimal number, unless the "1" is a citation marker element ("COVID-19.<sup>1</sup>").
    if (/\d$/.test(text.slice(0, match.index)) && /^\.\d/.test(text.slice(match.index)) && !markerEnds.includes(end)) continue;
    pushTrimmed(sentences, candidate, start);
    start = end;
  }
  pushTrimmed(sentences, text.slice(start), start);
  return sentences;
}

function pushTrimmed(sentences: Sentence[], raw: string, offset: number): void {
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) sentences.push({ text: trimmed.replace(/\s+/g, ' '), start: offset + leading, end: offset + leading + trimmed.length });
}
