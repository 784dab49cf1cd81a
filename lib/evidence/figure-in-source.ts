/** Where a page's figure stands in a source's abstract. */
export type FigureMatch =
  { kind: 'stated'; text: string; index: number } | { kind: 'derived'; from: [number, number]; value: number } | { kind: 'absent' };

const NUMBER = /(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\d.])\d+(?:\.\d+)?(?!\d)/g;

/** The numbers an abstract states, with where they stand. Signs are dropped: "−4.63" is 4.63. */
export function numbersIn(text: string): Array<{ value: number; text: string; index: number }> {
  return [...text.matchAll(NUMBER)].map((match) => ({
    value: Number(match[0].replaceAll(',', '')),
    text: match[0],
    index: match.index,
  }));
}

/**
 * Whether a page's figure is in the source: stated as such (allowing the page's rounding), or
 * derivable as a percentage from two of the source's numbers (1.97 of 4.63 is 43%, so "over 40%"
 * is derived, not invented). A figure that is neither is "absent" from the abstract, which is not
 * proof that it is wrong: it may come from the full text.
 */
export function figureInSource(value: number, unit: string, abstract: string): FigureMatch {
  const numbers = numbersIn(abstract).filter((n) => !isYear(n.value));
  const tolerance = Math.max(0.5, value * 0.01);
  const stated = numbers.find((n) => Math.abs(n.value - value) <= tolerance);
  if (stated) return { kind: 'stated', text: stated.text, index: stated.index };
  if (unit !== '%') return { kind: 'absent' };
  // Only numbers of one sentence are paired: a share of two unrelated numbers would match anything.
  for (const sentence of abstract.split(/(?<=[.;])\s+(?=[A-Z(])/)) {
    const distinct = [...new Set(numbersIn(sentence).map((n) => n.value))].filter((n) => n > 0 && !isYear(n));
    for (const a of distinct)
      for (const b of distinct) {
        if (a === b) continue;
        // a as a share of b, or the change from b to a as a share of b.
        for (const percent of [(a / b) * 100, (Math.abs(b - a) / b) * 100])
          if (Math.abs(percent - value) <= Math.max(3, value * 0.08)) return { kind: 'derived', from: [a, b], value: percent };
      }
  }
  return { kind: 'absent' };
}

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/** A record's texts a figure is looked for in: its abstract and, once read, its full text. */
export interface FigureSources {
  abstract: string | null;
  fullText?: { methods: string; results: string; conclusions: string; tables: string } | null;
}

/**
 * Whether a page's figure is in the source, looking beyond the abstract when the open full text
 * was read: in its Results, Methods and Conclusions (sentence by sentence) and in its tables (row
 * by row, so a share is only worked out from numbers of one row). "absent" then means absent from
 * everything read; `fullTextRead` says whether that included the full text.
 */
export function figureInRecord(value: number, unit: string, record: FigureSources): FigureMatch & { fullTextRead: boolean } {
  const fullTextRead = Boolean(record.fullText);
  const inAbstract = figureInSource(value, unit, record.abstract ?? '');
  if (inAbstract.kind !== 'absent' || !record.fullText) return { ...inAbstract, fullTextRead };
  const { methods, results, conclusions, tables } = record.fullText;
  for (const text of [results, ...tables.split('\n'), methods, conclusions]) {
    const match = figureInSource(value, unit, text);
    if (match.kind !== 'absent') return { ...match, fullTextRead };
  }
  return { kind: 'absent', fullTextRead };
}
