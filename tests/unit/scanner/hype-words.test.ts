import { describe, expect, it } from 'vitest';
import { DEBUNKED_HYPE, HYPE_TERM_FAMILIES, HYPE_TERMS, HYPE_WORDS, hypeIn } from '../../../lib/text/hype-words';

/** Each family: a sentence it must take (with the word taken), and a twin from another field that must stay quiet. */
const cases: Record<string, [string, string, string]> = {
  breakthrough: ['Researchers hail two breakthroughs in gene therapy.', 'breakthroughs', 'There was no breakthrough in the wage talks.'],
  miracle: ['A miracle pill for arthritis, the advert says.', 'miracle', 'This is not a miracle cure for back pain.'],
  'game-changer': ['The implant is a game-changer for deaf children.', 'game-changer', 'The rule is hardly a game-changer for farmers.'],
  revolution: ['The scan will revolutionise stroke care.', 'revolutionise', 'The scan will change stroke care slowly.'],
  groundbreaking: ['A groundbreaking study of asthma in cities.', 'groundbreaking', 'The ground-floor ward was breaking records.'],
  unprecedented: [
    'The results are unprecedented in heart failure.',
    'unprecedented',
    'The results were not unprecedented, the editors noted.',
  ],
  'cutting-edge': ['Cutting-edge scans found the tumour early.', 'Cutting-edge', 'The edge of the scan was cut off.'],
  hope: ['A glimmer of hope for people with ALS.', 'glimmer of hope', 'There is little hope the road opens before May.'],
  'long-sought': ['The long-sought vaccine is here.', 'long-sought', 'The vaccine was sought by many clinics for long.'],
  'holy-grail': ['A blood test is the holy grail of cancer screening.', 'holy grail', 'The grail legend is told in Wales.'],
  'cure-all': ['Turmeric is sold as a cure-all.', 'cure-all', 'Turmeric is far from a cure-all for joint pain.'],
  superfood: ['Kale is the superfood your heart needs.', 'superfood', 'Kale is a food rich in vitamin K.'],
  'fountain-of-youth': ['Is this pill the fountain of youth?', 'fountain of youth', 'The youth club built a fountain in the park.'],
  bombshell: ['A bombshell study on statins.', 'bombshell', 'The shells of the eggs were tested for salmonella.'],
  'doctors-hate': ['The trick doctors hate for belly fat.', 'doctors hate', 'The doctors had a meeting about belly fat.'],
};

describe('hype words', () => {
  it('has a case for every family', () => expect(Object.keys(cases).sort()).toEqual(Object.keys(HYPE_TERM_FAMILIES).sort()));

  describe.each(Object.entries(cases))('%s', (_family, [fires, word, quiet]) => {
    it(`takes “${word}”`, () => expect(hypeIn(fires)?.word).toBe(word));
    it('stays quiet on its twin', () => expect(hypeIn(quiet)).toBeNull());
  });

  it('respects negation and debunking', () => {
    for (const sentence of [
      'No drug can cure it yet.',
      'This is not a miracle cure.',
      'The pill is far from a breakthrough.',
      'The so-called wonder pill did nothing in the trial.',
      'Experts warned against calling the implant a breakthrough.',
      'Dr Osei cautioned against calling the lower dose a miracle.',
      'It is too early to call the vaccine a game-changer.',
      '“This isn’t a breakthrough, and nobody should think of it as one,” she said.',
      'The new inhaler won’t be a game-changer for most people with asthma.',
      'Online shops sell it with promises that it is "the miracle cure they hide from you".',
    ])
      expect(HYPE_WORDS.test(sentence)).toBe(false);
  });

  it('takes promotion inside quotation marks when no doubt comes before it', () => {
    expect(hypeIn('What one campaigner called "the game-changer we have waited for".')?.word).toBe('game-changer');
    expect(hypeIn('The drug promises to be a breakthrough for gout.')?.word).toBe('breakthrough');
    // Its twin with a curly apostrophe that denies nothing: “It’s a breakthrough”.
    expect(hypeIn('“It’s a breakthrough for people with migraine,” she said.')?.word).toBe('breakthrough');
  });

  it('leaves a bare “cure” alone: cure rates are outcomes', () => {
    expect(hypeIn('The cure rate was 85% after eight weeks of treatment.')).toBeNull();
    expect(HYPE_TERMS.test('Hepatitis C cure rates reached 95%.')).toBe(false);
  });

  it('takes a miracle cure but not natural remedies as a kind of product', () => {
    expect(hypeIn('Honey is a natural cure for coughs, the blog says.')?.word).toBe('natural cure');
    expect(hypeIn('Natural remedies such as ginger are widely used for nausea.')).toBeNull();
  });

  it.each([
    ['Ginkgo is no ', true],
    ['Researchers call it a ', false],
    ['Experts warned against calling it a ', true],
    ['It is too early to call it a ', true],
    ['Experts are calling it a ', false],
    // Five words between the doubt and the word still doubt it (a dermatology trial's lead author); a hype word later in a new clause is promotion.
    ['Dr Osei cautioned against calling the lower dose a ', true],
    ['No one expected that, but the results are a ', false],
  ] as const)('reads “%s” before a promotional word as doubting it: %s', (before, doubted) => {
    expect(DEBUNKED_HYPE.test(before)).toBe(doubted);
  });

  it('finds a promotional word whether used as such or doubted', () => {
    expect(HYPE_TERMS.exec('The groundbreaking trial found kale is a superfood.')?.[0]).toBe('groundbreaking');
    expect(HYPE_TERMS.test('The trial found kale lowered blood pressure, and the ground was frozen.')).toBe(false);
    expect(HYPE_TERMS.test('This is not a miracle cure.')).toBe(true);
  });
});
