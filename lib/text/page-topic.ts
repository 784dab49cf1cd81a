import { isAboutHealth } from './health-topic';
import { isAboutResearch } from './research-topic';

/**
 * Share of a page's paragraphs speaking of health or research below which the page is off topic
 * (a software tutorial, a country's or a company's encyclopedia entry): there, a figure or a
 * "we found" is a finding only in a sentence that itself speaks of health or research. A science
 * news page about fossils or planets speaks of research throughout and stays on topic.
 */
export const MIN_TOPIC_SHARE = 0.2;

/** True when a paragraph speaks of health or research. */
export function isOnTopic(text: string): boolean {
  return isAboutHealth(text) || isAboutResearch(text);
}

/** Share of the given paragraphs that speak of health or research (0 when there are none). */
export function topicShare(paragraphs: readonly string[]): number {
  if (paragraphs.length === 0) return 0;
  return paragraphs.filter(isOnTopic).length / paragraphs.length;
}

/** True when a page's article paragraphs are off health and research (none at all is no evidence). */
export function isOffTopicPage(paragraphs: readonly string[]): boolean {
  return paragraphs.length > 0 && topicShare(paragraphs) < MIN_TOPIC_SHARE;
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
