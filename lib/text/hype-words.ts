/**
 * Promotional wording that states no finding (scheme §4 `hype-language`, §7 `sensational-language`).
 * Words that are as often plain praise ("amazing", "stunning") are left out: on a film review or a
 * product page they would cry wolf. Inflected forms count ("breakthroughs", "game-changing"); a
 * negated one does not ("no drug can cure it").
 */
export const HYPE_WORDS =
  /(?<!\b(?:no|not|never|nor|isn't|aren't|wasn't|cannot|can't|won't|without)\s+(?:[\w']+\s+){0,4})\b(breakthroughs?|miracles?|miraculous(?:ly)?|game[- ]chang(?:er|ers|ing)|revolutionar(?:y|ies)|revolutioni[sz]\w+|groundbreaking|ground-breaking|unprecedented|cutting[- ]edge|glimmer of hope|long[- ]sought[- ]after|holy grail|cures?\b|wonder (?:drugs?|pills?)|bombshells?|secret (?:cures?|remed(?:y|ies))|doctors (?:hate|don't want))\b/i;
