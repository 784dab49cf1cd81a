import { describe, expect, it } from 'vitest';
import { isNewsEvent } from '../../../lib/text/news-event';

describe('news events: victims, officials and other outlets, not people studied', () => {
  it.each([
    'Hours after the interview, a gunman opened fire at a cinema, killing two people and injuring several others.',
    'County health officials said Monday the victim was one of two people who contracted the virus.',
    'In an El Paso facility, a cell meant for 35 held 155 adult males with only one toilet and sink, NBC News reported.',
    'About 50 other people were wounded, according to local news reports.',
    'Measles has been reported in Clark, Cowlitz and King counties.',
  ])('is a news event: “%s”', (sentence) => expect(isNewsEvent(sentence)).toBe(true));

  // Twins: deaths and reports of a study are its findings.
  it.each([
    'Of the 2,000 patients in the heart failure trial, 40 died within a year.',
    'According to the study, 40 of the wounded soldiers developed sepsis.',
    'Officials at the agency said the study found a 20% drop in hospital infections.',
    'The survey of 4,000 adults, Reuters reported, found that one in five had skipped insulin doses.',
  ])('is a finding: “%s”', (sentence) => expect(isNewsEvent(sentence)).toBe(false));
});
