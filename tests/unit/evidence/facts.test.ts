import { BLOOD_MARKER_SUBGROUP } from '../../../lib/evidence/fact-words';
import { describe, expect, it } from 'vitest';
import { abstractSections } from '../../../lib/evidence/abstract-sections';
import { checkClaims, type CheckedSource } from '../../../lib/evidence/claim-checks';
import { armCountsOf, isSumOfArms } from '../../../lib/evidence/arm-counts';
import { subgroupBenefitOf } from '../../../lib/evidence/subgroup-benefit';
import { unassessedOutcomes } from '../../../lib/evidence/unassessed-outcome';
import { dosesIn } from '../../../lib/evidence/doses';
import {
  ABSOLUTE_SAFETY,
  OBSERVED_SAFETY,
  ANIMAL_WORDS,
  BARE_CELLS,
  CELL_WORDS,
  CONFIRMED_BENEFIT,
  GAIN_ON_PAGE,
  MARKER_SUBGROUP,
  PEOPLE_WORDS,
  NEITHER_NOR_DENIAL,
  ROUTE_WORDS,
  SLOWER_DECLINE,
} from '../../../lib/evidence/fact-words';
import { PRODUCT_FORM } from '../../../lib/evidence/checks/intervention-mismatch';
import { figureKind } from '../../../lib/evidence/figure-kind';
import { frequenciesIn } from '../../../lib/evidence/frequencies';
import { STRENGTH_AFTER, figureForAnotherOutcome } from '../../../lib/evidence/figure-outcome';
import { outcomeName } from '../../../lib/evidence/outcome-synonyms';
import { countOf } from '../../../lib/text/numbers';
import { durationOf, participantsOf, primaryEndpointOf } from '../../../lib/evidence/source-facts';
import { matchClaimsToSources } from '../../../lib/evidence/source-match';
import { assessSource } from '../../../lib/evidence/source-notes';
import { emptyRecord } from '../../../lib/shared/source-record';
import { checkedClaim } from '../../helpers/checked-claim';

const route = (text: string) => ROUTE_WORDS.filter(([, pattern]) => pattern.test(text)).map(([r]) => r);

