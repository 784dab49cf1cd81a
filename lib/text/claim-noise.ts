import { hasFiniteVerb } from './finite-verb';
import { HYPE_WORDS } from './hype-words';

/** Fewest words a claim can have: "Report this comment", "Placebo (n=40)" and labels have fewer. */
export const MIN_CLAIM_WORDS = 7;
/** Fewest words of a claim that has a finite verb ("Side effects were common."). */
export const MIN_WORDS_WITH_VERB = 4;

/**
 * Text that looks like a finding but is page furniture or not a statement. Each family is one
 * named entry with its own table test.
 */
export const NOT_A_CLAIM: ReadonlyArray<{ family: string; pattern: RegExp }> = [
  {
    family: 'comment-widget',
    pattern:
      /^(?:report|flag|reply to|share|like|upvote|downvote|hide) (?:this|the) (?:comment|post|reply)\b|\b(?:log in|sign in|sign up) to (?:comment|reply|post)\b/i,
  },
  {
    family: 'byline',
    pattern:
      /^(?:[Bb]y|[Ww]ritten by|(?:[Mm]edically )?[Rr]eviewed by|[Ff]act[- ]checked by|[Uu]pdated by|[Ee]dited by)\s+(?:[Dd]r\.?\s+)?[\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){0,3}\b/u,
  },
  {
    family: 'bio',
    pattern:
      /^[\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){0,3},?\s+(?:\([^)]*\)\s+)?(?:is|has been)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:writer|journalist|editor|reporter|coach|trainer|dietitian|nutritionist|author|contributor|blogger|founder|consultant|therapist|specialist|freelance\w*)\b/u,
  },
  {
    family: 'navigation',
    // "Previous research has found …" is a sentence: "related", "next", "previous" are labels only alone or before a list word.
    pattern:
      /^(?:read more|see also|more on this|you may also like)\b|^(?:related|recommended|sponsored|advertisement|next|previous|suggested)(?:\s+(?:articles?|stories|story|posts?|coverage|content|reading|links?|page|videos?))?\s*(?:[:»›|>–-]|$)/i,
  },
  {
    family: 'quotation',
    // An apostrophe inside the quote ("don’t") is no closing mark.
    pattern:
      /^["“‘](?:[^"”’]|’(?=\p{L})){20,}[,.?!…]["”’]\s*(?:[\p{L}.'-]+\s+){0,8}?(?:said|says|explains?|explained|wrote|writes|told|tells|added|adds|notes?|noted|commented|comments|recalls?|recalled|described|continued|concluded|stated)\b/u,
  },
  {
    family: 'publication-note',
    pattern:
      /\b(?:is|are|was|were|has been|have been|will be) (?:published|reported|presented) (?:today |online |this week |on \w+ )?(?:\([^)]{1,20}\) )?(?:in|at)\b[^.]{0,80}(?:journal|proceedings|conference|meeting|congress|\bdoi\b)|^(?:the )?(?:study|paper|findings|results|research) (?:appears?|appeared) in\b/i,
  },
  {
    family: 'not-involved',
    pattern:
      /^(?:[\p{Lu}][\p{L}.'-]+\s+){0,3}[\p{Lu}][\p{L}.'-]+,?(?:\s+[^,]{1,80},)?\s+(?:who\s+)?(?:was|is|were|are)\s+not\s+(?:involved|part of|affiliated with)\b[^.]{0,40}\b(?:research|study|studies|trial|work|paper|findings)\W*$/u,
  },
  {
    family: 'disclosure-label',
    pattern:
      /^(?:disclosures?|funding|grant support|competing interests|conflicts? of interest|acknowledg\w+|author contributions|primary funding source|corresponding author|correspondence|affiliations?|received|accepted|published online|citation|keywords)\s*:/i,
  },
];

/** Sentence-final punctuation, allowing a closing quote, bracket or citation after it. */
const ENDS_LIKE_A_SENTENCE =
  /[.!?]["”’)\]]*(?:\s*(?:\[\d[\d,–\s-]*\]|\(\d[\d,–\s-]*\)|\d{1,3}(?:[,–-]\d{1,3})*))?\s*$|[.!?]["”’)\]]*\s*\([^()]{1,80}\)\s*[.]?\s*$/;

let lastSentence: string | null = null;
let lastFamily: string | null = null;

/** The family of page furniture a sentence belongs to, or null when it may be a claim. */
export function noiseFamily(sentence: string): string | null {
  // The claim engine asks this several times of one sentence: the last answer is kept.
  if (sentence !== lastSentence) {
    lastFamily = readNoiseFamily(sentence);
    lastSentence = sentence;
  }
  return lastFamily;
}

function readNoiseFamily(sentence: string): string | null {
  const words = sentence.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_WORDS_WITH_VERB || (words.length < MIN_CLAIM_WORDS && !hasFiniteVerb(sentence))) return 'too-short';
  // A promotional quotation ("“This is a breakthrough,” said …") is kept: its wording is what a reader needs flagged.
  const family = NOT_A_CLAIM.find(
    ({ family, pattern }) => pattern.test(sentence) && !(family === 'quotation' && HYPE_WORDS.test(sentence)),
  );
  if (family) return family.family;
  if (!ENDS_LIKE_A_SENTENCE.test(sentence)) return 'no-sentence-end';
  if (!hasFiniteVerb(sentence)) return 'no-finite-verb';
  return null;
}
