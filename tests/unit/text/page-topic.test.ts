import { describe, expect, it } from 'vitest';
import { isOffTopicPage, MIN_TOPIC_SHARE, topicShare } from '../../../lib/text/page-topic';

describe('page topic: the share of a page’s paragraphs that speak of health or research', () => {
  it.each([
    [['Mozilla reported revenue of $163 million.', 'Thunderbird is an email client.', 'Volunteers meet at all-hands events.'], true],
    [['We found an increase in 400 status codes.', 'The query flags the value as an anomaly.'], true],
  ])('is off topic: %j', (paragraphs, off) => expect(isOffTopicPage(paragraphs)).toBe(off));

  // Twins: science news off health speaks of research; a page of health news of health.
  it.each([
    [['The tool was found on a beach.', 'Researchers dated it to 50,000 years ago.', 'The study appears in a journal.'], false],
    [['Eczema flares fell in the children treated.', 'The cream was used daily.'], false],
    [[], false],
  ])('is on topic: %j', (paragraphs, off) => expect(isOffTopicPage(paragraphs)).toBe(off));

  it('counts the paragraphs that speak of health or research', () => {
    expect(topicShare(['A survey of voters.', 'The parliament met.', 'The treaty was signed.', 'Taxes rose.'])).toBe(0.25);
    expect(MIN_TOPIC_SHARE).toBeGreaterThan(0);
  });
});