describe('word lists (named data)', () => {
  it.each([
    [PEOPLE_WORDS, 'Curcumin reverses memory loss in people with Alzheimer disease.', true],
    [PEOPLE_WORDS, 'Niacinamide protected human keratinocytes from UV damage.', false],
    [PEOPLE_WORDS, 'Mice bred to develop ALS lived longer.', false],
    [ANIMAL_WORDS, 'In mice with a model of Parkinson disease, the drug protected neurons.', true],
    [ANIMAL_WORDS, 'Patients with Parkinson disease took the drug.', false],
    [CELL_WORDS, 'In human cells grown in the lab, the additive loosened the lining.', true],
    [CELL_WORDS, 'This vitamin plays important roles in nerve cell function.', false],
    [CELL_WORDS, 'In a study of 60 older adults, the pill cleared these cells and improved fitness.', false],
    [BARE_CELLS, 'The compound killed leukaemia cells.', true],
    [CELL_WORDS, 'The compound killed leukaemia cells taken from the blood of 12 patients.', true],
    // Cells from donors, grown on: a laboratory study of their cells, not of the donors (a Huntington's page).
    [CELL_WORDS, 'They used stem cells from six people with HD and grew them into nerve cells.', true],
    [CELL_WORDS, 'Skin cells from 20 patients with the blistering disease healed faster with the gel.', true],
    [CELL_WORDS, 'Stem cell transplants from donors cured 9 of 12 children with the anaemia.', false],
    [GAIN_ON_PAGE, 'Those taking it retained over 40% more functional abilities.', true],
    [GAIN_ON_PAGE, 'Blood pressure fell by 6.7 mm Hg.', false],
    [SLOWER_DECLINE, 'The drug was efficacious in slowing functional decline.', true],
    [SLOWER_DECLINE, 'HbA1c declined by 1.1 percentage points.', false],
    [ABSOLUTE_SAFETY, 'The procedure is completely safe, with no side effects.', true],
    [ABSOLUTE_SAFETY, 'Side effects were similar in both groups.', false],
    // "Not harmless" denies safety (a diverticulitis investigator on antibiotics); "harmless" claims it.
    [ABSOLUTE_SAFETY, 'Antibiotics are not harmless: they cause side effects and drive resistance.', false],
    [ABSOLUTE_SAFETY, 'The makers say the cream is harmless for children.', true],
    [OBSERVED_SAFETY, 'No serious side effects were seen in either group.', true],
    [OBSERVED_SAFETY, 'The patch is safe and has no side effects.', false],
    [CONFIRMED_BENEFIT, 'The trial proved that omega-3 protects the heart.', true],
    [CONFIRMED_BENEFIT, 'The results were consistent with an earlier trial.', false],
    // "The findings confirm that …" states the benefit as settled; "needed to confirm" asks for it (a stroke-rehabilitation page).
    [CONFIRMED_BENEFIT, 'The findings confirm that robotic training helps people walk after a stroke.', true],
    [CONFIRMED_BENEFIT, 'Larger trials are needed to confirm the benefit of the inhaler in COPD.', false],
    [CONFIRMED_BENEFIT, 'A second trial is planned to prove the vaccine protects older adults.', false],
    [MARKER_SUBGROUP, 'Maintenance olaparib in patients with ovarian cancer and a BRCA mutation', true],
    [MARKER_SUBGROUP, 'Maintenance olaparib in patients with newly diagnosed ovarian cancer', false],
    // A marker named a few words before "-positive" ("EGFR exon 20 insertion-positive").
    [MARKER_SUBGROUP, 'Zavortinib versus docetaxel in previously treated EGFR exon 20 insertion-positive lung cancer', true],
    [MARKER_SUBGROUP, 'Docetaxel in previously treated Stage IV lung cancer with a positive outlook', false],
    [NEITHER_NOR_DENIAL, 'Neither 2,000 units of vitamin D nor 1 g of omega-3 lowered blood pressure.', true],
    [NEITHER_NOR_DENIAL, 'Neither the app nor the booklet reduced depression scores over 12 weeks.', true],
    [NEITHER_NOR_DENIAL, 'Neither the patients nor the nurses knew who had the drug, but the drug cut pain by half.', false],
    [NEITHER_NOR_DENIAL, 'The drug cut pain, and neither nurses nor patients noticed more nausea.', false],
  ] as const)('%s on “%s” → %s', (pattern, text, expected) => {
    expect(pattern.test(text)).toBe(expected);
  });

  it('reads routes, and no route from "ice cream" or a diet', () => {
    expect(route('Intramuscular injection of methylcobalamin, 50 mg')).toEqual(['injected']);
    expect(route('a once-a-week tirzepatide pill')).toEqual(['oral']);
    // A drip is an infusion (a lung-cancer page); news "drip-fed" to readers is not.
    expect(route('given through a drip in hospital every three weeks')).toEqual(['injected']);
    expect(route('results drip-fed to the press over a year')).toEqual([]);
    expect(route('Emulsifiers in ice cream and low-fat spreads')).toEqual([]);
    expect(route('a patch containing 250 microg of peanut protein')).toEqual(['topical']);
    expect(route('a 5% lidocaine patch worn for 12 hours')).toEqual(['topical']);
    // Patches of skin are lesions (vitiligo, alopecia, psoriasis), not a drug-delivering plaster.
    expect(route('restored colour to the facial patches of vitiligo')).toEqual([]);
    expect(route('hair regrew on bald patches on the scalp')).toEqual([]);
    expect(route('scaly patches of skin')).toEqual([]);
  });
});

