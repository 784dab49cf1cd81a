import { describe, expect, it } from 'vitest';
import { isAboutHealth, readsAsHealthPage } from '../../../lib/text/health-topic';

describe('health topic: words of health, and their namesakes of history and government', () => {
  it.each([
    'With the signing of the Treaty the number of immigrants began to increase.',
    'The country suffered through the Great Depression and two world wars.',
    'Cabinet is the highest policy-making body in government.',
  ])('is not about health: “%s”', (sentence) => expect(isAboutHealth(sentence)).toBe(false));

  it.each([
    'Patients treated with the drug recovered faster.',
    'Symptoms of depression eased after eight weeks of therapy.',
    'Fat is stored differently across the body in older adults.',
    'The nurses who swapped shifts also slept longer.',
    'I take two 500 mg capsules daily with black pepper.',
  ])('is about health: “%s”', (sentence) => expect(isAboutHealth(sentence)).toBe(true));
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
