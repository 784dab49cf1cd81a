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