describe('source facts', () => {
  it('reads head counts in words and in "a trial of N adults"', () => {
    expect(participantsOf(emptyRecord({ abstract: 'Design: Seventy-three adults with colitis were randomised to FMT.' }))?.value).toBe(73);
    const described =
      'Methods: 38 patients aged 12 to 35 years with severe sickle cell disease (at least 2 severe vaso-occlusive crises per year in the previous 2 years) received a single infusion.';
    expect(participantsOf(emptyRecord({ abstract: described }))?.value).toBe(38);
    expect(participantsOf(emptyRecord({ abstract: 'Design: Randomized clinical trial of 116 adults aged 18 to 64 years.' }))?.value).toBe(
      116,
    );
    // A "Participants:" section's count is the people studied, not a later subgroup (a sinus-surgery trial).
    const labelled = (count: string) =>
      `Design: Randomised trial. Participants: ${count} adults with chronic sinusitis. Results: Of 238 participants who underwent surgery, 9 had a complication.`;
    expect(participantsOf(emptyRecord({ abstract: labelled('502') }))?.value).toBe(502);
    // In another field: a labelled count comes first, the operated subgroup after (a hip-fracture trial).
    const hip =
      'Patients: 1,441 older adults with hip fracture at 24 centres. Interventions: Early surgery or usual care. Results: Of 600 patients who underwent surgery within 6 hours, 40 died.';
    expect(participantsOf(emptyRecord({ abstract: hip }))?.value).toBe(1441);
    // After a screened count, the randomised count without its noun is the study's (a neuropathic-pain trial).
    expect(
      participantsOf(emptyRecord({ abstract: 'Results: Of 568 patients screened, 282 were randomized (141 per group) and 259 completed.' }))
        ?.value,
    ).toBe(282);
    expect(participantsOf(emptyRecord({ abstract: 'Results: Of 90 children screened, the trial enrolled most.' }))).toBeNull();
    expect(
      participantsOf(
        emptyRecord({
          abstract:
            'Methods: 164 patients with cluster headache in an active bout were screened, and 118 were randomly assigned to prednisone.',
        }),
      )?.value,
    ).toBe(118);
    // A label without a count leaves the sentence rules to find it.
    expect(
      participantsOf(emptyRecord({ abstract: 'Participants: Adults with gout. Methods: We randomly assigned 310 adults to the pill.' }))
        ?.value,
    ).toBe(310);
    // A single-arm study's people "followed" its programme: they are its head count.
    expect(
      participantsOf(
        emptyRecord({ abstract: 'Methods: In this pilot study, 48 patients with kidney disease followed a low-protein diet.' }),
      )?.value,
    ).toBe(48);
    expect(participantsOf(emptyRecord({ abstract: 'Methods: Patients followed a low-protein diet for 12 months.' }))).toBeNull();
    // Decimals of inclusion criteria end no sentence; a sentence's end still parts a count from another sentence's verb.
    expect(
      participantsOf(
        emptyRecord({ abstract: 'Methods: 386 children aged 6 to 12 years with myopia of -1.00 to -6.00 D were randomly assigned.' }),
      )?.value,
    ).toBe(386);
    expect(
      participantsOf(
        emptyRecord({ abstract: 'Methods: 412 adults with an HbA1c of 7.5% to 10.5% were randomised to the pill or placebo.' }),
      )?.value,
    ).toBe(412);
    expect(
      participantsOf(emptyRecord({ abstract: 'Background: 900 adults with gout in the region. Those with flares were enrolled.' })),
    ).toBeNull();
    expect(countOf('Seventy-three')).toBe(73);
    expect(countOf('1,902')).toBe(1902);
  });

  it('never reads an age range as a follow-up', () => {
    const record = emptyRecord({ abstract: 'Methods: Children 1 to 3 years of age were assigned to a patch for 12 months.' });
    expect(durationOf(record)?.value).toBeCloseTo(52.2);
    expect(durationOf(emptyRecord({ abstract: 'We included adults aged 40 to 65 years.' }))).toBeNull();
    expect(durationOf(emptyRecord({ abstract: 'In this 52-week, randomized trial, we assigned 8,588 patients.' }))?.value).toBe(52);
  });

  it('reads a time point in weeks as the follow-up, but not a stage of pregnancy or an age', () => {
    const trigger = 'The primary outcome was resolution of triggering at 24 weeks. Results: At 24 weeks, triggering had resolved in 90.5%.';
    expect(durationOf(emptyRecord({ abstract: trigger }))?.value).toBe(24);
    expect(durationOf(emptyRecord({ abstract: 'Anaemia at 36 weeks’ gestation occurred in 17.9%.' }))).toBeNull();
    expect(durationOf(emptyRecord({ abstract: 'Exposure was associated with lower lung function at 18 years.' }))).toBeNull();
    expect(durationOf(emptyRecord({ abstract: 'Median follow-up was 3.0 years. Results: …' }))?.value).toBeCloseTo(156);
    expect(durationOf(emptyRecord({ abstract: 'The mean follow-up time was 18 months.' }))?.value).toBeCloseTo(78.3);
    expect(durationOf(emptyRecord({ abstract: 'Athletes were followed for 30 days after the injury.' }))?.value).toBeCloseTo(4.29);
    expect(durationOf(emptyRecord({ abstract: 'Adults diagnosed within 6 days of rash onset took the tablet.' }))).toBeNull();
    expect(durationOf(emptyRecord({ abstract: 'Patients took the drug for 3 days.' }))).toBeNull();
    expect(durationOf(emptyRecord({ abstract: 'At week 12, placebo patients switched, and all were followed to week 52.' }))?.value).toBe(
      52,
    );
    expect(durationOf(emptyRecord({ abstract: 'The primary endpoint was PASI 75 at week 16.' }))?.value).toBe(16);
    expect(durationOf(emptyRecord({ abstract: 'Results: Twelve-month follow-up was completed by 497 patients.' }))?.value).toBeCloseTo(
      52.2,
    );
    expect(durationOf(emptyRecord({ abstract: 'Three-month-old infants were enrolled in the trial.' }))).toBeNull();
  });

  it('reads a missed primary endpoint from its Results sentence, and a met one from a significant difference', () => {
    const omega = emptyRecord({
      abstract:
        'Methods: The primary end point was a composite. Results: The primary end point occurred in 12.0% vs 12.2% (hazard ratio, 0.99; P = .84).',
    });
    expect(primaryEndpointOf(omega).value).toBe('not-met');
    const fasting = emptyRecord({
      abstract:
        'Methods: The primary outcome was weight change. Results: Weight fell by 0.94 and 0.68 kg; the difference was not significant (P = .63).',
    });
    expect(primaryEndpointOf(fasting).value).toBe('not-met');
    const salt = emptyRecord({
      abstract: 'Methods: The primary end point was blood pressure. Results: It fell by 6.7 mm Hg more (difference, 6.7; P < .001).',
    });
    expect(primaryEndpointOf(salt).value).toBe('met');
    const statin = emptyRecord({
      abstract:
        'Methods: The primary end point was a composite of cardiovascular events. Results: The incidence of a primary end-point event was significantly lower with the drug than with placebo (11.7% vs 13.3%; hazard ratio, 0.87; P=0.004).',
    });
    expect(primaryEndpointOf(statin).value).toBe('met');
  });

  // A bronchiectasis trial in an American Thoracic Society journal: its results are labelled "Measurements and Main Results".
  it('reads "Measurements and Main Results" as results, and "did not significantly reduce" as a missed endpoint', () => {
    const inhaled = emptyRecord({
      abstract:
        'Methods: The primary outcome was the annual rate of exacerbations. Measurements and Main Results: The rate was 0.82 and 0.95 (rate ratio 0.86; 95% CI 0.69 to 1.07). Conclusions: Inhaled colistimethate did not significantly reduce the rate of exacerbations.',
    });
    expect(primaryEndpointOf(inhaled).value).toBe('not-met');
    expect(abstractSections(inhaled.abstract).map((s) => s.kind)).toEqual(['methods', 'results', 'conclusions']);
    // In another field, the same labels with a significant result stay met (a heart-failure trial).
    const met = emptyRecord({
      abstract:
        'Methods: The primary outcome was hospital admission for heart failure. Measurements and Main Results: Admissions fell by 21% (hazard ratio 0.79; P = 0.002). Conclusions: The drug significantly reduced admissions.',
    });
    expect(primaryEndpointOf(met).value).toBe('met');
  });

  it('splits a structured abstract by its labels and an unlabelled one by what each sentence does', () => {
    expect(
      abstractSections('Background: B12 is injected. Methods: 120 adults received oral B12. Results: Levels rose.').map((s) => s.kind),
    ).toEqual(['background', 'methods', 'results']);
    expect(abstractSections('We randomised 80 adults to zinc. Colds were shorter. Zinc shortens colds.').map((s) => s.kind)).toEqual([
      'methods',
      'results',
      'conclusions',
    ]);
  });

  it('reads dose lists with their shared unit, and no lab value as a dose', () => {
    expect(dosesIn('a dose of 200 or 300 mg every 2 weeks').map((d) => d.amount)).toEqual([200, 300]);
    expect(dosesIn('1 g daily')[0]).toMatchObject({ amount: 1000, unit: 'mg' });
    expect(dosesIn('LDL cholesterol above 130 mg/dL')).toEqual([]);
    // A daily dose written "mg/day" is a dose (a gout trial's allopurinol); a blood level "mg/dL" is none.
    expect(dosesIn('despite at least 300 mg/day of allopurinol').map((d) => d.amount)).toEqual([300]);
    expect(dosesIn('serum urate below 6.0 mg/dL at month 6')).toEqual([]);
    // A dose by body weight is a dose in its own unit (a croup trial's 0.15 mg/kg); a concentration per litre is none.
    expect(dosesIn('dexamethasone 0.15 mg/kg by mouth')[0]).toMatchObject({ amount: 0.15, unit: 'mg/kg' });
    expect(dosesIn('ketamine 500 micrograms per kg')[0]).toMatchObject({ amount: 0.5, unit: 'mg/kg' });
    expect(dosesIn('CRP above 2 mg per litre')).toEqual([]);
  });

  it('reads a thousands separator as part of the amount, and a comma and space as a list', () => {
    expect(dosesIn('cholecalciferol 2,000 IU daily').map((d) => d.amount)).toEqual([2000]);
    expect(dosesIn('metformin 1,500 mg or 2,000 mg a day').map((d) => d.amount)).toEqual([1500, 2000]);
    expect(dosesIn('doses of 5, 10 or 15 mg').map((d) => d.amount)).toEqual([5, 10, 15]);
  });
});

