import { splitSentences } from '../../text/sentences';
import { quoteAround } from '../classify-design';
import { DEBUNKED_HYPE, HYPE_TERMS } from '../../text/hype-words';
import type { CheckDefinition } from './types';

/** The first promotional word used as such (not debunked) in a text's sentences, with its sentence. */
export function hypeIn(text: string): { word: string; sentence: string; index: number } | null {
  for (const { text: sentence } of splitSentences(text)) {
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
  run({ claim, reportsStudy }) {
    if (!reportsStudy) return null;
    const hype = hypeIn(claim.text) ?? hypeIn(claim.paragraph);
    if (!hype) return null;
    return {
      severity: 'warning',
      message: { key: 'promotional', values: { word: hype.word } },
      evidence: `Page: “${quoteAround(hype.sentence, hype.index, hype.word.length, 30)}”`,
    };
  },
};
