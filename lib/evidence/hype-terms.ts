/**
 * Promotional wording that states no finding (scheme §4 `hype-language`). "Cure" is not on it:
 * "cure rates" and "cured in 85%" are medical outcomes; only the promotional compounds are.
 * Words that are as often plain praise ("amazing", "stunning") are left out.
 */
export const HYPE_TERMS =
  /\b(breakthroughs?|miracles?|miraculous|game[- ]chang(er|ers|ing)|revolutionar(y|ise|ize)s?|(glimmer|ray|beacon) of hope|long[- ]sought(?:[- ]after)?|holy grail|cure-?alls?|(miracle|wonder|secret|magic|natural) (cure|remedy|bullet|drug|pill)s?|wonder (drug|pill)s?|magic bullets?|silver bullets?|ground-?breaking|superfoods?|fountain of youth|bombshell|doctors (hate|don't want))\b/i;

/**
 * A sentence that names a promotional word to doubt or debunk it ("no miracle pill", "so-called
 * breakthrough", "not the game changer it was marketed as"): using the word is then no hype.
 */
export const DEBUNKED_HYPE =
  /\b(no|not an?|not the|isn't an?|is not an?|aren't|are not|nor|hardly an?|far from an?|so-called|supposed|alleged|touted|marketed|billed|hyped|claims? (of|that)|myths?|despite|warn\w* against|caution\w* against|rather than|instead of|dismiss\w*|wrongly|falsely|(too early|premature) to call)\b[^.;]{0,40}$/i;
