import { quoteAround } from './classify-design';
import { outcomeName } from './outcome-synonyms';

/** Words that name no outcome: they appear beside any figure. */
export const NON_OUTCOME_WORDS: ReadonlySet<string> = new Set(
  `with than those that this were was have from after during over under into their them they there which while about among between more less lower higher fewer greater group groups patient patients participant participants people adult adult children women treated treatment placebo control compared versus cent percent risk rate rates ratio total overall first second third season year years month months week weeks day days study trial vaccine drug dose doses given received taking took those the and for who per each every some most mean median interval confidence`.split(
    ' ',
  ),
);

const MAIN_PERCENT = /(\d+(?:\.\d+)?)\s*%/g;

/** A count out of a total just before an opening bracket: the share in the bracket is that count's. */
const COUNT_THEN_SHARE = /\b\d[\d,]*\s*(?:of|\/|out of)\s*\d[\d,]*(?:\s+[\p{L}-]+){0,2}\s*\($/u;

/**
 * A percentage that is a product's strength, not a result: "tavilostat 0.25% ophthalmic solution",
 * "chlorhexidine 0.12% mouthwash", "a 5% cream", "Tavilostat 0.25% twice daily". Its sentence names
 * the drug, and a page naming the drug beside a side-effect rate was taken for the strength's
 * outcome (a dry-eye trial).
 */
export const STRENGTH_AFTER =
  /^\s*(?:w\/[vw]\s+)?(?:(?:[\p{L}-]+\s+)?(?:ophthalmic|solution|cream|gel|ointment|lotion|foam|shampoo|mouthwash|mouth rinse|rinse|suspension|spray|nasal spray|eye ?drops|drops|patch|varnish|paste|wash|serum|topical)\b|(?:once|twice|three times|four times) (?:daily|a day|per day|weekly|a week)\b)/iu;

/** Between two figures that share what follows them: "2.8% and 1.2% of men", "18.6% vs 11.2% of users". */
const PAIRED_FIGURES = /^\s*(?:,\s*)?(?:and|or|vs\.?|versus|against|compared with)\s*$/i;

interface Segment {
  value: number;
  words: Set<string>;
  text: string;
  index: number;
}

function wordsOf(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? [])
      .flatMap((w) => w.split('-'))
      .map((w) =>
        outcomeName(w)
          .replace(/(ies)$/, 'y')
          .replace(/s$/, ''),
      )
      // "the disease progressing" names the source's "progression": one stem for verb and noun.
      .map((w) => (w.length > 7 ? w.replace(/(?:ing|ion)$/, '') : w))
      .filter((w) => w.length >= 4 && !NON_OUTCOME_WORDS.has(w)),
  );
}

/** Percentages of a text outside parentheses (a confidence interval is not a result), each with the words between its neighbours. */
function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  for (const sentence of sentencesOutsideParentheses(text)) {
    const offset = text.indexOf(sentence);
    const figures: Array<{ value: number; start: number; end: number }> = [];
    for (const match of sentence.matchAll(MAIN_PERCENT)) {
      const before = sentence.slice(0, match.index);
      const inParentheses = (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
      // "31 of 743 (4.2%)" gives a count's share in brackets: a result, unlike "(95% CI …)" (a hip-fracture trial).
      if (inParentheses && !COUNT_THEN_SHARE.test(before)) continue;
      if (STRENGTH_AFTER.test(sentence.slice(match.index + match[0].length))) continue;
      figures.push({ value: Number(match[1]), start: match.index, end: match.index + match[0].length });
    }
    // What comes before a sentence's first figure ("The change in weight was …") is shared by all its figures.
    const shared = figures.length > 0 ? wordsOf(sentence.slice(0, figures[0]!.start)) : new Set<string>();
    const own = figures.map((figure, i) => {
      const from = i > 0 ? figures[i - 1]!.end : 0;
      const to = i < figures.length - 1 ? figures[i + 1]!.start : sentence.length;
      return new Set([...shared, ...wordsOf(sentence.slice(from, to))]);
    });
    // "2.8% and 1.2% of men discontinued": the words after a pair of figures are both figures'.
    for (let i = figures.length - 2; i >= 0; i -= 1)
      if (PAIRED_FIGURES.test(sentence.slice(figures[i]!.end, figures[i + 1]!.start))) for (const w of own[i + 1]!) own[i]!.add(w);
    figures.forEach((figure, i) => segments.push({ value: figure.value, words: own[i]!, text: sentence, index: offset + figure.start }));
  }
  return segments;
}

/**
 * An abstract's sentences and semicolon clauses, never split inside parentheses: the "; P<.001" of
 * "(hazard ratio 0.75, 95% CI 0.66 to 0.85; P<.001), a 25% relative reduction" belongs to the
 * sentence whose rates it qualifies (a heart-failure trial reported with its rates was taken for
 * another outcome).
 */
export function sentencesOutsideParentheses(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === '.' || char === ';') && /^\s+[A-Z(]/.test(text.slice(i + 1, i + 3))) {
      sentences.push(text.slice(start, i + 1));
      start = i + 1 + (text.slice(i + 1).match(/^\s+/)?.[0].length ?? 0);
    }
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences;
}