describe('figureForAnotherOutcome', () => {
  const rsv =
    'Vaccine efficacy was 94.1% (95% CI, 62.4 to 99.9) against severe RSV-related lower respiratory tract disease and 71.7% (95% CI, 56.2 to 82.3) against RSV-related acute respiratory infection.';
  it('finds a figure the source gives for another outcome', () => {
    expect(figureForAnotherOutcome('The vaccine prevented 94% of RSV infections.', '94%', 94, rsv)).not.toBeNull();
  });
  it('accepts the figure with its own outcome, and a list sharing one subject', () => {
    expect(figureForAnotherOutcome('The vaccine prevented 94% of severe lower respiratory tract disease.', '94%', 94, rsv)).toBeNull();
    const weight = 'The mean change in weight was -15.0% with 5 mg, -19.5% with 10 mg and -20.9% with 15 mg.';
    expect(figureForAnotherOutcome('People lost 20.9% of their body weight.', '20.9%', 20.9, weight)).toBeNull();
  });
  // Lay words name the source's outcomes ("dying" is "mortality"), and the figure's own clause says what it measures.
  const bleed =
    'Surgery reduced haematoma volume by a median of 84% at 24 hours. Mortality at 180 days was 19.9% and 24.4% (P=0.34), and rebleeding occurred in 3.2%.';
  it('finds a clot’s shrinkage given as the fall in dying (neurosurgery)', () => {
    const page = 'The procedure removed most of the clot and cut the risk of dying by 84%.';
    expect(figureForAnotherOutcome(page, 'by 84%', 84, bleed)).not.toBeNull();
    expect(figureForAnotherOutcome('The procedure shrank the clot by 84%.', 'by 84%', 84, bleed)).toBeNull();
  });
  it('gives the words after a pair of figures to both (urology)', () => {
    const stopped = 'Headache was more common with the drug; 2.8% and 1.2% of men discontinued because of adverse events.';
    const page = 'Headaches were more common with the drug, and 2.8% of men stopped taking it because of adverse events.';
    expect(figureForAnotherOutcome(page, '2.8%', 2.8, stopped)).toBeNull();
  });
  // A product's strength is no result: a page naming the drug beside its side-effect rate (a dry-eye trial).
  const drops =
    'Adults were assigned to tavilostat 0.25% ophthalmic solution or vehicle. Instillation-site pain occurred in 6.2% and 2.5% of participants. Tavilostat 0.25% twice daily improved staining.';
  it('reads no drug strength as a result (ophthalmology)', () => {
    const page = 'Stinging or pain was the most common side effect, reported by 6.2% of people using tavilostat.';
    expect(figureForAnotherOutcome(page, '6.2%', 6.2, drops)).toBeNull();
  });
  const cream =
    'Patients applied ruxolitinib 1.5% cream twice daily. Clear or almost clear skin was reached by 53.8% and 15.1%. Itch improved by 4 points in 52.2% and 15.4%.';
  it('still finds a result given for another outcome beside a cream’s strength (dermatology)', () => {
    const page = 'With the 1.5% cream, clear or almost clear skin was reached by 52.2% of patients.';
    expect(figureForAnotherOutcome(page, '52.2%', 52.2, cream)).not.toBeNull();
  });
  it.each([
    [' ophthalmic solution or vehicle', true],
    [' cream twice daily', true],
    [' twice daily improved staining', true],
    [' of participants', false],
    [' and 2.5% of those on placebo', false],
  ])('STRENGTH_AFTER: “…0.25%%%s” → %s', (after, strength) => expect(STRENGTH_AFTER.test(after)).toBe(strength));
  it('reads no words of the next clause as the figure’s (infectious disease)', () => {
    const safety = 'The injection led to discontinuation in 0.3%. Serious adverse events occurred in 2.8% and 3.1%.';
    const page = 'Only 0.3% stopped because of it, and serious side effects were about equally common in the two groups (2.8% and 3.1%).';
    expect(figureForAnotherOutcome(page, '0.3%', 0.3, safety)).toBeNull();
  });
});

