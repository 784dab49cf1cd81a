import { describe, expect, it } from 'vitest';
import { isAboutHealth } from '../../../lib/text/health-topic';

describe('health topic: words of health, and their namesakes of history and government', () => {
  it.each([
    'With the signing of the Treaty the number of immigrants began to increase.',
    'The country suffered through the Great Depression and two world wars.',
    'Cabinet is the highest policy-making body in government.',
    // Twin of the malaria-net finding below: a net off health.
    'The new tax cut net profits of fishing firms by 18%.',
    'Academia rewards papers more than teaching.',
    // Idioms and namesakes of the body's senses (a data-analysis page): no health.
    'What our naked eye missed in the chart was found by the query.',
    'Teaching aids were handed out before the court hearing.',
    'Critics called the tariff a short-sighted policy.',
  ])('is not about health: “%s”', (sentence) => expect(isAboutHealth(sentence)).toBe(false));

  it.each([
    'Patients treated with the drug recovered faster.',
    'Symptoms of depression eased after eight weeks of therapy.',
    'Fat is stored differently across the body in older adults.',
    'The nurses who swapped shifts also slept longer.',
    'I take two 500 mg capsules daily with black pepper.',
    // A disease named by its name or its ending (a malaria trial of bed nets, a gout drug).
    'The new nets cut malaria cases in children by 18%, from 1.47 to 1.21 cases per child per year.',
    'Flare-ups of arthritis were rarer with the new regimen.',
    // The eye's conditions (an optometry trial of spectacle lenses).
    'The special lenses slowed the worsening of the children’s short-sightedness by 21.4%.',
    'Myopia progressed by 0.58 D with the defocus lenses.',
  ])('is about health: “%s”', (sentence) => expect(isAboutHealth(sentence)).toBe(true));
});
