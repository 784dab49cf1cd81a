/**
 * Promotional wording that states no finding (scheme §4 `hype-language`, §7 `sensational-language`).
 * "cure" counts only as a noun or a promise ("a cure", "cures ALS"), which is how hype uses it.
 */
export const HYPE_WORDS =
  /\b(breakthrough|miracle|game[- ]changer|revolutionary|glimmer of hope|long[- ]sought[- ]after|holy grail|cures?\b|wonder (drug|pill)|astonishing|stunning|amazing|incredible|jaw-dropping|bombshell|secret (cure|remedy)|doctors (hate|don't want))\b/i;