/** Where a page's figure belongs to another outcome in the source, the quotes of both outcomes. */
export interface OutcomeMismatch {
  figureQuote: string;
  otherQuote: string;
}

/** Where one clause of a page's sentence hands over to the next: a coordinated verb or a new clause. */
const CLAUSE_JOINER = /[;,]\s+|\s(?:and|but|while|whereas)\s/g;

/** Page figures within this of a source's are the same figure, rounded. */
export const SAME_FIGURE_TOLERANCE = 0.6;

/**
 * Whether the page attaches a percentage the source states to an outcome the source gives another
 * figure for: "prevented 94% of RSV infections" where 94% is efficacy against severe disease and
 * infections got 71.7%. Only words that tell the source's outcomes apart are compared.
 */
export function figureForAnotherOutcome(claimText: string, figureText: string, value: number, source: string): OutcomeMismatch | null {
  const segments = segmentsOf(source);
  if (comparedAsInSource(claimText, segments)) return null;
  const own = segments.filter((s) => Math.abs(s.value - value) <= SAME_FIGURE_TOLERANCE);
  if (own.length === 0 || segments.length < 2) return null;
  const at = claimText.indexOf(figureText);
  if (at < 0) return null;
  if (pairedAsInSource(claimText, at, at + figureText.length, value, segments)) return null;
  // The page's words about this figure: up to its neighbouring figures, so "compared with 8.3% of less active women" stays with 8.3%.
  const others = [...claimText.matchAll(MAIN_PERCENT)].map((m) => m.index).filter((i) => i < at || i > at + figureText.length);
  const window = Math.max(at - 40, ...others.filter((i) => i < at).map((i) => i + 4), 0);
  // "removed most of the clot and cut the risk of dying by 84%": the figure's own clause says what it measures.
  const from = Math.max(window, ...[...claimText.slice(window, at).matchAll(CLAUSE_JOINER)].map((m) => window + m.index + m[0].length));
  const reach = Math.min(at + figureText.length + 60, ...others.filter((i) => i > at));
  // "Only 0.3% stopped because of it, and serious side effects were …": the next clause speaks of another outcome.
  const joiner = [...claimText.slice(at + figureText.length, reach).matchAll(CLAUSE_JOINER)][0];
  const to = joiner ? at + figureText.length + joiner.index : reach;
  const pageWords = wordsOf(claimText.slice(from, to));
  const telling = [...pageWords].filter((w) => {
    const holders = segments.filter((s) => s.words.has(w)).length;
    return holders > 0 && holders < segments.length;
  });
  if (telling.length === 0 || telling.some((w) => own.some((s) => s.words.has(w)))) return null;
  const other = segments.find((s) => Math.abs(s.value - value) > SAME_FIGURE_TOLERANCE && telling.some((w) => s.words.has(w)));
  if (!other) return null;
  return {
    figureQuote: quoteAround(source, own[0]!.index, 6, 60),
    otherQuote: quoteAround(source, other.index, 6, 60),
  };
}

/**
 * True when the page's figures (two or more) are the figures of one source sentence: "28% of users,
 * compared with 16% of non-users" against "28.3% of daily users … and 16.4% of non-users". The page
 * then reports the source's comparison, whatever words it uses for the groups.
 */
function comparedAsInSource(claimText: string, segments: readonly Segment[]): boolean {
  const values = [...claimText.matchAll(MAIN_PERCENT)].map((m) => Number(m[1]));
  if (values.length < 2) return false;
  const sentences = new Set(segments.map((s) => s.text));
  return [...sentences].some((sentence) => {
    const there = segments.filter((s) => s.text === sentence);
    return values.every((v) => there.some((s) => Math.abs(s.value - v) <= SAME_FIGURE_TOLERANCE));
  });
}

/** Between two figures of one comparison: "31.2% against 46.0%", "22.4% and 15.9%", "4.9% vs 2.3%". */
const PAIR_JOINER = /^\s*(?:,\s*)?(?:against|vs\.?|versus|and|compared with|compared to|to)\s*$/i;

/**
 * True when the page's figure and the figure it is paired with ("(31.2% against 46.0%)") are the
 * two figures of one source sentence ("Rescue medication was used by 31.2% and 46.0%"): the page
 * gives that comparison, whatever words it puts before it.
 */
function pairedAsInSource(claimText: string, at: number, to: number, value: number, segments: readonly Segment[]): boolean {
  const figures = [...claimText.matchAll(MAIN_PERCENT)].map((m) => ({ value: Number(m[1]), start: m.index, end: m.index + m[0].length }));
  const own = figures.findIndex((f) => f.start >= at && f.end <= to);
  if (own < 0) return false;
  const partners = [figures[own - 1], figures[own + 1]].filter(
    (f): f is (typeof figures)[number] =>
      f !== undefined &&
      PAIR_JOINER.test(
        f.start > figures[own]!.start ? claimText.slice(figures[own]!.end, f.start) : claimText.slice(f.end, figures[own]!.start),
      ),
  );
  const near = (s: Segment, v: number) => Math.abs(s.value - v) <= SAME_FIGURE_TOLERANCE;
  return partners.some((partner) =>
    segments.some((a) => near(a, value) && segments.some((b) => b !== a && b.text === a.text && near(b, partner.value))),
  );
}
