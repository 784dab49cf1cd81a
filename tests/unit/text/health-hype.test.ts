import { describe, expect, it } from 'vitest';
import { healthHypeIn } from '../../../lib/text/health-hype';
import { isAboutResearch } from '../../../lib/text/research-topic';

describe('words of research', () => {
  it.each([
    ['A study of 400 nurses', true],
    ['The trial was stopped early', true],
    ['Researchers in Oslo', true],
    ['The findings, published in a journal', true],
    ['Scientists at the laboratory', true],
    ['Clinical guidelines advise', true],
    ['In the 2013 census, 74% of residents', true],
    ['A poll of 1,000 respondents', true],
    ['Here, we show that urine fragments', true],
    ['We found an increase in status codes', false],
    ['Mozilla reported revenue of $163 million', false],
    ['The new chip runs on less power', false],
    ['The telescope sees less of the sky', false],
    ['Students of the film school', false],
  ] as const)('“%s” speaks of research: %s', (sentence, research) => expect(isAboutResearch(sentence)).toBe(research));
});

// Promotional wording counts as sensational only where it speaks of health or research.
describe('sensational wording about health or research', () => {
  it.each([
    ['oncology', 'Cutting-edge scans found the tumour early.', 'Cutting-edge'],
    ['research, any field', 'The team ran a cutting-edge study of how bats navigate.', 'cutting-edge'],
    ['neurology', 'A breakthrough for people with epilepsy, the trial suggests.', 'breakthrough'],
  ] as const)('takes it in %s: “%s”', (_field, sentence, word) => expect(healthHypeIn(sentence)?.word).toBe(word));

  it.each([
    ['computing', 'The laptop packs cutting-edge AI into a thin case.'],
    ['astronomy', 'It sees less of the sky than some other cutting-edge radio telescopes.'],
    ['finance', 'The merger was a game-changer for the bank.'],
  ] as const)('leaves it alone off the subject, in %s: “%s”', (_field, sentence) => expect(healthHypeIn(sentence)).toBeNull());

  it('still respects a doubted word in a sentence about health', () => {
    expect(healthHypeIn('The new drug is far from a breakthrough for migraine.')).toBeNull();
  });
});
