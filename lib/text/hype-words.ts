/**
 * Promotional wording that states no finding (scheme §4 `hype-language`, §7 `sensational-language`).
 * Words that are as often plain praise ("amazing", "stunning") are left out: on a film review or a
 * product page they would cry wolf.
 */
export const HYPE_WORDS =
  /\b(breakthrough|miracle|game[- ]changer|revolutionary|glimmer of hope|long[- ]sought[- ]after|holy grail|cures?\b|wonder (drug|pill)|bombshell|secret (cure|remedy)|doctors (hate|don't want))\b/i;
