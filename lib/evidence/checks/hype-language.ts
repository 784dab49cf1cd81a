import { splitSentences } from '../../text/sentences';
import { quoteAround } from '../classify-design';
import { DEBUNKED_HYPE, HYPE_TERMS } from '../../text/hype-words';
import type { CheckDefinition } from './types';

/** The first promotional word used as such (not debunked) in a text's sentences, with its sentence, skipping the sentences of `others`. */
export function hypeIn(text: string, others: readonly string[] = []): { word: string; sentence: string; index: number } | null {
  for (const { text: sentence } of splitSentences(text)) {
    if (others.some((other) => sentence.includes(other) || other.includes(sentence))) continue;
    const match = HYPE_TERMS.exec(sentence);
    if (!match) continue;
    const before = sentence.slice(0, match.index);
    // Quoted ("a 'miracle' pill") or doubted ("no miracle") wording is not the page's own claim.
    if (DEBUNKED_HYPE.test(before) || /["“‘'«]\s*$/.test(before)) continue;
    return { word: match[0], sentence, index: match.index };
  }
  return null;
}

/** Promotional wording in or around a claim that reports a study: in its sentence or its paragraph. */
export const hypeLanguage: CheckDefinition = {
  code: 'hype-language',
  scope: 'claim',
  wording: {
    promotional: ({ word }) => `“${word}” is promotional wording, not a finding.`,
  },
  run({ claim, reportsStudy, followsCitedClaim, paragraphClaims }) {
    // A researcher's "This is a real breakthrough" right after the cited results promotes that study (a prostate-cancer page).
    if (!reportsStudy && !followsCitedClaim) return null;
    // Another claim's promotional words are that claim's warning: a reader is told once ("… a breakthrough" in a trial paragraph).
    const hype = hypeIn(claim.text) ?? hypeIn(claim.paragraph, paragraphClaims);
    if (!hype) return null;
    return {
      severity: 'warning',
      message: { key: 'promotional', values: { word: hype.word } },
      evidence: `Page: “${quoteAround(hype.sentence, hype.index, hype.word.length, 30)}”`,
      // Promotion is the page's tone, told once: the checklist lists every promotional word it used.
      oncePerPage: true,
    };
  },
};
