import { describe, expect, it } from 'vitest';
import { isAboutHealth } from '../../../lib/text/health-topic';

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
