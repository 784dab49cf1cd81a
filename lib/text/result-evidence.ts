/**
 * Wording that reports a research result even without a study noun: statistics, effect sizes,
 * rates, fold changes, trial phases. Each family is one named entry with its own table test.
 */
export const RESULT_EVIDENCE: ReadonlyArray<{ family: string; pattern: RegExp }> = [
  { family: 'p-value', pattern: /\bp\s*(?:value\s*)?[<=>≤≥]\s*0?\.\d+/i },
  { family: 'confidence-interval', pattern: /\b9[05]\s*%\s*(?:CI|confidence interval)\b/i },
  {
    family: 'significance',
    pattern:
      /\b(?:statistically |clinically )?significant(?:ly)?\b[^.]{0,60}\b(?:differen\w*|increas\w*|decreas\w*|reduc\w*|improv\w*|higher|lower|associat\w*|effect|change|benefit|correlat\w*)|\b(?:no|not) (?:statistically )?significant\b/i,
  },
  {
    family: 'effect-size',
    pattern:
      /\beffect sizes?\b|\bcohen'?s d\b|\b(?:odds|hazard|risk|rate) ratio\b|\brelative risk\b|\barea under the (?:ROC )?curve\b|\bAUC\b/i,
  },
  {
    family: 'association',
    pattern:
      /\b(?:was|were|is|are|been) (?:\w+ly )?(?:associated|linked|correlated) with\b|\b(?:positive|negative|inverse|strong|weak) (?:association|correlation)\b/i,
  },
  { family: 'rate', pattern: /\bper (?:1,?000|10,?000|100,?000|million)\b|\bperson-years\b/i },
  {
    family: 'fold-change',
    pattern:
      /\b(?:two|three|four|five|six|ten|\d+(?:\.\d+)?)[- ]?fold\b|\b(?:more than |nearly |almost )?(?:doubled|tripled|quadrupled|halved)\b/i,
  },
  { family: 'trial-phase', pattern: /\bphase (?:[1-4]|I{1,3}V?|IV)(?:\/(?:[1-4]|I{1,3}))?[ab]? (?:clinical )?(?:trial|study)\b/i },
  { family: 'arm-comparison', pattern: /\d\s*(?:%|percent)[^.;]{0,60}\b(?:compared (?:with|to)|versus|vs\.?)\s*(?:about |around )?\d/i },
];

/** The result-evidence families a sentence shows. */
export function resultEvidence(sentence: string): string[] {
  return RESULT_EVIDENCE.filter(({ pattern }) => pattern.test(sentence)).map(({ family }) => family);
}
