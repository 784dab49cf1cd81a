/**
 * Words of health and the body. A sentence that only states a relationship or a figure ("led to",
 * "increased 5.3%") is a health claim only when it speaks of one of these: on a history or
 * economics page the same wording is no finding a reader of health news needs checked. The
 * namesakes of history and government (a "Treaty", the "Great Depression", a "policy-making
 * body") are left out, as a country's encyclopedia page uses them in every section.
 */
export const HEALTH_TERMS =
  /\b(health\w*|medic\w*|disease\w*|disorder\w*|illness\w*|patients?|symptoms?|treat(?!y|ies)\w*|therap\w*|drugs?|medication\w*|vaccin\w*|cancer\w*|tumou?rs?|heart|cardi\w*|brain\w*|neur\w*|nerve\w*|blood|risk\w*|mortality|deaths?|dying|infect\w*|virus\w*|viral|bacteri\w*|allerg\w*|immun\w*|diet\w*|nutri\w*|vitamin\w*|supplement\w*|capsules?|tablets?|pills?|exercis\w*|obes\w*|weight|sleep\w*|slept|pain\w*|mental|anxi\w*|(?<!great |economic )depress\w*|cells?|cellular|muscle\w*|(?<!policy-making |governing |legislative |advisory )body|bodies|fat|hospital\w*|clinic\w*|dose\w*|diabet\w*|stroke\w*|lung\w*|liver|kidney\w*|gut|inflamm\w*|pregnan\w*|birth\w*|injur\w*|surg\w*|cholesterol|protein\w*|genes?|genetic\w*|dementia|alzheimer\w*|asthma|smok\w*|alcohol|cannabis|opioid\w*|calorie\w*|sugar|insulin|hormone\w*|skin|bone\w*|lymph\w*|x-rays?|breath\w*|diagnos\w*|steroid\w*|fatigue|dizz\w*|pulmon\w*|metabol\w*|side[- ]effects?|tolera(?:ted|ble|bility)|adverse|endorphin\w*|chest (?:pain|x-rays?|scans?|infections?))\b/i;

/** True when a sentence speaks of health or the body. */
export function isAboutHealth(sentence: string): boolean {
  return HEALTH_TERMS.test(sentence);
}

/**
 * Share of a page's article sentences that speak of health at or above which the page reads as a
 * health article. Measured on the corpus's pages: health news, portals and journal pages mostly
 * lie above 0.1 (a plague report 0.15, a vaccination study 0.17), while science, business and
 * software pages mostly lie below it (a spacecraft report 0.06, an engineering blog 0.0).
 */
export const HEALTH_PAGE_MIN_SHARE = 0.1;
/** Fewer article sentences than this are too few to judge a page's topic by: it is taken as health. */
export const HEALTH_PAGE_MIN_SENTENCES = 10;

/**
 * True when a page reads as a health article, from how many of its article sentences speak of
 * health. The health-only checklist questions (harms, costs, alternatives, an absolute benefit, a
 * medical disclaimer) are not asked of a page about a stone tool or a software survey.
 */
export function readsAsHealthPage(healthSentences: number, sentences: number): boolean {
  if (sentences < HEALTH_PAGE_MIN_SENTENCES) return true;
  return healthSentences / sentences >= HEALTH_PAGE_MIN_SHARE;
}
