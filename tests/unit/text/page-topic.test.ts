import { describe, expect, it } from 'vitest';
import { isOffTopicPage, MIN_TOPIC_SHARE, readsAsHealthPage, topicShare } from '../../../lib/text/page-topic';

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

describe('a page reads as a health article by the share of its sentences about health', () => {
  it.each([
    // [health sentences, article sentences, reads as health]
    [0, 74, false], // a report of a stone tool
    [3, 55, false], // a software team's survey
    [10, 67, true], // a plague case report
    [31, 183, true], // a vaccination study's page
    [0, 4, true], // too short to judge: asked as before
  ])('%i of %i sentences → %s', (health, total, expected) => expect(readsAsHealthPage(health, total)).toBe(expected));
});
