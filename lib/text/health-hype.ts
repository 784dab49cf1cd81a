import { isAboutHealth } from './health-topic';
import { hypeIn } from './hype-words';
import { isAboutResearch } from './research-topic';

/**
 * The first promotional word a sentence about health or research uses as such, or null. The same
 * word about a radio telescope or a computer chip ("cutting-edge AI") is a page's praise of a
 * product, not sensational wording about health.
 */
export function healthHypeIn(sentence: string): { word: string; index: number } | null {
  return isAboutHealth(sentence) || isAboutResearch(sentence) ? hypeIn(sentence) : null;
}
