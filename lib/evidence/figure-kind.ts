import { quoteAround } from './classify-design';

/**
 * What a percentage measures: a share of the people counted ("30% of participants reached the
 * target"), a change in a level, rate or risk ("cut pain by 34%", "a 51% lower rate"), or a change
 * in how long something took ("returned 51% faster"). The same number means different things in each.
 */
export type FigureKind = 'share of people' | 'change' | 'time';

/** Nouns for the people a share is of. */
const PEOPLE_NOUNS = String.raw`patients|participants|people|persons|adults|children|infants|babies|women|men|users|non-users|players|athletes|subjects|volunteers|recipients|smokers|those|respondents|mothers|pregnancies|students|residents|responders|individuals|cases|group|arm|cohort`;

/** A share of people: "30% of participants", "30% of the dorzagliatin group", and "11 of 38 patients (29%)". */
export const SHARE_AFTER = new RegExp(String.raw`^\s*of\s+(the\s+|all\s+|those\s+)?([\p{L}-]+\s+){0,3}?(${PEOPLE_NOUNS})\b`, 'iu');
export const SHARE_BEFORE = new RegExp(String.raw`\b\d[\d,]*\s+of\s+\d[\d,]*\s+([\p{L}-]+\s+){0,3}?(${PEOPLE_NOUNS})?\s*\($`, 'iu');

/** A change: "by 30%", "a 51% lower rate", "30% fewer", "a 23% reduction". */
export const CHANGE_BEFORE = /\b(by|a|an)\s+(about\s+|around\s+|almost\s+|nearly\s+|over\s+|more than\s+)?$/i;
export const CHANGE_AFTER =
  /^\s*(lower|higher|less|more|fewer|greater|smaller|reduction|reductions|decrease|increase|drop|fall|rise|relative|cut|improvement|faster|slower|sooner|quicker|shorter|longer)\b/i;

/** Words that say a change is one of time: how fast, how soon, how long. */
export const TIME_WORDS =
  /\b(faster|sooner|quicker|more quickly|slower|time to|recovery time|healing time|length of (hospital )?stay|days? (lost|off|in hospital)|time lost)\b/i;

const SENTENCE_END = /[.;](?=\s|$)/;

/** How many characters either side of a figure say what it measures. */
export const KIND_WINDOW = 40;

/** What the percentage at `index` (of `length` characters) of a text measures, or null when its wording does not say. */
export function figureKind(text: string, index: number, length: number): FigureKind | null {
  // Only the figure's own sentence: "a 51% lower rate. Time lost did not differ" is not a time.
  const before = text
    .slice(Math.max(0, index - KIND_WINDOW), index)
    .split(SENTENCE_END)
    .at(-1)!;
  const after = text.slice(index + length, index + length + KIND_WINDOW).split(SENTENCE_END)[0]!;
  if (SHARE_AFTER.test(after) || SHARE_BEFORE.test(before)) return 'share of people';
  if (!CHANGE_BEFORE.test(before) && !CHANGE_AFTER.test(after)) return null;
  return TIME_WORDS.test(`${before} ${after}`) ? 'time' : 'change';
}

const PERCENT = /(\d+(?:\.\d+)?)\s*%/g;

/** A percentage of a source's text with what it measures. */
export interface SourceFigure {
  value: number;
  /** The figure as the source writes it ("33.7%"). */
  text: string;
  kind: FigureKind | null;
  quote: string;
}

/** The percentages a text states outside parentheses (a confidence interval is not a result), each with its kind. */
export function figuresWithKinds(text: string): SourceFigure[] {
  return [...text.matchAll(PERCENT)].flatMap((match) => {
    const before = text.slice(0, match.index);
    const open = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    // "(29%)" after a count is the share of that count; other figures in parentheses are intervals or asides.
    if (open > 0 && !SHARE_BEFORE.test(before.slice(-KIND_WINDOW))) return [];
    return [
      {
        value: Number(match[1]),
        text: match[0],
        kind: figureKind(text, match.index, match[0].length),
        quote: quoteAround(text, match.index, 6, 50),
      },
    ];
  });
}

/**
 * Which kinds of figure cannot stand for which: a share of people is not the size of a change, and
 * a change in a rate or level is not a change in time. (A share stated as a change the other way
 * round is too often mere wording to flag.)
 */
export const MISREAD_KINDS: ReadonlyArray<[page: FigureKind, source: FigureKind]> = [
  ['change', 'share of people'],
  ['time', 'share of people'],
  ['time', 'change'],
];
