/** Auxiliaries, modals and copulas: a sentence with one of them has a finite verb. */
export const FINITE_AUXILIARIES = [
  'is',
  'are',
  'was',
  'were',
  'am',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  'has',
  'have',
  'had',
  "hasn't",
  "haven't",
  "hadn't",
  'do',
  'does',
  'did',
  "don't",
  "doesn't",
  "didn't",
  'can',
  'could',
  'may',
  'might',
  'will',
  'would',
  'shall',
  'should',
  'must',
  "can't",
  "won't",
  "couldn't",
  "wouldn't",
  "shouldn't",
] as const;

const AUXILIARY = new Set<string>(FINITE_AUXILIARIES);
/** Past tense ("found", "fell", "rose") and the -ed form, which is past tense after a subject. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'found',
  'showed',
  'shown',
  'fell',
  'rose',
  'grew',
  'saw',
  'made',
  'took',
  'gave',
  'got',
  'led',
  'left',
  'kept',
  'began',
  'became',
  'felt',
  'ate',
  'drank',
  'ran',
  'lost',
  'won',
  'met',
  'paid',
  'put',
  'set',
  'cut',
  'said',
  'told',
  'thought',
  'brought',
  'knew',
  'wrote',
  'held',
  'chose',
  'went',
  'came',
  'spent',
  'sent',
  'built',
  'caught',
  'taught',
  'bought',
  'sought',
  'wore',
  'spoke',
  'broke',
  'woke',
  'stood',
  'sat',
  'slept',
  'fed',
  'bled',
  'drew',
  'threw',
  'flew',
  'meant',
  'dealt',
  'heard',
  'sold',
  'struck',
  'proved',
]);
/**
 * Personal pronouns that are only ever subjects: the word after one (past an adverb) is its verb,
 * whatever its form. Not "I", which is also a numeral ("phase I trial"). A journal abstract speaks so ("Here, we perform …", "we then sequence …").
 */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['we', 'they', 'he', 'she']);
/** Adverbs that may stand between a subject pronoun and its verb ("we then measured"). */
const BETWEEN_SUBJECT_AND_VERB = /^(?:[a-z]+ly|also|then|now|here|further|first|still|often|never|not|all|both|each|again|later|next)$/;
/** Present-tense verbs of research reporting in the third person. */
const PRESENT_S =
  /^(find|show|suggest|indicate|report|reveal|demonstrate|link|associate|increase|reduce|lower|raise|cause|prevent|improve|help|appear|seem|remain|affect|predict|protect|contain|provide|make|take|need|lead|mean|say|explain|work|tend|depend|vary|range|allow|use|produce|estimate|measure|require|offer|include|give|get|come|go|keep|cut|boost|mimic|conclude|confirm|support|note|add|warn|believe|think|know|compare|differ|decline|drop|rise|grow|fall)(s|es)$/;

/**
 * True when a sentence has a finite verb ("participants improved", "the study shows", "X is
 * linked"): fragments such as headings, table headers and labels ("Observational studies",
 * "Placebo (n=40)") have none. Word-level rules over `Intl.Segmenter` words.
 */
export function hasFiniteVerb(sentence: string): boolean {
  const words = [...WORDS.segment(sentence.toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment.replace(/’/g, "'"));
  return words.some((word, i) => {
    if (AUXILIARY.has(word) || IRREGULAR_PAST.has(word) || PRESENT_S.test(word)) return true;
    if (followsSubjectPronoun(words, i)) return true;
    const previous = words[i - 1];
    if (previous === undefined || NOT_BEFORE_A_VERB.test(previous)) return false;
    // "-ed" after a word that is not a determiner or preposition ("patients improved", not "the treated group");
    // "-s" after a subject and before more words ("B12 plays important roles"), not a plural at the end.
    return (
      /^[a-z]{3,}ed$/.test(word) ||
      (/^[a-z]{3,}[^su]s$/.test(word) && i < words.length - 1 && !/^(of|and|or|in|on|for|with)$/.test(words[i + 1]!))
    );
  });
}

/** True when the word at `i` is the verb of a subject pronoun before it, with at most one adverb between. */
function followsSubjectPronoun(words: readonly string[], i: number): boolean {
  if (BETWEEN_SUBJECT_AND_VERB.test(words[i]!)) return false;
  const previous = words[i - 1];
  if (previous !== undefined && SUBJECT_PRONOUNS.has(previous)) return true;
  return previous !== undefined && BETWEEN_SUBJECT_AND_VERB.test(previous) && SUBJECT_PRONOUNS.has(words[i - 2] ?? '');
}

/** Words after which the next word is a noun or adjective, not a verb. */
const NOT_BEFORE_A_VERB =
  /^(the|a|an|of|in|on|for|with|by|to|and|or|as|from|at|these|those|this|that|their|its|his|her|our|your|my|some|many|more|most|all|both|each|other|such|new|two|three|several)$/;

const WORDS = new Intl.Segmenter('en', { granularity: 'word' });
