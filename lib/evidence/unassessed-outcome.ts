import { quoteAround } from './classify-design';

/** An outcome the source says it could not assess ("too few malaria deaths to assess mortality"), with its words. */
export interface UnassessedOutcome {
  /** The outcome's words, singular ("malaria", "death"). */
  words: string[];
  evidence: string;
}

// "There were too few malaria deaths to assess mortality", "hip fractures were too rare to analyse", "mortality could not be assessed",
// "The trial was not designed to assess cardiovascular or microvascular outcomes" (a diabetes trial of a blood-sugar marker).
const NOT_ASSESSED =
  /\btoo few ((?:[\p{L}-]+ ){0,2}?[\p{L}-]+) (?:to (?:assess|analy[sz]e|evaluate|compare|estimate))|\b((?:[\p{L}-]+ )?[\p{L}-]+) (?:were|was) too (?:rare|few|uncommon) to (?:assess|analy[sz]e|evaluate|compare|estimate)|\b((?:[\p{L}-]+ )?[\p{L}-]+) (?:could|can) not be (?:assessed|analy[sz]ed|evaluated|estimated)|\b(?:was|were|is|are) not (?:designed|powered) to (?:assess|detect|evaluate|examine|show) (?:effects on |differences in |a difference in )?((?:[\p{L}-]+ )?(?:(?:or|and) )?[\p{L}-]+)/giu;

/**
 * Outcomes abstracts name by their family, with the words pages use for them: "microvascular
 * outcomes" are kidney, eye and nerve damage; "cardiovascular" ones heart attacks and strokes.
 */
export const OUTCOME_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  microvascular: [
    'kidney',
    'renal',
    'eye',
    'retina',
    'retinopathy',
    'nephropathy',
    'neuropathy',
    'nerve',
    'amputation',
    'foot',
    'vision',
    'blindness',
  ],
  cardiovascular: ['heart', 'cardiac', 'stroke', 'myocardial', 'infarction', 'cardiovascular', 'coronary'],
  mortality: ['death', 'die', 'died', 'survival', 'mortality'],
};

/** Words that name nothing about an outcome. */
const NOT_OUTCOME_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'any',
  'there',
  'effect',
  'effects',
  'result',
  'results',
  'outcome',
  'outcomes',
]);

/** A word's singular, as pages and abstracts both write it ("deaths" and "death"). */
export const singular = (word: string): string =>
  word
    .toLowerCase()
    .replace(/(ies)$/, 'y')
    .replace(/s$/, '');

/** The outcomes an abstract says it could not assess; "cardiovascular or microvascular" is two. Pure. */
export function unassessedOutcomes(abstract: string): UnassessedOutcome[] {
  return [...abstract.matchAll(NOT_ASSESSED)].flatMap((match) => {
    const evidence = `Source: “${quoteAround(abstract, match.index, match[0].length, 20)}”`;
    const named = (match[1] ?? match[2] ?? match[3] ?? match[4])!;
    return named
      .split(/ (?:or|and) /)
      .map((outcome) => ({
        words: outcome
          .split(' ')
          .filter((w) => !NOT_OUTCOME_WORDS.has(w.toLowerCase()))
          .map(singular),
        evidence,
      }))
      .filter((outcome) => outcome.words.length > 0);
  });
}

/** True when a page's words name an outcome: all its words, or for a family ("microvascular"), one of its members. */
function namesOutcome(words: ReadonlySet<string>, outcome: UnassessedOutcome): boolean {
  if (outcome.words.every((w) => words.has(w))) return true;
  const family = outcome.words.length === 1 ? OUTCOME_FAMILIES[outcome.words[0]!] : undefined;
  return family?.some((member) => words.has(member)) ?? false;
}

/** How far before a figure the page's words name what it measures ("reduced deaths from malaria by 75%"). */
export const OUTCOME_REACH = 40;

/**
 * The unassessed outcome a page ties a figure to: every word of it named just before the figure, in
 * its clause (after the last comma or semicolon). Null when the page ties it to anything else.
 */
export function figureForUnassessed(text: string, figureText: string, abstract: string): UnassessedOutcome | null {
  const at = text.indexOf(figureText);
  if (at < 0) return null;
  const before = text
    .slice(Math.max(0, at - OUTCOME_REACH), at)
    .split(/[,;:]/)
    .at(-1)!;
  const words = new Set((before.match(/[\p{L}-]+/gu) ?? []).map(singular));
  return unassessedOutcomes(abstract).find((outcome) => namesOutcome(words, outcome)) ?? null;
}
