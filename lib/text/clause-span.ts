/** Where a clause starts and ends in a text, as offsets. */
export interface ClauseSpan {
  start: number;
  end: number;
}

/**
 * The clause of a text that holds the words from `index` for `length` characters: from just after
 * the last boundary before them to the first boundary after them. The boundaries are the caller's,
 * because what ends a clause differs by what is read (a colon ends a dose's clause but not a
 * confirming word's: "proved it: the drug protects").
 */
export function clauseSpan(text: string, index: number, length: number, boundaries: RegExp): ClauseSpan {
  const every = new RegExp(boundaries.source, boundaries.flags.includes('g') ? boundaries.flags : `${boundaries.flags}g`);
  let start = 0;
  let end = text.length;
  for (const boundary of text.matchAll(every)) {
    if (boundary.index + boundary[0].length <= index) start = boundary.index + boundary[0].length;
    else if (boundary.index >= index + length) {
      end = boundary.index;
      break;
    }
  }
  return { start, end };
}