describe('PRODUCT_FORM: words that name what a product is, not how it goes in', () => {
  it.each([
    ['gel', true],
    ['creams', true],
    ['patch', true],
    ['topical', false],
    ['applied to the skin', false],
    ['eye drops', false],
  ])('“%s” → %s', (word, form) => expect(PRODUCT_FORM.test(word)).toBe(form));
});

describe('outcome names', () => {
  it.each([
    ['dying', 'mortality'],
    ['deaths', 'mortality'],
    ['clot', 'haematoma'],
    ['fits', 'seizure'],
    ['pain', 'pain'],
  ])('“%s” → %s', (word, name) => expect(outcomeName(word)).toBe(name));
});

describe('frequenciesIn: doses a week', () => {
  it.each([
    ['75 mg twice daily', 14],
    ['a twice-daily tablet', 14],
    ['three times a week', 3],
    ['once a month', 12 / 52],
    ['every 2 months', 6 / 52],
    ['injections every other month', 6 / 52],
    ['every other day', 3.5],
    ['60 mg on alternate days', 3.5],
    ['alternate-day dosing', 3.5],
    ['an infusion on alternate weeks', 0.5],
    ['daily oral antioxidants', 7],
    ['five drops a day', 7],
  ] as const)('“%s” → %f', (text, perWeek) => {
    expect(frequenciesIn(text).map((f) => f.perWeek)[0]).toBeCloseTo(perWeek);
  });

  it('reads no schedule from a rate of something else ("190 minutes a day")', () => {
    expect(frequenciesIn('babies on the probiotic cried for 190 minutes a day')).toEqual([]);
  });
});

