/** Where a clause starts and ends in a text, as offsets. */
export interface ClauseSpan {
  start: number;
  end: number;
}

/**
 * The clause of a text that holds the words from `index` for `length` characters: from just after
 * the last boundary before them to the first boundary after them. The boundaries are the caller's,
 * because what ends a clause differs by what is read (a colon ends a dose's clause but not a
 * confirming word's: "proved it: the drug protects"). `boundaries` is a global pattern (`matchAll` needs one).
 */
export function clauseSpan(text: string, index: number, length: number, boundaries: RegExp): ClauseSpan {
  let start = 0;
  let end = text.length;
  for (const boundary of text.matchAll(boundaries)) {
    if (boundary.index + boundary[0].length <= index) start = boundary.index + boundary[0].length;
    else if (boundary.index >= index + length) {
      end = boundary.index;
      break;
    }
  }
  return { start, end };
}
