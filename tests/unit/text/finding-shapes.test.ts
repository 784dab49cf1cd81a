import { describe, expect, it } from 'vitest';
import { analyseClaim } from '../../../lib/text/claim-analysis';
import { findEffects } from '../../../lib/text/effect-figures';
import { FINDING_SHAPES, findingShape, type ShapeContext } from '../../../lib/text/finding-shapes';
import { hasFiniteVerb } from '../../../lib/text/finite-verb';
import { continuesCase } from '../../../lib/text/study-context';

const afterStudy: ShapeContext = { inStudy: true, inParagraphStudy: true };
const noStudy: ShapeContext = { inStudy: false };

/**
 * Each shape: the sentence that needs it, and a faithful twin from another field of medicine (or
 * off health) that must stay quiet in the same context.
 */
const CASES: Record<string, { finding: string; twin: string; context: ShapeContext }> = {
  'study-method': {
    finding: 'A regression discontinuity design was applied to the sharp change in vaccination rate at age 65 years.',
    twin: 'Visits were limited to two relatives per patient on the cardiology ward.',
    context: { inStudy: true, inParagraphStudy: false },
  },
  'study-measure': {
    finding: 'Another was a measure of pain sensitivity, called the Roman chair.',
    twin: 'Another was a ward of the old hospital, closed in 1990.',
    context: afterStudy,
  },
  'participants-act': {
    finding: 'In it, participants brace themselves against a wall until their leg muscles burn.',
    twin: 'Participants should bring water and a towel to the physiotherapy class.',
    context: afterStudy,
  },
  'subgroup-change': {
    finding: 'But among participants aged 18 to 25, the rates of cannabis use disorder didn’t change.',
    twin: 'Among students aged 18 to 25, the timetable did not change.',
    context: noStudy,
  },
  'change-by-figure': {
    finding: 'This model may overestimate a woman’s metabolic rate by up to 35 percent.',
    // Off health: a fare rise is no finding.
    twin: 'Train fares may go up by up to 35 percent next year.',
    context: noStudy,
  },
  'change-by-fraction': {
    finding: 'Among women over 50, the screening cut deaths from breast cancer by a fifth.',
    twin: 'The council cut the bus fare by a third.',
    context: noStudy,
  },
  'one-in-n': {
    finding: 'Nearly one in five veterans screened positive for depression.',
    twin: 'One in five commuters cycles to work.',
    context: noStudy,
  },
  'treatment-enabled': {
    finding: 'A new skin patch allowed people with peanut allergies to eat tiny amounts of peanuts.',
    twin: 'The clinic’s new evening hours allowed patients with day jobs to visit after work.',
    context: noStudy,
  },
  'against-belief': {
    finding: 'Current vaccination strategies may be less effective than believed at reducing serious morbidity.',
    // Off health: a walk harder than expected is no finding.
    twin: 'The walk up the hill was harder than expected.',
    context: noStudy,
  },
  'finding-put-to-us': {
    finding: 'Watching a tragedy causes us to think about our own close relationships.',
    twin: 'Watching a tragedy causes us to think about our own close relationships.',
    context: afterStudy,
  },
};

describe('finding shapes', () => {
  it('has a case and a twin for every shape', () => {
    expect(Object.keys(CASES).sort()).toEqual(FINDING_SHAPES.map(({ family }) => family).sort());
  });

  it.each(Object.entries(CASES))('%s: reads the finding in its context', (family, { finding, context }) => {
    expect(findingShape(finding, context)).toBe(family);
    expect(analyseClaim(finding, { ...context }).isClaim).toBe(true);
  });

  it.each(Object.entries(CASES).filter(([family]) => family !== 'finding-put-to-us'))(
    '%s: the twin stays quiet',
    (_, { twin, context }) => {
      expect(findingShape(twin, context)).toBeNull();
      expect(analyseClaim(twin, { ...context }).isClaim).toBe(false);
    },
  );

  it('finding-put-to-us: the same sentence is no finding without a study in its paragraph', () => {
    const sentence = CASES['finding-put-to-us']!.finding;
    expect(findingShape(sentence, { inStudy: true, inParagraphStudy: false })).toBeNull();
    expect(findingShape('Cold weather makes us reach for a warm coat.', noStudy)).toBeNull();
  });

  it('study-method and participants-act need a study reported before', () => {
    expect(findingShape(CASES['study-method']!.finding, noStudy)).toBeNull();
    expect(findingShape(CASES['participants-act']!.finding, noStudy)).toBeNull();
  });

  it('reads a share as "by N% of" as no change', () => {
    expect(findingShape('English is spoken by 96.1% of the population.', { inStudy: true, inParagraphStudy: true })).toBeNull();
  });
});

describe('a subject pronoun’s verb is finite', () => {
  it.each(['Here, we perform comprehensive characterization of fragmentation patterns in urine cfDNA.', 'We then sequence the samples.'])(
    '“%s”',
    (sentence) => expect(hasFiniteVerb(sentence)).toBe(true),
  );

  it.each(['Phase I trial of a new vaccine', 'Results in older adults'])('no verb in “%s”', (sentence) =>
    expect(hasFiniteVerb(sentence)).toBe(false),
  );
});

describe('a case report’s course', () => {
  it.each([
    'And within days, he began to improve.',
    'Fortunately, doctors caught his condition early enough to reverse the inflammation.',
    'Also, oxygen and carbon dioxide weren’t moving as well between his lungs and his blood vessels.',
    // Twin in another field: dermatology.
    'Within two weeks, she recovered fully.',
  ])('continues the story: “%s”', (sentence) => expect(continuesCase(sentence)).toBe(true));

  it.each(['Within days, he began to sing again.', 'She wasn’t at home that week.'])('is no course of illness: “%s”', (sentence) =>
    expect(continuesCase(sentence)).toBe(false),
  );
});

describe('an over- or underestimate by a percentage is relative', () => {
  it.each([
    ['This model may overestimate a woman’s metabolic rate by up to 35 percent.', true],
    ['The scale underestimated body fat by 4 percent.', true],
  ])('%s', (sentence, relative) => expect(findEffects(sentence)[0]?.relative).toBe(relative));
});