describe('figureKind: what a percentage measures', () => {
  it.each([
    ['HbA1c below 7.0% was reached by 30% of participants with dorzagliatin.', '30%', 'share of people'],
    ['The primary outcome was achieved in 11 of 38 patients (29%) allocated FMT.', '29%', 'share of people'],
    ['The tablet cut blood sugar levels by 30% in a 24-week trial.', '30%', 'change'],
    ['Injury rates were 0.35 and 0.72, a 51% lower rate. Median time lost did not differ.', '51%', 'change'],
    ['Players returned to the pitch 51% faster after a hamstring injury.', '51%', 'time'],
    ['Vaccine efficacy was 94.1% against severe disease.', '94.1%', null],
  ] as const)('“%s” %s → %s', (text, figure, kind) => {
    expect(figureKind(text, text.indexOf(figure), figure.length)).toBe(kind);
  });
});

describe('matchClaimsToSources: no guessing which study a claim means', () => {
  const source = (surname: string, participants: number, id: string): CheckedSource => ({
    referenceIds: [id],
    record: emptyRecord({ authors: [`${surname} R`], journal: 'JAMA Neurology' }),
    design: 'rct',
    facts: {
      participants,
      durationWeeks: null,
      primaryEndpoint: 'unclear',
      primaryEndpointEvidence: '',
      conclusionStrength: null,
      conclusionEvidence: null,
    },
  });
  const oki = source('Oki', 130, 'ref-2');
  const kaji = source('Kaji', 373, 'ref-4');
  const uncited = (text: string) => checkedClaim({ text, citedBy: 'none', referenceIds: [] });

  it('compares an uncited claim with the one source it names, or the one a claim before it cites', () => {
    const targets = matchClaimsToSources(
      [uncited('Lead author Dr Ryosuke Oki said the drug was safe.'), uncited('But these results suggest supplements help.')],
      [oki, kaji],
    );
    expect(targets.map((t) => t.sources.map((s) => s.referenceIds[0]))).toEqual([['ref-2'], ['ref-2']]);
  });

  it('takes "the study" for the one source of a claim just before it, but not "the study of …", which names another', () => {
    const targets = matchClaimsToSources(
      [
        checkedClaim({ text: 'A trial of 130 people found it slowed ALS.', referenceIds: ['ref-2'] }),
        uncited('The study shows it is safe.'),
      ],
      [oki, kaji],
    );
    expect(targets[1]!.sources.map((s) => s.referenceIds[0])).toEqual(['ref-2']);
    const other = matchClaimsToSources(
      [
        checkedClaim({ text: 'A trial of 130 people found it slowed ALS.', referenceIds: ['ref-2'] }),
        uncited('The study of 2,000 mothers shows it is safe.'),
      ],
      [oki, kaji],
    );
    expect(other[1]!.sources).toEqual([]);
  });

  // A pulmonary-embolism leaflet: "those sent home" are the cited trial's arm, "In other words" restates it.
  it('takes a study arm ("those sent home") or a restatement ("In other words") for the one source just before it', () => {
    const before = checkedClaim({
      text: 'A randomised trial of 130 adults with a low-risk clot was run at 19 hospitals.',
      referenceIds: ['ref-2'],
    });
    const back = matchClaimsToSources(
      [
        before,
        uncited('Over three months, 2.8% of those sent home had a new clot, against 3.4% of those kept in hospital.'),
        uncited('In other words, home treatment is completely safe.'),
      ],
      [oki, kaji],
    );
    expect(back.map((t) => t.sources.map((s) => s.referenceIds[0]))).toEqual([['ref-2'], ['ref-2'], ['ref-2']]);
    // In another field, a population's share with no arm, and a sentence that opens a study of its own, point back to none.
    const none = matchClaimsToSources(
      [
        before,
        uncited('About 40% of those over 65 in Britain take five or more medicines.'),
        uncited('In other words, a separate survey of 2,000 nurses found the same.'),
      ],
      [oki, kaji],
    );
    expect(none.slice(1).map((t) => t.sources)).toEqual([[], []]);
  });

  // An insomnia page: "it" after the cited trial is its capsule; "it is not known" points at nothing.
  it('takes a sentence whose subject is "it" for the one source just before it, but not "it is not known …"', () => {
    const before = checkedClaim({ text: 'In a trial, 312 adults took a lavender capsule or a placebo.', referenceIds: ['ref-2'] });
    const back = matchClaimsToSources(
      [before, uncited('And unlike sleeping pills, it is completely safe, with no side effects.')],
      [oki, kaji],
    );
    expect(back[1]!.sources.map((s) => s.referenceIds[0])).toEqual(['ref-2']);
    const none = matchClaimsToSources([before, uncited('It is not known how many people take melatonin every night.')], [oki, kaji]);
    expect(none[1]!.sources).toEqual([]);
  });

  // An anaesthesia page goes on about its trial in the next paragraph: "in both groups" speaks of its arms.
  it('takes "in both groups" for the arms of the one source of a claim just before it, unless the sentence brings in a study of its own', () => {
    const before = checkedClaim({ text: 'A trial of 130 people found the drip cut delirium.', referenceIds: ['ref-2'] });
    const back = matchClaimsToSources([before, uncited('Patients stayed in hospital for a similar time in both groups.')], [oki, kaji]);
    expect(back[1]!.sources.map((s) => s.referenceIds[0])).toEqual(['ref-2']);
    // A nursing survey of its own, in the next sentence.
    const own = matchClaimsToSources(
      [before, uncited('In a separate survey of 2,000 nurses, burnout was similar in both groups.')],
      [oki, kaji],
    );
    expect(own[1]!.sources).toEqual([]);
  });

  it('names a source by the year the page gives the study, or by its journal written as a name', () => {
    const dated = (year: number, journal: string, id: string): CheckedSource => ({
      ...oki,
      referenceIds: [id],
      record: emptyRecord({ year, journal }),
    });
    const sources = [dated(2021, 'Lancet (London, England)', 'ref-1'), dated(2019, 'Science (New York, N.Y.)', 'ref-2')];
    const cited = (text: string) => matchClaimsToSources([uncited(text)], sources)[0]!.sources.map((s) => s.referenceIds[0]);
    expect(cited('A 2021 study found that yoga eased back pain.')).toEqual(['ref-1']);
    expect(cited('A 2017 study found that yoga eased back pain.')).toEqual([]);
    expect(cited('Writing in The Lancet, the team said yoga eased back pain.')).toEqual(['ref-1']);
    expect(cited('Yoga eased back pain, and the science of why is still unclear.')).toEqual([]);
  });

  it('chooses none when the claim names nothing, or more than one source could fit', () => {
    expect(matchClaimsToSources([uncited('Vitamin B12 is good for nerves.')], [oki, kaji])[0]!.sources).toEqual([]);
    const both = source('Oki', 373, 'ref-4');
    expect(matchClaimsToSources([uncited('Oki and colleagues found it safe.')], [oki, both])[0]!.sources).toEqual([]);
  });
});

