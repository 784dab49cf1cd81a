import { describe, expect, it } from 'vitest';
import { clauseBefore, contentWords, speaksOfStudy, studySubjectText } from '../../../lib/evidence/nearby-subject';

/** A sentence near a claim, the wording a check reads in it, the claim and title, and whether it speaks of that study. */
const cases: Array<[field: string, sentence: string, cue: string, study: string, speaks: boolean]> = [
  ['geriatrics', 'The message is clear: hearing aids prevent dementia.', 'prevent', 'those who wore hearing aids had no extra risk', true],
  ['pulmonology', 'Smoking causes most cases of lung cancer.', 'causes', 'children near major roads had lower lung function', false],
  ['gastroenterology', 'Best of all, the procedure is completely safe.', 'completely safe', 'donor stool transplant trial', true],
  ['rheumatology', 'Unlike painkillers, turmeric has no side effects.', 'no side effects', 'a turmeric extract eased knee pain', true],
  ['neurology', 'Keep a pack of magnesium tablets handy.', 'tablets', 'Intravenous magnesium sulfate versus metoclopramide', true],
  ['dermatology', 'Steroid injections into a single cyst are another option.', 'injections', 'Low-dose oral isotretinoin for acne', false],
  ['pulmonology', 'Traffic fumes are thought to damage growing lungs.', 'damage', 'Traffic fumes and lung growth', false],
  ['cardiology', 'Olive oil is credited with protecting the heart.', 'protecting', 'olive oil and heart attacks', false],
  // The disease of the people studied is no word of what the study tested.
  [
    'hepatology',
    'Around the world, chronic hepatitis B infection is one of the leading causes of liver cancer.',
    'causes',
    studySubjectText(
      'Scientists have wondered whether aspirin might play a part.',
      'Aspirin use and liver cancer in chronic hepatitis B: a cohort study',
    ),
    false,
  ],
  [
    'endocrinology',
    'Statins protect the heart, the authors say.',
    'protect',
    studySubjectText(
      'In 9,000 adults with type 2 diabetes, statin users had fewer heart attacks.',
      'Statin use and heart attacks in type 2 diabetes',
    ),
    true,
  ],
  [
    'rheumatology',
    'Unlike painkillers, turmeric has no side effects.',
    'no side effects',
    studySubjectText(
      'A trial of 700 people with knee osteoarthritis found that a turmeric extract eased pain.',
      'Curcuma longa extract for knee osteoarthritis',
    ),
    true,
  ],
  [
    'pulmonology',
    'Asthma is caused by inflamed airways.',
    'caused',
    studySubjectText('In 400 adults with asthma, the inhaler cut attacks by half.', 'A new inhaler in adults with asthma'),
    false,
  ],
];

describe('whether a sentence near a claim speaks of its study', () => {
  it.each(cases)('%s: “%s” at “%s”', (_field, sentence, cue, study, speaks) => {
    expect(speaksOfStudy(sentence, sentence.indexOf(cue), study)).toBe(speaks);
  });

  it('reads the clause before the wording, not the whole sentence', () => {
    expect(clauseBefore('Unlike painkillers, turmeric has no side effects.', 36)).toBe(' turmeric has no ');
    expect(clauseBefore('No side effects were seen.', 0)).toBe('');
  });

  it('keeps content words without plural or possessive endings, and drops generic ones', () => {
    expect([...contentWords("Patients' tablets of magnesium in the trial")]).toEqual(['tablet', 'magnesium']);
  });
});
