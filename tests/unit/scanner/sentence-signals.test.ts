import { describe, expect, it } from 'vitest';
import { NO_SIGNALS, type PageSignals } from '../../../lib/evidence/page-checklist';
import { noteSentenceSignals } from '../../../lib/pipeline/sentence-signals';
import { isLabelText } from '../../../lib/text/label-text';

function signalsOf(...sentences: string[]): PageSignals {
  const signals: PageSignals = { ...NO_SIGNALS, sensational: [] };
  for (const sentence of sentences) noteSentenceSignals(sentence, signals, true);
  return signals;
}

describe('labels are not sentences', () => {
  it.each(['Drug Interaction Checker', 'Health Solutions From Our Sponsors', 'Sponsored Links', 'Side Effects of Statins'])(
    '“%s” is a label',
    (text) => expect(isLabelText(text)).toBe(true),
  );
  it.each(['Common side effects include nausea and headache', 'Side effects were rare.', 'Costs: $30 a month.'])('“%s” is prose', (text) =>
    expect(isLabelText(text)).toBe(false),
  );
});

describe('checklist signals of the article’s sentences', () => {
  it('takes no menu item for a mention of harms, but a short sentence about them', () => {
    expect(signalsOf('Drug Interaction Checker').harms).toBeNull();
    expect(signalsOf('Side effects were rare.').harms).toContain('Side effects');
  });

  it('takes "instead of" for an alternative only when a treatment follows', () => {
    expect(signalsOf('Some surgeons now offer physiotherapy instead of an operation for torn menisci.').alternatives).toContain(
      'instead of',
    );
    expect(signalsOf('Patients could switch to an inhaler instead of taking prednisolone tablets.').alternatives).toContain('instead of');
    expect(signalsOf('Patients will have to pay for the wigs themselves instead of using insurance.').alternatives).toBeNull();
    expect(signalsOf('Walk a few extra blocks, or take the stairs instead of the elevator.').alternatives).toBeNull();
  });

  it('takes a news dateline for the date, not a date that opens a sentence', () => {
    expect(signalsOf('Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise.').date).toContain('Feb. 23, 2015');
    expect(signalsOf('LONDON, March 3, 2019 — Hospitals ran short of beds.').date).toContain('March 3, 2019');
    expect(signalsOf('Feb. 23, 2015 was the day the new ward opened in the town.').date).toBeNull();
  });

  it('notes hype in any sentence of the article, but not a doubted or negated word', () => {
    expect(signalsOf('Researchers hail the gene therapy as a breakthrough for sickle cell disease.').sensational).toHaveLength(1);
    expect(signalsOf('This is not a miracle cure, the researchers stressed.').sensational).toEqual([]);
    expect(signalsOf('The new drug is far from a breakthrough for migraine.').sensational).toEqual([]);
    expect(signalsOf('Peanut allergies rose, with little hope for a cure.').sensational).toEqual([]);
  });

  it('notes hype only where the sentence speaks of health or research, not of a product', () => {
    expect(signalsOf('The laptop packs cutting-edge AI into a thin case.').sensational).toEqual([]);
    expect(signalsOf('A cutting-edge trial of gene therapy for sickle cell disease.').sensational).toHaveLength(1);
  });
});