describe('number-not-in-source with the full text read', () => {
  const fullText = {
    pmcid: 'PMC1',
    readAt: '2026-01-01',
    methods: '',
    results: 'Pain fell by 38% at week 8.',
    conclusions: '',
    tables: '',
  };
  const source = (withFullText: boolean): CheckedSource => ({
    referenceIds: ['ref-1'],
    record: emptyRecord({ abstract: 'Results: Pain improved in 43% and 34% (P = .04).', fullText: withFullText ? fullText : null }),
    design: 'rct',
    facts: {
      participants: null,
      durationWeeks: null,
      primaryEndpoint: 'unclear',
      primaryEndpointEvidence: '',
      conclusionStrength: null,
      conclusionEvidence: null,
    },
  });
  const claim = (value: number) =>
    checkedClaim({ text: `Pain fell by ${value}%.`, effects: [{ text: `${value}%`, value, unit: '%', relative: true }] });
  const finding = (value: number, withFullText: boolean) =>
    checkClaims([claim(value)], [source(withFullText)]).find((c) => c.code === 'number-not-in-source');

  it('is information while only the abstract was read, a warning when the full text lacks the figure too', () => {
    expect(finding(62, false)?.severity).toBe('info');
    expect(finding(62, true)?.severity).toBe('warning');
  });

  it('finds a figure the full text states', () => {
    expect(finding(38, false)?.severity).toBe('info');
    expect(finding(38, true)).toBeUndefined();
  });
});

describe('exaggeration of a randomised result its authors word cautiously', () => {
  const source = (abstract: string, design: 'rct'): CheckedSource => {
    const record = emptyRecord({ abstract });
    return { referenceIds: ['ref-1'], record, design, facts: assessSource(record, design).facts };
  };
  const severity = (text: string, s: CheckedSource) =>
    checkClaims([checkedClaim({ text, strength: 3 })], [s]).find((c) => c.code === 'exaggeration')?.severity;
  const met =
    'Methods: The primary end point was major cardiovascular events. Results: The incidence of a primary end-point event was significantly lower with the drug than with placebo (11.7% vs 13.3%; hazard ratio, 0.87; P=0.004). Conclusions: Treatment was associated with a lower risk of cardiovascular events.';

  it('is information for a trial that met its primary endpoint (cardiology)', () => {
    expect(severity('The drug cut heart attacks.', source(met, 'rct'))).toBe('info');
  });

  it('stays a warning for a trial that missed its primary endpoint (sleep medicine)', () => {
    const missed =
      'Methods: The primary outcome was sleep onset. Results: Sleep onset did not differ (P = .41). The primary end point was not met. Conclusions: Magnesium was associated with better sleep.';
    expect(severity('Magnesium cures insomnia.', source(missed, 'rct'))).toBe('warning');
  });
});

describe('armCountsOf and isSumOfArms: the arms a page compares', () => {
  it('reads bracketed group sizes, not percentages or intervals', () => {
    expect(armCountsOf('ivermectin (679 patients), placebo (679) or another intervention (2,157); 14.7% (95% CI 0.70 to 1.16)')).toEqual([
      679, 679, 2157,
    ]);
    expect(armCountsOf('pooled donor faeces (n = 38) or autologous placebo (n = 35); 11 of 38 patients (29%)')).toEqual([38, 35]);
  });

  it('takes a sum of two or more arms, never one arm or a count no arms add up to', () => {
    const abstract = 'ivermectin (679 patients), placebo (679) or another intervention (2,157)';
    expect(isSumOfArms(1358, abstract)).toBe(true);
    expect(isSumOfArms(679, abstract)).toBe(false);
    expect(isSumOfArms(1500, abstract)).toBe(false);
    expect(isSumOfArms(70, 'no arms here (P = 0.03)')).toBe(false);
  });
});

describe('subgroupBenefitOf: a result stated for a subgroup only', () => {
  it('reads the subgroup and its telling words where the others got no benefit', () => {
    const found = subgroupBenefitOf(
      'Among patients with diabetes, the rate of stroke was 5% with the drug and 8% with placebo; no significant difference was seen in patients without diabetes.',
    );
    expect(found).toMatchObject({ restriction: 'diabetes', telling: ['diabetes'], figures: [5, 8] });
  });

  // An obstetric trial: the subgroup's sentence names its size, and only the overall P value says everyone else did not benefit.
  it('reads a subgroup named with its size where the overall result is null by its P value', () => {
    const found = subgroupBenefitOf(
      'Birth before 34 weeks occurred in 19.8% and 21.3% (relative risk 0.93; P=.52). Among the 212 women with a cervical length below 30 mm, birth before 34 weeks occurred in 24.5% and 39.0% (P for interaction=.04).',
    );
    expect(found).toMatchObject({ figures: [24.5, 39] });
    expect(found!.telling).toEqual(expect.arrayContaining(['cervical', 'length']));
  });

  // A falls trial names its subgroup as an analysis, and its figures come first after the comma.
  it('reads a subgroup named as an exploratory analysis, with its figures right after the comma', () => {
    const found = subgroupBenefitOf(
      'At least one fall occurred in 37.9% and 40.6% (risk ratio 0.93; P=.24). In an exploratory analysis of 412 participants who had fallen twice or more in the previous 12 months, 44.2% of the exercise group and 61.2% of the usual care group fell.',
    );
    expect(found).toMatchObject({ figures: [44.2, 61.2] });
    expect(found!.telling).toEqual(expect.arrayContaining(['fallen', 'twice']));
  });

  // Its twin in neurology: the overall result is significant, so a subgroup's figures are no subgroup-only benefit.
  it('reads nothing where the overall result is significant', () => {
    expect(
      subgroupBenefitOf('Disability fell in 30% and 20% (P=.01). Among the 300 patients with diabetes, disability fell in 28% and 19%.'),
    ).toBeNull();
  });

  it('reads nothing where the result is for everyone, or nothing says the others did not benefit', () => {
    expect(subgroupBenefitOf('The rate of stroke was 5% with the drug and 8% with placebo.')).toBeNull();
    expect(subgroupBenefitOf('Among patients with diabetes, the rate of stroke was 5% with the drug and 8% with placebo.')).toBeNull();
  });
});

describe('unassessedOutcomes: outcomes a source could not assess', () => {
  it.each([
    ['There were too few malaria deaths to assess mortality.', [['malaria', 'death']]],
    ['Hip fractures were too rare to analyse.', [['hip', 'fracture']]],
    ['Mortality could not be assessed.', [['mortality']]],
    ['Deaths were similar in both groups (12 vs 14).', []],
    ['The trial was not designed to assess cardiovascular or microvascular outcomes.', [['cardiovascular'], ['microvascular']]],
    ['The study was not powered to detect differences in mortality.', [['mortality']]],
  ])('“%s” → %j', (abstract, words) => {
    expect(unassessedOutcomes(abstract).map((o) => o.words)).toEqual(words);
  });
});

describe('BLOOD_MARKER_SUBGROUP: a title that restricts patients by a blood or sputum level', () => {
  it.each([
    ['Lumirazumab in severe asthma with blood eosinophils of 300 cells per microlitre or more: a trial', 'eosinophil'],
    ['Evolocumab in adults with serum LDL cholesterol of 190 mg/dL or more', 'cholesterol'],
    ['Colchicine in patients with high plasma troponin levels of 14 ng/L or above', 'troponin'],
  ])('“%s” restricts by %s', (title, marker) => {
    expect(BLOOD_MARKER_SUBGROUP.exec(title)?.[1]).toBe(marker);
  });

  it.each([
    'Semaglutide in adults with a BMI of 30 or more',
    'Ibuprofen for pain after wisdom tooth removal in 186 adults',
    'Iron in children with anaemia: a trial of 300 children',
  ])('“%s” restricts by no blood level', (title) => {
    expect(BLOOD_MARKER_SUBGROUP.exec(title)).toBeNull();
  });
});
