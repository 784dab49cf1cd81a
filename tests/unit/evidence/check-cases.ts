import type { CheckedClaim, ClaimCheckCode } from '../../../lib/evidence/checks/types';
import type { DesignCode } from '../../../lib/shared/design-codes';
import type { SourceRecord } from '../../../lib/shared/source-record';

/** One table case of a check: a claim, the source it cites, and whether the check must flag it. */
export interface CheckCase {
  field: string;
  flagged: boolean;
  claim: Partial<CheckedClaim>;
  source: { design: DesignCode; record: Partial<SourceRecord> } | null;
  /** Further claims before it on the page (for checks that read what came before). */
  before?: Array<Partial<CheckedClaim>>;
}

const rct = (abstract: string, extra: Partial<SourceRecord> = {}) => ({ design: 'rct' as const, record: { abstract, ...extra } });
const cohort = (abstract: string) => ({ design: 'cohort' as const, record: { abstract } });
const pct = (value: number, relative: boolean | null = null, text = `${value}%`) => ({ text, value, unit: '%', relative });

/**
 * At least two flagged cases and two faithful twins per check, in more than one field of medicine.
 * A twin keeps its case's shape and changes only what the check compares.
 */
export const CHECK_CASES: Record<ClaimCheckCode, CheckCase[]> = {
  'sample-size-mismatch': [
    // The people screened given as the people studied (a carpal-tunnel and a cluster-headache trial).
    {
      field: 'hand surgery',
      flagged: true,
      claim: {
        text: 'The trial, which involved 234 patients at three hand clinics, found the injection worked faster.',
        participants: 234,
        strength: 3,
      },
      source: rct(
        'Methods: 234 adults referred with carpal tunnel syndrome were screened, and 118 were randomly assigned to an injection or a splint.',
      ),
    },
    {
      field: 'neurology',
      flagged: true,
      claim: { text: 'The researchers gave 568 people with painful feet either the patch or a weak one.', participants: 568, strength: 1 },
      source: rct('Results: Of 568 patients screened, 282 were randomized (141 per group) and 259 completed the study.'),
    },
    // The page says the count was a screening one; or the count is those who finished, an arm of the study's own.
    {
      field: 'dermatology',
      flagged: false,
      claim: { text: 'Of 410 people screened for the trial, 200 were given the cream or a dummy cream.', participants: 410, strength: 0 },
      source: rct('Methods: 410 adults with hand eczema were screened, and 200 were randomly assigned to the cream or vehicle.'),
    },
    {
      field: 'respiratory',
      flagged: false,
      claim: { text: 'Among the 259 people who finished the study, the inhaler eased breathlessness.', participants: 259, strength: 3 },
      source: rct('Results: Of 568 patients screened, 282 were randomized and 259 completed the study.'),
    },
    // The two arms a page compares, of a platform trial with more: their sum is the source's own count.
    {
      field: 'infectious disease',
      flagged: false,
      claim: {
        text: 'The trial, in 1,358 adults with COVID-19, found ivermectin did not reduce admissions.',
        participants: 1358,
        strength: 1,
      },
      source: rct(
        'Results: A total of 3,515 patients were randomly assigned to ivermectin (679 patients), placebo (679) or another intervention (2,157).',
      ),
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: { text: 'In 600 patients given either dose, the drug lowered blood pressure.', participants: 600, strength: 3 },
      source: rct('Methods: 900 adults were randomly assigned to 5 mg (n = 300), 10 mg (n = 300) or placebo (n = 300).'),
    },
    {
      field: 'infectious disease',
      flagged: true,
      claim: {
        text: 'The trial, in 1,500 adults with COVID-19, found ivermectin did not reduce admissions.',
        participants: 1500,
        strength: 1,
      },
      source: rct(
        'Results: A total of 3,515 patients were randomly assigned to ivermectin (679 patients), placebo (679) or another intervention (2,157).',
      ),
    },
    {
      field: 'cardiology',
      flagged: true,
      claim: { text: 'A trial of 5,000 adults found the pill lowered blood pressure.', participants: 5000, strength: 3 },
      source: rct('Methods: We randomly assigned 1,250 adults with hypertension to the pill or placebo. Results: Blood pressure fell.'),
    },
    {
      field: 'nutrition',
      flagged: true,
      claim: { text: 'A trial of 1,160 adults showed fasting helps.', participants: 1160, strength: 3 },
      source: rct('Design: Randomized clinical trial of 116 adults aged 18 to 64 years. Results: Weight fell.'),
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: { text: 'A trial of 1,250 adults found the pill lowered blood pressure.', participants: 1250, strength: 3 },
      source: rct('Methods: We randomly assigned 1,250 adults with hypertension to the pill or placebo. Results: Blood pressure fell.'),
    },
    {
      field: 'endocrinology',
      flagged: false,
      claim: { text: 'That is one case of diabetes avoided for every 36 people treated.', participants: 36, strength: 0 },
      source: rct('Methods: 4,012 adults with prediabetes were randomly assigned to dapagliflozin or placebo.'),
    },
  ],
  'duration-mismatch': [
    // A time point the abstract names in words ("Three-year mortality", a lung-fibrosis registry) is its own.
    {
      field: 'pulmonology',
      flagged: false,
      claim: {
        text: '41 per cent of those taking an antifibrotic died within three years, compared with 52 per cent of those who were not.',
        duration: { value: 3, unit: 'year' },
      },
      source: cohort(
        'Methods: We followed 9,089 patients for a median of 2.4 years. Results: Three-year mortality was 41% among treated and 52% among untreated patients.',
      ),
    },
    {
      field: 'oncology',
      flagged: true,
      claim: {
        text: 'Only a fifth of those on the pill had died within five years, against a third on placebo.',
        duration: { value: 5, unit: 'year' },
      },
      source: rct(
        'Methods: We followed 1,200 patients for a median of 2.4 years. Results: Three-year mortality was 21% with the pill and 33% with placebo.',
      ),
    },
    // "At 6 to 9 months" is a time window the abstract reports, though the trial ran 5 years (a thyroid-cancer trial).
    {
      field: 'endocrine surgery',
      flagged: false,
      claim: {
        text: 'Earlier results had shown similar rates of successful ablation at 6 to 9 months.',
        duration: { value: 9, unit: 'month' },
      },
      source: rct(
        'Methods: Patients were followed for 5 years; the primary outcome was recurrence. Results: Successful ablation at 6 to 9 months had been achieved in 85% and 89%.',
      ),
    },
    // "Aged 6 to 9 months" is an age band, not a time point: the page's nine months is not the 5-year follow-up.
    {
      field: 'paediatrics',
      flagged: true,
      claim: {
        text: 'After 9 months, the vaccinated babies had fewer ear infections.',
        duration: { value: 9, unit: 'month' },
        strength: 3,
      },
      source: rct('Methods: Infants aged 6 to 9 months were assigned to the vaccine or placebo and followed for 5 years.'),
    },
    // "All patients were followed to week 52": the trial ran a year past its week-12 primary endpoint (a rheumatoid-arthritis trial).
    {
      field: 'rheumatology',
      flagged: false,
      claim: {
        text: 'Everyone on placebo was then switched to the tablet, and the trial carried on for a year.',
        duration: { value: 1, unit: 'year' },
      },
      source: rct(
        'Methods: Adults were assigned to velatinib or placebo for 12 weeks; the primary endpoint was ACR20 response. At week 12, patients receiving placebo switched to velatinib, and all patients were followed to week 52.',
      ),
    },
    {
      field: 'dermatology',
      flagged: true,
      claim: {
        text: 'Patients kept their clear skin for three years on the injections.',
        duration: { value: 3, unit: 'year' },
        strength: 2,
      },
      source: rct('Methods: The primary endpoint was PASI 75 at week 16; responders were followed through week 52.'),
    },
    {
      field: 'respiratory',
      flagged: true,
      claim: { text: 'Over three years, the inhaler cut deaths.', duration: { value: 3, unit: 'year' }, strength: 3 },
      source: rct('Methods: In this 52-week, randomized trial, we assigned 8,588 patients with COPD to triple therapy.'),
    },
    {
      field: 'pediatrics',
      flagged: true,
      claim: { text: 'After three years of wearing the patch, 67% of toddlers tolerated peanut.', duration: { value: 3, unit: 'year' } },
      source: rct('Methods: Children 1 to 3 years of age were assigned to a peanut patch or placebo patch for 12 months.'),
    },
    {
      field: 'respiratory',
      flagged: false,
      claim: { text: 'Over one year, the inhaler cut deaths.', duration: { value: 1, unit: 'year' }, strength: 3 },
      source: rct('Methods: In this 52-week, randomized trial, we assigned 8,588 patients with COPD to triple therapy.'),
    },
    {
      field: 'geriatrics',
      flagged: false,
      claim: { text: 'Tests were given after one year and after two years.', duration: { value: 1, unit: 'year' } },
      source: rct('Methods: 2,262 adults aged 65 years or older were randomized to a multivitamin or placebo for 2 years.'),
    },
  ],
  'number-not-in-source': [
    {
      field: 'dermatology',
      flagged: true,
      claim: { text: 'It smoothed wrinkles in 85% of users.', effects: [pct(85)] },
      source: rct('Results: Bakuchiol decreased wrinkle surface area by 20% and retinol by 21%.'),
    },
    {
      field: 'gastroenterology',
      flagged: true,
      claim: { text: 'Peppermint oil cut pain by 62%.', effects: [pct(62, true)] },
      source: rct('Results: Abdominal pain improved in 43% with peppermint oil and 34% with placebo (P = .04).'),
    },
    {
      field: 'dermatology',
      flagged: false,
      claim: { text: 'It smoothed wrinkles by 20%.', effects: [pct(20)] },
      source: rct('Results: Bakuchiol decreased wrinkle surface area by 20% and retinol by 21%.'),
    },
    {
      field: 'neurology',
      flagged: false,
      claim: { text: 'The drug slowed decline by over 40%.', effects: [pct(40, true, 'over 40%')] },
      source: rct('Results: The mean change was -2.66 with the drug and -4.63 with placebo (difference, 1.97; P = .01).'),
    },
  ],
  'effect-misstated': [
    // One arm's change given as the treatment's effect, where the comparison arm changed almost as much.
    {
      field: 'orthopaedics',
      flagged: true,
      claim: { text: 'The injections cut knee pain by 30 mm on a 100 mm scale within three months.', strength: 3 },
      source: rct('Results: Pain fell by 30 mm with the injections and by 24 mm with saline (difference 6 mm; P = 0.21).'),
    },
    // Its twins: the comparison named, and a drug whose comparison arm barely changed.
    {
      field: 'orthopaedics',
      flagged: false,
      claim: { text: 'Knee pain fell by 30 mm with the injections, against 24 mm with saline.', strength: 1 },
      source: rct('Results: Pain fell by 30 mm with the injections and by 24 mm with saline (difference 6 mm; P = 0.21).'),
    },
    {
      field: 'endocrinology',
      flagged: false,
      claim: { text: 'The weekly injection cut body weight by 15 kg over a year.', strength: 3 },
      source: rct('Results: Weight fell by 15 kg in the semaglutide group and by 2.4 kg in the placebo group (difference -12.6 kg).'),
    },
    // A figure tied to an outcome the source says it could not assess.
    {
      field: 'infectious disease',
      flagged: true,
      claim: { text: 'The vaccine reduced deaths from malaria by 75% in a large trial.', effects: [pct(75, true, 'by 75%')], strength: 3 },
      source: rct(
        'Results: Vaccine efficacy against clinical malaria was 75% at 12 months. There were too few malaria deaths to assess mortality.',
      ),
    },
    {
      field: 'orthopaedics',
      flagged: true,
      claim: { text: 'The drug cut hip fractures by 40% over three years.', effects: [pct(40, true, 'by 40%')], strength: 3 },
      source: rct('Results: Vertebral fractures fell by 40% with the drug. Hip fractures were too rare to assess.'),
    },
    {
      field: 'infectious disease',
      flagged: false,
      claim: {
        text: 'The vaccine cut clinical malaria by 75%, though there were too few deaths to tell its effect on them.',
        effects: [pct(75, true, 'by 75%')],
        strength: 3,
      },
      source: rct(
        'Results: Vaccine efficacy against clinical malaria was 75% at 12 months. There were too few malaria deaths to assess mortality.',
      ),
    },
    {
      field: 'orthopaedics',
      flagged: false,
      claim: { text: 'The drug cut spine fractures by 40% over three years.', effects: [pct(40, true, 'by 40%')], strength: 3 },
      source: rct('Results: Vertebral fractures fell by 40% with the drug. Hip fractures were too rare to assess.'),
    },
    {
      field: 'neurology',
      flagged: true,
      claim: { text: 'Patients retained over 40% more functional abilities.', effects: [pct(40, true, 'over 40%')], strength: 1 },
      source: rct('Results: Scores fell by 2.66 and 4.63 points. Conclusions: The drug was efficacious in slowing functional decline.'),
    },
    {
      field: 'infectious disease',
      flagged: true,
      claim: { text: 'The vaccine prevented 94% of RSV infections.', effects: [pct(94)], strength: 3 },
      source: rct(
        'Results: Vaccine efficacy was 94.1% (95% CI, 62.4 to 99.9) against severe RSV-related lower respiratory tract disease and 71.7% (95% CI, 56.2 to 82.3) against RSV-related acute respiratory infection.',
      ),
    },
    // A pair of figures that is the pair of one source sentence gives that comparison, whatever words come before it.
    {
      field: 'haematology',
      flagged: false,
      claim: {
        text: 'A lasting rise in platelets was seen in 22.4% on the drug, and fewer patients needed rescue medicines to raise their platelets quickly (31.2% against 46.0%).',
        effects: [pct(22.4), pct(31.2), pct(46.0)],
        strength: 1,
      },
      source: rct(
        'Results: A durable platelet response occurred in 22.4% of patients receiving the drug and 15.9% of those receiving placebo. Rescue medication was used by 31.2% and 46.0% of patients, respectively.',
      ),
    },
    // The source's "; P<.001" inside its parentheses does not part its rates from their relative reduction.
    {
      field: 'oncology',
      flagged: false,
      claim: {
        text: 'The pill reduced the risk of the cancer growing or of death by 30%: 20.4% of those on the drug had such an event, against 29.1% of those on placebo.',
        effects: [pct(30, true, 'by 30%'), pct(20.4), pct(29.1)],
        strength: 3,
      },
      source: rct(
        'Results: Progression or death occurred in 20.4% of the drug group and 29.1% of the placebo group (hazard ratio 0.70, 95% CI 0.58 to 0.84; P<.001), a 30% relative reduction. Adverse events occurred in 71.0% and 68.2% of patients, respectively.',
      ),
    },
    {
      field: 'infectious disease',
      flagged: true,
      claim: { text: 'The vaccine prevented 81% of hospital admissions.', effects: [pct(81)], strength: 3 },
      source: rct(
        'Results: Efficacy was 81% (95% CI 70 to 88; P<.001) against symptomatic infection and 52% (95% CI 30 to 67; P=.002) against hospital admission.',
      ),
    },
    {
      field: 'neurology',
      flagged: false,
      claim: { text: 'Patients declined over 40% more slowly.', effects: [pct(40, true, 'over 40%')], strength: 3 },
      source: rct('Results: Scores fell by 2.66 and 4.63 points. Conclusions: The drug was efficacious in slowing functional decline.'),
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: { text: 'Walking distance improved by 20% with the exercise programme.', effects: [pct(20)], strength: 3 },
      source: rct('Results: Six-minute walking distance increased by 20% with exercise and 2% with usual care (P < .001).'),
    },
    // The kind of figure: a share of patients reaching a target is not the size of a fall.
    {
      field: 'endocrinology',
      flagged: true,
      claim: {
        text: 'The tablet cut blood sugar levels by 30% in a trial of 412 adults.',
        effects: [pct(30, true, 'by 30%')],
        strength: 3,
      },
      source: rct('Results: HbA1c fell by 0.8 points. HbA1c below 7.0% was reached by 30% of participants and 12% with placebo.'),
    },
    {
      field: 'neurology',
      flagged: false,
      claim: {
        text: 'The injection cut monthly migraine days by 30% in a trial of 300 adults.',
        effects: [pct(30, true, 'by 30%')],
        strength: 3,
      },
      source: rct('Results: Monthly migraine days fell by 30% with the antibody and by 12% with placebo.'),
    },
    // A reduction that is 1 minus the source's hazard ratio is that ratio, even where another figure in the source is a share
    // of patients with the same number (a kidney-cancer trial; a heart-failure twin that must still be flagged).
    {
      field: 'oncology',
      flagged: false,
      claim: {
        text: 'The drug lowered the risk of relapse or death by 32% compared with placebo.',
        effects: [pct(32, true, 'by 32%')],
        strength: 3,
      },
      source: rct(
        'Results: Disease-free survival at 24 months was 77.3% and 68.1% (hazard ratio for recurrence or death, 0.68; 95% CI, 0.53 to 0.87). Grade 3 adverse events occurred in 32.4% of patients.',
      ),
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: { text: 'The pill cut hospital admissions for heart failure by 25%.', effects: [pct(25, true, 'by 25%')], strength: 3 },
      source: rct('Results: Admissions for heart failure: HR 0.75 (95% CI 0.65 to 0.86). Dizziness was reported by 25% of patients.'),
    },
    {
      field: 'cardiology',
      flagged: true,
      claim: { text: 'The pill cut hospital admissions for heart failure by 25%.', effects: [pct(25, true, 'by 25%')], strength: 3 },
      source: rct('Results: Admissions for heart failure: HR 0.91 (95% CI 0.80 to 1.04). Admission was avoided by 25% of patients.'),
    },
    // A ratio speaks only for a change in a level, rate or risk: "returned 51% faster" stays a misread rate ratio of 0.49.
    {
      field: 'sports medicine',
      flagged: true,
      claim: { text: 'Players on the programme returned to the pitch 51% faster after an injury.', effects: [pct(51, true)] },
      source: rct(
        'Results: Injury rates were 0.35 and 0.72 per 1,000 hours (rate ratio 0.49), a 51% lower rate. Median time lost did not differ.',
      ),
    },
    // A lower injury rate is not a faster return from injury.
    {
      field: 'orthopaedics',
      flagged: true,
      claim: { text: 'Players on the programme returned to the pitch 51% faster after an injury.', effects: [pct(51, true)] },
      source: rct('Results: Injury rates were 0.35 and 0.72 per 1,000 hours, a 51% lower rate. Median time lost did not differ.'),
    },
    {
      field: 'geriatrics',
      flagged: false,
      claim: { text: 'Patients in the programme left hospital 20% sooner than those on usual care.', effects: [pct(20, true)] },
      source: rct('Results: Length of stay was 20% shorter with early mobilisation (median 8 vs 10 days).'),
    },
    // The same comparison as the source's, whatever the page calls its groups.
    {
      field: 'respiratory',
      flagged: false,
      claim: {
        text: 'By the end, 28% of daily e-cigarette users had stopped smoking, compared with 16% of smokers who did not use e-cigarettes.',
        effects: [pct(28), pct(16)],
      },
      source: cohort(
        'Findings: At 12 months, 28.3% of daily e-cigarette users, 15.1% of non-daily users and 16.4% of non-users reported abstinence.',
      ),
    },
    {
      field: 'gastroenterology',
      flagged: true,
      claim: {
        text: 'Linaclotide cut abdominal pain by 34%, compared with 14% for a dummy capsule.',
        effects: [pct(34, false, 'by 34%'), pct(14)],
      },
      source: rct('Results: The primary end point was met by 33.7% of linaclotide patients and 13.9% of placebo patients (P < 0.0001).'),
    },
    // An outcome family the source says it could not assess ("microvascular", "cardiovascular"), named on the page by its members.
    {
      field: 'endocrinology',
      flagged: true,
      claim: {
        text: 'The weekly jab cut the risk of complications such as kidney and eye damage by 18%.',
        strength: 3,
        effects: [pct(18, null, 'by 18%')],
      },
      source: rct(
        'Results: HbA1c below 7% was reached by 58% and 40%, a difference of 18 percentage points. The trial was not designed to assess cardiovascular or microvascular outcomes.',
      ),
    },
    {
      field: 'cardiology',
      flagged: true,
      claim: { text: 'The pill cut heart attacks by 25% in the trial.', strength: 3, effects: [pct(25, true, 'by 25%')] },
      source: rct(
        'Results: LDL cholesterol fell by 25% with the pill and 2% with placebo. The trial was not designed to assess cardiovascular outcomes.',
      ),
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: { text: 'The pill cut LDL cholesterol by 25% in the trial.', strength: 3, effects: [pct(25, true, 'by 25%')] },
      source: rct(
        'Results: LDL cholesterol fell by 25% with the pill and 2% with placebo. The trial was not designed to assess cardiovascular outcomes.',
      ),
    },
    {
      field: 'endocrinology',
      flagged: false,
      claim: {
        text: 'More patients on the jab reached an HbA1c below 7%: 58% against 40%.',
        strength: 1,
        effects: [pct(58, false), pct(40, false)],
      },
      source: rct(
        'Results: HbA1c below 7% was reached by 58% and 40%, a difference of 18 percentage points. The trial was not designed to assess cardiovascular or microvascular outcomes.',
      ),
    },
    // A share given in brackets after its count ("31 of 743 (4.2%)") is a result of that outcome, not a confidence interval.
    {
      field: 'orthopaedics',
      flagged: false,
      claim: {
        text: 'In the year after surgery, 1.5% of patients with the new cup had a dislocation, compared with 4.2% with a standard implant.',
        strength: 1,
        effects: [pct(1.5, false), pct(4.2, false)],
      },
      source: rct(
        'Results: Dislocation occurred in 11 of 743 patients (1.5%) and 31 of 743 (4.2%) (hazard ratio 0.35, 95% CI 0.18 to 0.70). Reoperation occurred in 4.0% and 5.4% of patients. In patients with cognitive impairment, dislocation occurred in 2.7% and 10.1%.',
      ),
    },
    {
      field: 'nephrology',
      flagged: false,
      claim: {
        text: 'Dialysis was needed by 6.1% of patients on the drug against 9.8% on placebo.',
        strength: 1,
        effects: [pct(6.1, false), pct(9.8, false)],
      },
      source: rct(
        'Results: Dialysis was started in 24 of 394 patients (6.1%) and 38 of 388 patients (9.8%). Hyperkalaemia occurred in 6.3% and 2.1%.',
      ),
    },
    {
      field: 'urology',
      flagged: true,
      claim: { text: 'The stent blocked in 6.1% of men with the coated design.', strength: 1, effects: [pct(6.1, false)] },
      source: rct('Results: The stent blocked in 19 of 400 men (4.8%) and 35 of 398 (8.8%). Urinary infection occurred in 6.1% and 6.5%.'),
    },
  ],
  'design-overstated': [
    // A design the question still needs ("only randomised trials could settle it") is not the study's (a cohort of women who lift weights).
    {
      field: 'endocrinology',
      flagged: false,
      claim: {
        text: 'Muscle-strengthening may help prevent type 2 diabetes, the authors write, but only randomised trials could settle the question.',
        designWords: ['randomised trials'],
        strength: 2,
      },
      source: {
        design: 'cohort',
        record: { abstract: 'Methods: In this prospective cohort of 35,754 women … Conclusions: It may help prevent diabetes.' },
      },
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: {
        text: 'Olive oil eaters had fewer heart attacks, though a randomised trial would be needed to show the oil itself protects.',
        designWords: ['randomised trial'],
        strength: 1,
      },
      source: {
        design: 'cohort',
        record: { abstract: 'Methods: In this cohort of 8,000 adults … Conclusions: Higher intake was associated with fewer events.' },
      },
    },
    {
      field: 'cardiology',
      flagged: true,
      claim: {
        text: 'In a randomised trial, olive oil eaters had 30% fewer heart attacks.',
        designWords: ['randomised trial'],
        strength: 1,
      },
      source: {
        design: 'cohort',
        record: { abstract: 'Methods: In this cohort of 8,000 adults … Conclusions: Higher intake was associated with fewer events.' },
      },
    },
    // "Proven" needs a randomised control group: a single-arm or historically controlled trial cannot prove an effect.
    {
      field: 'allergy',
      flagged: true,
      claim: {
        text: 'Allergists have proven that baked milk trains the immune system: in their study of 62 children, 41 tolerated milk.',
        participants: 62,
        strength: 2,
      },
      source: {
        design: 'non-randomised-trial',
        record: {
          abstract:
            'Methods: In this single-arm study, 62 children followed a baked milk ladder for 12 months. Conclusions: It may induce desensitisation.',
        },
      },
    },
    {
      field: 'nephrology',
      flagged: false,
      claim: {
        text: 'In an uncontrolled pilot of 48 patients, the diet may slow the loss of kidney function, though this has not been proven.',
        participants: 48,
        strength: 2,
      },
      source: {
        design: 'non-randomised-trial',
        record: {
          abstract:
            'Methods: In this non-randomised pilot study, 48 patients followed a very-low-protein diet. Conclusions: The diet may slow the decline.',
        },
      },
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: { text: 'A randomised trial of 18,000 adults has proven that the drug lowers cholesterol.', participants: 18000, strength: 3 },
      source: rct('Methods: 18,000 adults were randomly assigned to the drug or placebo. Results: LDL cholesterol fell (P < 0.001).'),
    },
    {
      field: 'psychiatry',
      flagged: true,
      claim: {
        text: 'A clinical trial of 5,000 teenagers found a link with depression.',
        designWords: ['clinical trial'],
        participants: 5000,
        strength: 1,
      },
      source: { design: 'cross-sectional', record: { abstract: 'A survey of 5,000 teenagers.' } },
    },
    {
      field: 'respiratory',
      flagged: true,
      claim: { text: 'A randomized trial found vaping doubles asthma.', designWords: ['randomized', 'trial'], strength: 3 },
      source: cohort('We followed 3,000 young adults for five years.'),
    },
    {
      field: 'psychiatry',
      flagged: false,
      claim: {
        text: 'A survey of 5,000 teenagers found a link with depression.',
        designWords: ['survey'],
        participants: 5000,
        strength: 1,
      },
      source: { design: 'cross-sectional', record: { abstract: 'A survey of 5,000 teenagers.' } },
    },
    {
      field: 'oncology',
      flagged: false,
      claim: { text: 'Larger randomized trials are needed.', designWords: ['randomized'], strength: 0 },
      source: cohort('We followed 3,000 women for ten years.'),
    },
    // "Not proven" for an observational study is the caveat.
    {
      field: 'nutrition',
      flagged: false,
      claim: { text: 'Eating eggs daily was linked to fewer strokes, but this has not been proven in trials.', strength: 1 },
      source: cohort('We followed 460,000 adults for 9 years.'),
    },
  ],
  'contradicts-source': [
    // "Brings more women in for screening" states a benefit the null trial did not find (a cervical-screening page).
    {
      field: 'screening',
      flagged: true,
      claim: { text: 'The trial confirmed that a simple text reminder brings more women in for screening.', strength: 3 },
      source: rct(
        'Methods: The primary outcome was attendance within 18 weeks. Results: Attendance was 14.1% and 13.4% (odds ratio 1.06; P=.31).',
      ),
    },
    {
      field: 'smoking cessation',
      flagged: false,
      claim: { text: 'The trial confirmed that the quit line reached more smokers in rural areas than in cities.', strength: 0 },
      source: rct('Methods: The primary outcome was abstinence at 6 months. Results: Abstinence was 11.2% and 10.8% (P=.74).'),
    },
    // A reporting clause at the end ("…, a trial has confirmed.") confirms the sentence it reports (a forensic-psychiatry page).
    {
      field: 'psychiatry',
      flagged: true,
      claim: {
        text: 'A daily fish oil supplement reduces aggression among men in secure hospitals, a trial in nine hospitals has confirmed.',
        strength: 3,
      },
      source: rct(
        'Methods: The primary outcome was violent incidents. Results: Incidents were 2.4 and 2.7 per patient (rate ratio 0.89; P=.31).',
      ),
    },
    {
      field: 'dermatology',
      flagged: false,
      claim: { text: 'The cream did not clear eczema any faster than a plain moisturiser, the trial confirmed.', strength: 3 },
      source: rct('Methods: The primary outcome was time to clearance. Results: Clearance took 21 and 22 days (P=.64).'),
    },
    {
      field: 'cardiology',
      flagged: true,
      claim: { text: 'The trial proved that omega-3 protects against heart attacks.', strength: 3 },
      source: rct('Results: The primary end point occurred in 12.0% vs 12.2% (hazard ratio, 0.99; P = .84).'),
    },
    {
      field: 'neurology',
      flagged: true,
      claim: { text: 'This reinforces the reproducible benefits for early ALS.', strength: 3 },
      source: rct('Results: Neither primary endpoint differed significantly between groups (p=0.087).'),
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: { text: 'The trial found that omega-3 did not protect against heart attacks.', strength: 3 },
      source: rct('Results: The primary end point occurred in 12.0% vs 12.2% (hazard ratio, 0.99; P = .84).'),
    },
    {
      field: 'psychiatry',
      flagged: false,
      claim: { text: 'The results were consistent with an earlier trial.', strength: 0 },
      source: rct('Results: The primary outcome did not differ between the app and waiting list (P = .41).'),
    },
    // A benefit stated as confirmed with a plain verb, in a rheumatology trial whose primary endpoint was not met.
    {
      field: 'rheumatology',
      flagged: true,
      claim: { text: 'The trial confirmed that the drug eases knee pain: scores fell by 1.9 points.', strength: 3 },
      source: rct(
        'Methods: The primary outcome was knee pain at 16 weeks. Results: Pain fell by 1.9 and 1.5 points (difference -0.4; P=.19).',
      ),
    },
    // "Confirmed" of a diagnosis, not of a benefit (a rheumatology trial), and of a null result (a COPD trial).
    {
      field: 'rheumatology',
      flagged: false,
      claim: {
        text: 'They recruited 248 adults with knee osteoarthritis confirmed on X-ray, and gave them the drug or a placebo.',
        participants: 248,
        strength: 0,
      },
      source: rct(
        'Methods: The primary outcome was knee pain at 16 weeks. Results: Pain fell by 1.9 and 1.5 points (difference -0.4; P=.19).',
      ),
    },
    {
      field: 'pulmonology',
      flagged: false,
      claim: {
        text: 'The result confirms the disappointing signals from two smaller trials, which also found little or no benefit.',
        strength: 1,
      },
      source: rct(
        'Methods: The primary outcome was the annual rate of exacerbations. Results: The rate was 1.14 with the drug and 1.18 with placebo (P=.58).',
      ),
    },
    // Denying the benefit is what the source says.
    {
      field: 'psychiatry',
      flagged: false,
      claim: { text: 'The benefit seen in the pilot was not confirmed in this larger trial of 900 adults.', strength: 1 },
      source: rct(
        'Methods: The primary outcome was depression score. Results: Scores did not differ (P = .41). The primary end point was not met.',
      ),
    },
  ],
  'population-mismatch': [
    // "cells" in a sentence about people is no word that the study was of cells.
    {
      field: 'geriatrics',
      flagged: true,
      claim: {
        text: 'In a study of 60 older adults, the weekly pill cleared these cells and improved fitness.',
        participants: 60,
        strength: 3,
      },
      source: { design: 'animal', record: { abstract: 'Methods: Aged mice (n=60) were assigned to the pill or vehicle for 8 weeks.' } },
    },
    {
      field: 'haematology',
      flagged: false,
      claim: { text: 'The compound killed leukaemia cells taken from the blood of 12 patients.', strength: 3 },
      source: {
        design: 'in-vitro',
        record: { abstract: 'Methods: Primary leukaemia cells from 12 patients were cultured with the compound.' },
      },
    },
    // A page that tells of its rats in the story tells of them still in a later finding naming no people (an anorexia-model study).
    {
      field: 'psychiatry',
      flagged: false,
      before: [{ text: 'In the study, 48 female rats given psilocybin kept eating and running normally.', participants: 48 }],
      claim: { text: 'When the researchers blocked a serotonin receptor, psilocybin no longer had any effect.', strength: 3 },
      source: {
        design: 'animal',
        record: { abstract: 'Methods: Forty-eight female Sprague-Dawley rats underwent activity-based anorexia.' },
      },
    },
    {
      field: 'psychiatry',
      flagged: true,
      before: [{ text: 'Psilocybin is being tested for depression and anorexia.', referenceIds: [], citedBy: 'none' }],
      claim: { text: 'When the researchers blocked a serotonin receptor, psilocybin no longer had any effect.', strength: 3 },
      source: {
        design: 'animal',
        record: { abstract: 'Methods: Forty-eight female Sprague-Dawley rats underwent activity-based anorexia.' },
      },
    },
    // The people who gave a laboratory study its cells ("cells from people without CF", "the patients' cells") are not its population.
    {
      field: 'respiratory',
      flagged: false,
      claim: {
        text: 'In the airway cells, the corrector restored chloride flow to 38% of the level seen in cells from people without CF.',
        effects: [pct(38)],
        strength: 3,
      },
      source: {
        design: 'in-vitro',
        record: { abstract: 'Methods: Airway epithelial cells from nine donors with CF were treated for 24 hours.' },
      },
    },
    {
      field: 'neurology',
      flagged: false,
      claim: { text: "Copies of the patients' cells in which the gene change had been corrected showed none of the damage.", strength: 2 },
      source: { design: 'in-vitro', record: { abstract: 'Methods: iPSC-derived dopaminergic neurons from six patients were cultured.' } },
    },
    {
      field: 'respiratory',
      flagged: true,
      claim: { text: 'In people with CF, the corrector restored chloride flow to 38% of normal.', effects: [pct(38)], strength: 3 },
      source: {
        design: 'in-vitro',
        record: { abstract: 'Methods: Airway epithelial cells from nine donors with CF were treated for 24 hours.' },
      },
    },
    // A result the source found only in a subgroup, told to everyone, while the others got no benefit.
    {
      field: 'ophthalmology',
      flagged: true,
      claim: {
        text: 'The eye vitamins cut progression to advanced AMD: 20% on the supplement against 28% on placebo.',
        effects: [pct(20), pct(28)],
        strength: 3,
      },
      source: rct(
        'Methods: 3,597 participants aged 55 to 80 were randomly assigned. Results: In participants with extensive intermediate drusen or advanced AMD in one eye, the probability of progression to advanced AMD was 20% with zinc and 28% with placebo. In categories 1 and 2, no benefit of supplementation was detected.',
      ),
    },
    {
      field: 'cardiology',
      flagged: true,
      claim: {
        text: 'The drug cut strokes: 5% of patients given it had one, against 8% on placebo.',
        effects: [pct(5), pct(8)],
        strength: 3,
      },
      source: rct(
        'Methods: 6,000 adults were randomly assigned. Results: Among patients with diabetes, the rate of stroke was 5% with the drug and 8% with placebo; no significant difference was seen in patients without diabetes.',
      ),
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: {
        text: 'In patients with diabetes, the drug cut strokes: 5% had one, against 8% on placebo.',
        effects: [pct(5), pct(8)],
        strength: 3,
      },
      source: rct(
        'Methods: 6,000 adults were randomly assigned. Results: Among patients with diabetes, the rate of stroke was 5% with the drug and 8% with placebo; no significant difference was seen in patients without diabetes.',
      ),
    },
    {
      field: 'oncology',
      flagged: false,
      claim: {
        text: 'For women whose tumours were HER2-low, 45% responded to the drug against 30% on chemotherapy.',
        effects: [pct(45), pct(30)],
        strength: 3,
      },
      source: rct(
        'Methods: 800 women with breast cancer were randomly assigned. Results: Among women with HER2-low tumours, the response rate was 45% with the drug and 30% with chemotherapy, but not in those with HER2-zero tumours.',
      ),
    },
    {
      field: 'neurology',
      flagged: true,
      claim: { text: 'Curcumin reverses memory loss in people with Alzheimer disease.', strength: 3 },
      source: { design: 'animal', record: { abstract: 'Transgenic mice were fed curcumin for 6 months.' } },
    },
    {
      field: 'oncology',
      flagged: true,
      claim: { text: 'Among the 391 women in the study, 60% of those given olaparib were alive without progression.', effects: [pct(60)] },
      source: rct('Methods: Women with ovarian cancer were randomly assigned to olaparib or placebo.', {
        title: 'Maintenance olaparib in patients with newly diagnosed advanced ovarian cancer and a BRCA mutation',
      }),
    },
    // The marker a few words before "-positive": dropped on the page, or named there.
    {
      field: 'oncology',
      flagged: true,
      claim: { text: 'In the trial, 356 people with advanced lung cancer were assigned to the tablet or docetaxel.', participants: 356 },
      source: rct('Methods: 356 patients were randomly assigned.', {
        title: 'Zavortinib versus docetaxel in previously treated EGFR exon 20 insertion-positive non-small-cell lung cancer',
      }),
    },
    {
      field: 'haematology',
      flagged: false,
      claim: {
        text: 'In the trial, 280 people with FLT3-mutated leukaemia were assigned to the tablet or chemotherapy.',
        participants: 280,
      },
      source: rct('Methods: 280 patients were randomly assigned.', {
        title: 'Gilteritinib or chemotherapy for relapsed FLT3 internal tandem duplication-positive acute myeloid leukaemia',
      }),
    },
    {
      field: 'neurology',
      flagged: false,
      claim: { text: 'In mice bred to develop Alzheimer disease, curcumin reversed memory loss.', strength: 3 },
      source: { design: 'animal', record: { abstract: 'Transgenic mice were fed curcumin for 6 months.' } },
    },
    {
      field: 'dermatology',
      flagged: false,
      claim: { text: 'In human skin cells grown in the lab, niacinamide cut DNA damage by 42%.', effects: [pct(42, true)], strength: 3 },
      source: { design: 'in-vitro', record: { abstract: 'Primary human keratinocytes were cultured in vitro with nicotinamide.' } },
    },
    // Women against men: read from MeSH where it tags one sex only, else from the Methods.
    {
      field: 'cardiology',
      flagged: true,
      claim: { text: 'In a trial of 4,000 women, the pill cut heart attacks by a quarter.', strength: 3 },
      source: rct('Methods: 4,000 adults with angina were randomised to the pill or placebo.', {
        meshTerms: ['Humans', 'Male', 'Middle Aged'],
      }),
    },
    {
      field: 'urology',
      flagged: true,
      claim: { text: 'The tablet eased night-time urination in men, a trial found.', strength: 3 },
      source: rct('Methods: 240 postmenopausal women with nocturia were randomly assigned to the tablet or placebo.'),
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: { text: 'In a trial of 4,000 women, the pill cut heart attacks by a quarter.', strength: 3 },
      source: rct('Methods: 4,000 adults with angina were randomised to the pill or placebo.', {
        meshTerms: ['Humans', 'Female', 'Male', 'Middle Aged'],
      }),
    },
    {
      field: 'urology',
      flagged: false,
      claim: { text: 'The tablet eased night-time urination in men, a trial found.', strength: 3 },
      source: rct('Methods: 240 men aged 55 or older with nocturia were randomly assigned to the tablet or placebo.'),
    },
    // Children against adults: an age word names who was studied only when it is not someone else's ("parents of children").
    {
      field: 'paediatrics',
      flagged: true,
      claim: { text: 'The inhaler cut asthma attacks in children by a third.', strength: 3, effects: [pct(33, true, 'a third')] },
      source: rct('Methods: We randomly assigned 1,200 adults with asthma to the inhaler or placebo.'),
    },
    {
      field: 'sleep medicine',
      flagged: true,
      claim: { text: 'Teenagers who used the app slept 40 minutes longer.', strength: 3 },
      source: rct('Methods: 300 adults with insomnia were randomly assigned to the app or sleep advice.'),
    },
    {
      field: 'public health',
      flagged: false,
      claim: {
        text: 'Parents of children under 18 were more likely to support the levy, the survey of 2,000 adults found.',
        participants: 2000,
        strength: 1,
      },
      source: { design: 'cross-sectional', record: { abstract: 'Methods: A representative sample of 2,012 adults was surveyed online.' } },
    },
    {
      field: 'dentistry',
      flagged: false,
      claim: {
        text: 'Support rose to 58% when the money was earmarked for children’s dental care.',
        strength: 1,
        effects: [pct(58, false)],
      },
      source: { design: 'cross-sectional', record: { abstract: 'Methods: A representative sample of 2,012 adults was surveyed online.' } },
    },
    // An age group the study left out ("Adolescents younger than 18 years were not eligible") is not who it studied (an acne trial).
    {
      field: 'dermatology',
      flagged: true,
      claim: {
        text: 'In a trial of 312 teenagers with acne, spots fell by 52.1% after 12 weeks.',
        participants: 312,
        strength: 3,
        effects: [pct(52.1, true)],
      },
      source: rct('Methods: 312 adults aged 18 to 40 years were randomly assigned. Adolescents younger than 18 years were not eligible.'),
    },
    {
      field: 'respiratory',
      flagged: false,
      claim: {
        text: 'In a trial of 400 adults with asthma, attacks fell by a third.',
        participants: 400,
        strength: 3,
        effects: [pct(33, true, 'a third')],
      },
      source: rct('Methods: 400 adults were randomly assigned, excluding children under 12 and pregnant women.'),
    },
    // A marker subgroup the page names once, anywhere, spelled out or abbreviated, holds for the whole page.
    {
      field: 'oncology',
      flagged: false,
      before: [{ text: 'The trial enrolled 842 patients whose oestrogen-receptor-positive cancer had grown.', participants: 842 }],
      claim: { text: 'Patients on the pill went 9.1 months before their cancer grew, against 5.6 months.', strength: 1 },
      source: rct('Methods: 842 patients were randomly assigned.', {
        title: 'Oral tarlovestrant in ER-positive, HER2-negative advanced breast cancer',
      }),
    },
    {
      field: 'rheumatology',
      flagged: false,
      before: [{ text: 'All 400 patients had anti-citrullinated protein antibody-positive arthritis.', participants: 400 }],
      claim: {
        text: 'Fewer patients on the drug developed arthritis: 14% against 25%.',
        strength: 1,
        effects: [pct(14, false), pct(25, false)],
      },
      source: rct('Methods: 400 adults were randomly assigned.', {
        title: 'Abatacept in ACPA-positive adults at risk of rheumatoid arthritis',
      }),
    },
    // A name alone ("blocks JAK2") does not say who was studied.
    {
      field: 'haematology',
      flagged: true,
      before: [{ text: 'The drug blocks JAK2, a signal switched on in many blood cancers.', strength: 0 }],
      claim: {
        text: 'In 300 patients with myelofibrosis, the drug shrank the spleen in 42% of patients.',
        participants: 300,
        strength: 3,
        effects: [pct(42, false)],
      },
      source: rct('Methods: 300 patients were randomly assigned.', { title: 'Ruxolitinib in JAK2 V617F-positive myelofibrosis' }),
    },
    // A subgroup by a blood level in the title: the page names it by naming what was measured, anywhere.
    {
      field: 'cardiology',
      flagged: true,
      claim: { text: 'In 2,000 adults, the injection cut heart attacks by a fifth.', participants: 2000, strength: 3 },
      source: rct('Methods: 2,000 adults were randomly assigned.', {
        title: 'Evolocumab in adults with serum LDL cholesterol of 190 mg/dL or more',
      }),
    },
    {
      field: 'cardiology',
      flagged: false,
      before: [{ text: 'The trial enrolled 2,000 adults whose cholesterol was very high.', participants: 2000 }],
      claim: { text: 'In the trial, the injection cut heart attacks in patients by a fifth.', strength: 3 },
      source: rct('Methods: 2,000 adults were randomly assigned.', {
        title: 'Evolocumab in adults with serum LDL cholesterol of 190 mg/dL or more',
      }),
    },
    {
      field: 'pulmonology',
      flagged: false,
      before: [{ text: 'All 812 patients had high counts of eosinophils, a type of white blood cell.', participants: 812 }],
      claim: { text: 'The injection halved asthma attacks in adults with asthma.', strength: 3 },
      source: rct('Methods: 812 adults were randomly assigned.', {
        title: 'Lumirazumab in severe asthma with blood eosinophils of 300 cells per microlitre or more',
      }),
    },
  ],
  'causal-overreach': [
    // A sentence beside a cohort's finding that states its exposure as a cause (the nearby reading).
    {
      field: 'geriatrics',
      flagged: true,
      claim: {
        text: 'A UK study of 440,000 adults found that those who wore hearing aids had no extra risk of dementia.',
        participants: 440000,
        strength: 1,
        nearby: [
          {
            text: 'The message is clear: hearing aids prevent dementia.',
            paragraph: 'The message is clear: hearing aids prevent dementia.',
            strength: 3,
          },
        ],
      },
      source: {
        design: 'cohort',
        record: {
          title: 'Hearing aid use and incident dementia: a cohort study',
          abstract: 'Methods: 440,000 adults were followed for 12 years.',
        },
      },
    },
    // Its twin: a known cause of something else, and a reputation the page reports.
    {
      field: 'pulmonology',
      flagged: false,
      claim: {
        text: 'A study of 2,100 children found that those living near major roads had lower lung function at 18.',
        participants: 2100,
        strength: 1,
        nearby: [
          { text: 'Smoking causes most cases of lung cancer.', paragraph: 'Smoking causes most cases of lung cancer.', strength: 3 },
          {
            text: 'Traffic fumes near major roads are thought to damage growing lungs.',
            paragraph: 'Traffic fumes near major roads are thought to damage growing lungs.',
            strength: 3,
          },
        ],
      },
      source: {
        design: 'cohort',
        record: {
          title: 'Proximity to major roads and lung function growth: a cohort study',
          abstract: 'Methods: 2,100 children were followed for eight years.',
        },
      },
    },
    {
      field: 'hepatology',
      flagged: true,
      claim: { text: 'Drinking three cups of coffee a day prevents liver cancer.', strength: 3 },
      source: cohort('We followed 48,000 adults for 10 years. Conclusions: Coffee was associated with lower risk.'),
    },
    {
      field: 'oncology',
      flagged: true,
      claim: { text: 'Walking 9,000 steps a day prevents 13 types of cancer.', strength: 3 },
      source: cohort('Prospective cohort study of 85,394 participants. Conclusions: Higher step counts were associated with lower risk.'),
    },
    {
      field: 'hepatology',
      flagged: false,
      claim: { text: 'Drinking coffee was linked to a lower risk of liver cancer.', strength: 1 },
      source: cohort('We followed 48,000 adults for 10 years. Conclusions: Coffee was associated with lower risk.'),
    },
    {
      field: 'oncology',
      flagged: false,
      claim: { text: 'In mice, the KRAS inhibitor shrank lung tumours.', strength: 3 },
      source: { design: 'animal', record: { abstract: 'Mice with KRAS-driven lung tumours received the inhibitor.' } },
    },
    // The caveat that a cause is not shown is no overreach.
    {
      field: 'cardiology',
      flagged: false,
      claim: { text: 'The study was observational, so it cannot prove that coffee protects the heart.', strength: 3 },
      source: cohort('We followed 380,000 adults in the UK Biobank for 12 years.'),
    },
  ],
  exaggeration: [
    // A conclusion that found no effect ("did not lower") is a link not shown, whatever its verb; "Neither … nor … lowered" denies the effect.
    {
      field: 'neurology',
      flagged: true,
      claim: { text: 'A daily aspirin protected older adults against dementia.', strength: 3 },
      source: rct(
        'Methods: 19,114 adults were randomly assigned to aspirin or placebo. Conclusions: Low-dose aspirin did not lower the risk of dementia.',
      ),
    },
    {
      field: 'anaesthesia',
      flagged: true,
      claim: { text: 'Neither the patients nor the nurses knew who had the drug, but the drug cut pain after surgery.', strength: 3 },
      source: rct(
        'Methods: 300 adults were randomly assigned to the drug or placebo. Conclusions: The drug did not reduce pain after surgery.',
      ),
    },
    {
      field: 'geriatrics',
      flagged: false,
      claim: { text: 'Neither vitamin D nor omega-3 lowered blood pressure compared with placebo.', strength: 3 },
      source: rct(
        'Methods: 2,157 adults were randomly assigned. Conclusions: Vitamin D and omega-3 did not result in significant differences in blood pressure.',
      ),
    },
    {
      field: 'sports medicine',
      flagged: false,
      claim: { text: 'The exercise programme halved hamstring injuries over a season.', strength: 3 },
      source: rct(
        'Methods: 942 players were randomised by team. Conclusions: Adding the exercise halved the rate of hamstring injuries but did not reduce the time lost per injury.',
      ),
    },
    {
      field: 'endocrinology',
      flagged: true,
      claim: { text: 'Mindfulness training lowers blood sugar.', strength: 3 },
      source: {
        design: 'non-randomised-trial',
        record: { abstract: 'Results: HbA1c fell. Conclusions: Mindfulness was associated with lower HbA1c.' },
      },
    },
    {
      field: 'sleep medicine',
      flagged: true,
      claim: { text: 'Magnesium cures insomnia.', strength: 3 },
      source: rct('Results: Sleep onset was 17 minutes shorter. Conclusions: Magnesium was associated with better sleep onset.'),
    },
    {
      field: 'endocrinology',
      flagged: false,
      claim: { text: 'Mindfulness training was linked to lower blood sugar.', strength: 1 },
      source: {
        design: 'non-randomised-trial',
        record: { abstract: 'Results: HbA1c fell. Conclusions: Mindfulness was associated with lower HbA1c.' },
      },
    },
    // "No better than placebo" reports the null result; "better than placebo" overstates it.
    {
      field: 'rheumatology',
      flagged: false,
      claim: { text: 'Those who took the tablet for a year had no less joint pain than those given a placebo.', strength: 3 },
      source: rct('Methods: 412 adults were randomly assigned. Conclusions: The tablet did not reduce joint pain at 12 months.'),
    },
    {
      field: 'rheumatology',
      flagged: true,
      claim: { text: 'Those who took the tablet for a year had less joint pain than those given a placebo.', strength: 3 },
      source: rct('Methods: 412 adults were randomly assigned. Conclusions: The tablet did not reduce joint pain at 12 months.'),
    },
    {
      field: 'oncology',
      flagged: false,
      claim: { text: 'Vitamin D did not reduce the risk of cancer.', strength: 3 },
      source: rct('Results: Cancer occurred in 6.1% and 6.4%. Conclusions: Vitamin D was not associated with lower cancer incidence.'),
    },
  ],
  'intervention-mismatch': [
    // "The gel" names the very product the study injected ("intratympanic injection of a … hydrogel"): its form, not its route (a hearing-loss study).
    {
      field: 'otology',
      flagged: false,
      claim: {
        text: 'The gel released the drug slowly, keeping it at useful levels inside the mice’s inner ears for a week.',
        strength: 0,
      },
      source: {
        design: 'animal',
        record: {
          title: 'A sustained-release TrkC agonist hydrogel after acoustic trauma in mice',
          abstract:
            'Methods: Mice (n=16 per group) were given a single intratympanic injection of a hyaluronic acid hydrogel containing KT-771 or vehicle hydrogel.',
        },
      },
    },
    // A cream the study never used: its drug went under the skin by injection (a dermatology trial).
    {
      field: 'dermatology',
      flagged: true,
      claim: {
        text: 'In the trial of 480 adults with eczema, the cream cleared the rash in half of those who used it.',
        participants: 480,
        strength: 2,
      },
      source: rct(
        'Methods: 480 adults with atopic dermatitis were randomly assigned to subcutaneous injections of lebrikizumab 250 mg or placebo every 2 weeks.',
        {
          title: 'Lebrikizumab in moderate-to-severe atopic dermatitis',
        },
      ),
    },
    // Beside the finding, another treatment's schedule ("pegloticase, an enzyme given as a drip every two weeks") is not the trial's.
    {
      field: 'rheumatology',
      flagged: false,
      claim: {
        text: 'In the trial, 612 adults with gout took a 4 mg tigulinurad tablet or a placebo once a day for a year.',
        participants: 612,
        dose: { route: 'tablet', amount: 4, unit: 'mg' },
        strength: 0,
        nearby: [
          {
            text: 'The main option at present is pegloticase, an enzyme given as a drip into a vein every two weeks in hospital.',
            paragraph: 'The main option at present is pegloticase, an enzyme given as a drip into a vein every two weeks in hospital.',
            strength: 0,
          },
        ],
      },
      source: rct('Methods: 612 adults were randomly assigned to tigulinurad 4 mg or placebo orally once daily for 12 months.', {
        title: 'Tigulinurad added to allopurinol in gout: a randomised trial',
      }),
    },
    {
      field: 'oncology',
      flagged: true,
      claim: {
        text: 'After surgery, 682 patients were given ferlatinib or a placebo through a drip in hospital every three weeks.',
        participants: 682,
        dose: { route: 'drip', amount: null, unit: null },
        strength: 0,
      },
      source: rct('Methods: 682 patients were randomly assigned to oral ferlatinib 80 mg once daily or placebo for up to 3 years.', {
        title: 'Adjuvant ferlatinib in resected EGFR-mutated lung cancer',
      }),
    },
    // A sentence beside the finding that tells readers to take the studied treatment by another route (the nearby reading).
    {
      field: 'neurology',
      flagged: true,
      claim: {
        text: 'In a randomised trial of 120 people with a migraine attack, magnesium relieved the pain as well as metoclopramide.',
        participants: 120,
        strength: 3,
        nearby: [
          {
            text: 'Keep a pack of magnesium tablets in the cabinet and take a 400 mg tablet as soon as an attack starts.',
            paragraph: 'Keep a pack of magnesium tablets in the cabinet and take a 400 mg tablet as soon as an attack starts.',
            strength: 0,
          },
        ],
      },
      source: rct('Methods: 120 adults were randomly assigned to 2 g magnesium sulfate given intravenously or metoclopramide.', {
        title: 'Intravenous magnesium sulfate versus metoclopramide for acute migraine',
      }),
    },
    // Its twin: another treatment by another route, and the usual dose of a capsule named beside an oral trial.
    {
      field: 'dermatology',
      flagged: false,
      claim: {
        text: 'In a randomised trial of 154 adults, a low dose of isotretinoin cleared 86% of spots after 24 weeks.',
        participants: 154,
        strength: 3,
        nearby: [
          {
            text: 'Steroid injections into a single large cyst are another option.',
            paragraph: 'Steroid injections into a single large cyst are another option.',
            strength: 0,
          },
          {
            text: 'Isotretinoin capsules are usually taken at 20 mg a day.',
            paragraph: 'Isotretinoin capsules are usually taken at 20 mg a day.',
            strength: 0,
          },
        ],
      },
      source: rct('Methods: 154 adults with moderate acne were randomly assigned to oral isotretinoin 0.25 mg/kg or 0.5 mg/kg daily.', {
        title: 'Low-dose versus conventional-dose oral isotretinoin for moderate acne',
      }),
    },
    // A thousands separator is part of the amount on both sides: "2,000 units" is not "000 units".
    {
      field: 'orthopaedics',
      flagged: true,
      claim: {
        text: 'Taking 2,000 units of vitamin D a day cut fractures in older women.',
        dose: { route: null, amount: 2000, unit: 'units' },
        strength: 3,
      },
      source: rct('Methods: 2,256 women aged 70 or over were randomly assigned to cholecalciferol 4,000 IU daily or placebo.'),
    },
    {
      field: 'paediatric endocrinology',
      flagged: false,
      claim: {
        text: 'Metformin at 1,500 mg a day slowed weight gain in teenagers.',
        dose: { route: null, amount: 1500, unit: 'mg' },
        strength: 3,
      },
      source: rct('Methods: 151 adolescents with obesity were randomly assigned to metformin 1,500 mg daily or placebo for 48 weeks.'),
    },
    // A dose taken as several tablets is their total: "two 100 mg tablets" is the 200 mg of the Methods (a doxycycline trial).
    {
      field: 'sexual health',
      flagged: false,
      claim: {
        text: 'Taking two 100 mg doxycycline tablets within three days of sex cut chlamydia by 72%.',
        dose: { route: 'tablets', amount: 100, unit: 'mg' },
        strength: 3,
      },
      source: rct(
        'Methods: 720 participants were randomly assigned to doxycycline 200 mg taken within 72 hours after sex or to standard care.',
      ),
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: {
        text: 'Chewing three 100 mg aspirin tablets at the first sign of chest pain improved survival.',
        dose: { route: 'tablets', amount: 100, unit: 'mg' },
        strength: 3,
      },
      source: rct(
        'Methods: 1,400 adults with suspected heart attack were randomly assigned to aspirin 300 mg chewed at once or to usual care.',
      ),
    },
    {
      field: 'neurology',
      flagged: true,
      claim: {
        text: 'Two 250 mg capsules of the drug a day halved seizures.',
        dose: { route: 'capsules', amount: 250, unit: 'mg' },
        strength: 3,
      },
      source: rct('Methods: 300 adults with focal epilepsy were randomly assigned to the drug 1,000 mg twice daily or placebo.'),
    },
    // "Units" of a vitamin or hormone are international units.
    {
      field: 'obstetrics',
      flagged: true,
      claim: {
        text: 'Taking 400 units of vitamin D a day from 14 weeks of pregnancy gave babies stronger bones.',
        dose: { route: null, amount: 400, unit: 'units' },
        strength: 3,
      },
      source: rct('Methods: 965 pregnant women were randomly assigned to oral cholecalciferol 1000 IU per day or placebo.'),
    },
    {
      field: 'endocrinology',
      flagged: false,
      claim: {
        text: 'Ten units of insulin glargine at bedtime lowered morning glucose.',
        dose: { route: null, amount: 10, unit: 'units' },
        strength: 3,
      },
      source: rct(
        'Methods: 320 adults with type 2 diabetes were randomly assigned to 10 IU of insulin glargine at bedtime or to NPH insulin.',
      ),
    },
    // Patches of skin are lesions: a paragraph about facial patches does not name the cream's route.
    {
      field: 'dermatology',
      flagged: true,
      claim: {
        text: 'A twice-daily pill restored colour to facial patches in 30% of patients.',
        dose: { route: 'pill', amount: null, unit: null },
        effects: [pct(30)],
        strength: 3,
      },
      source: rct('Methods: Patients were randomly assigned to apply 1.5% ruxolitinib cream or vehicle cream twice daily for 24 weeks.'),
    },
    {
      field: 'neurology',
      flagged: false,
      claim: {
        text: 'A lidocaine patch worn for 12 hours eased nerve pain in 40% of patients.',
        dose: { route: 'patch', amount: null, unit: null },
        effects: [pct(40)],
        strength: 3,
      },
      source: rct('Methods: Patients were randomly assigned to a 5% lidocaine patch or a placebo patch applied for 12 hours a day.'),
    },
    {
      field: 'neurology',
      flagged: true,
      claim: {
        text: 'Supplementing vitamin B12 could help patients.',
        dose: { route: 'supplementing', amount: null, unit: null },
        strength: 2,
      },
      source: rct('Interventions: Intramuscular injection of methylcobalamin, 50 mg, or placebo twice weekly for 16 weeks.'),
    },
    {
      field: 'respiratory',
      flagged: true,
      claim: { text: 'At the 400 mg dose, attacks fell by 47%.', dose: { route: null, amount: 400, unit: 'mg' }, effects: [pct(47, true)] },
      source: rct('Methods: We randomly assigned 1,902 patients to subcutaneous dupilumab at a dose of 200 or 300 mg every 2 weeks.'),
    },
    {
      field: 'hematology',
      flagged: false,
      claim: { text: 'Oral vitamin B12 tablets corrected the deficiency.', dose: { route: 'oral', amount: null, unit: null }, strength: 3 },
      source: rct(
        'Background: B12 deficiency is usually treated by intramuscular injection. Methods: 120 adults received oral cyanocobalamin 1000 µg daily or placebo.',
      ),
    },
    {
      field: 'respiratory',
      flagged: false,
      claim: { text: 'At the 200 mg dose, attacks fell by 47%.', dose: { route: null, amount: 200, unit: 'mg' }, effects: [pct(47, true)] },
      source: rct('Methods: We randomly assigned 1,902 patients to subcutaneous dupilumab at a dose of 200 or 300 mg every 2 weeks.'),
    },
    // The schedule, compared with the trial's Methods: a weekly shot is not a daily one.
    {
      field: 'endocrinology',
      flagged: true,
      claim: {
        text: 'A once-weekly injection of the drug lowered HbA1c in a trial of 500 adults.',
        dose: { route: 'injection', amount: null, unit: null },
        strength: 3,
      },
      source: rct(
        'Methods: 500 adults with type 2 diabetes were randomised to subcutaneous injections of the drug once daily or placebo for 26 weeks.',
      ),
    },
    {
      field: 'rheumatology',
      flagged: true,
      claim: {
        text: 'Taking the 5 mg tablet twice a day eased joint pain, the trial found.',
        dose: { route: 'tablet', amount: 5, unit: 'mg' },
        strength: 3,
      },
      source: rct('Methods: 300 adults with rheumatoid arthritis were randomly assigned to 5 mg of the tablet once daily or placebo.'),
    },
    {
      field: 'endocrinology',
      flagged: false,
      claim: {
        text: 'The twice-daily tablet lowered HbA1c in a trial of 412 adults.',
        dose: { route: 'tablet', amount: null, unit: null },
        strength: 3,
      },
      source: rct('Methods: 412 adults were assigned to oral dorzagliatin 75 mg twice daily or placebo for 24 weeks.'),
    },
    {
      field: 'ophthalmology',
      flagged: false,
      claim: {
        text: 'Injections into the eye every other month slowed the damage.',
        dose: { route: 'injections', amount: null, unit: null },
        strength: 3,
      },
      source: rct('Methods: 621 patients were randomly assigned to intravitreal injections every month, every 2 months, or sham.'),
    },
    // The dose a page gives in a sentence beside the finding ("Half were given …") is the study's dose too.
    {
      field: 'cardiology',
      flagged: true,
      claim: {
        text: 'In the trial of 800 adults, the pill lowered blood pressure by 9 points.',
        participants: 800,
        strength: 3,
        nearby: [
          {
            text: 'Half were given 5 mg of amlodipine by mouth once a day.',
            paragraph: 'Half were given 5 mg of amlodipine by mouth once a day.',
            strength: 0,
          },
        ],
      },
      source: rct('Methods: 800 adults were randomly assigned to amlodipine 10 mg once daily or placebo.', {
        title: 'Amlodipine in resistant hypertension',
      }),
    },
    {
      field: 'rheumatology',
      flagged: false,
      claim: {
        text: 'In the trial of 248 adults, knee pain fell by 1.9 points with the drug.',
        participants: 248,
        strength: 1,
        nearby: [
          {
            text: 'Half were given 0.5 mg of colchicine by mouth twice a day.',
            paragraph: 'Half were given 0.5 mg of colchicine by mouth twice a day.',
            strength: 0,
          },
        ],
      },
      source: rct('Methods: 248 adults were randomly assigned to colchicine 0.5 mg orally twice daily or placebo.', {
        title: 'Colchicine for knee osteoarthritis',
      }),
    },
    // A dose of another treatment beside the finding (standard care) is not the study's.
    {
      field: 'endocrinology',
      flagged: false,
      claim: {
        text: 'In the trial of 600 adults, the new injection lowered HbA1c by 1.2 points.',
        participants: 600,
        strength: 3,
        nearby: [
          {
            text: 'Most were also taking 1,000 mg of metformin by mouth, as standard care.',
            paragraph: 'Most were also taking 1,000 mg of metformin by mouth, as standard care.',
            strength: 0,
          },
        ],
      },
      source: rct('Methods: 600 adults were randomly assigned to weekly tirzepatide 5 mg or placebo.', {
        title: 'Weekly tirzepatide in type 2 diabetes',
      }),
    },
    // A dose by body weight compares with the Methods' dose by body weight, whichever way it is written.
    {
      field: 'anaesthesiology',
      flagged: true,
      claim: {
        text: 'A single 1 mg per kilogram dose of ketamine halved pain after surgery.',
        strength: 3,
        dose: { route: null, amount: 1, unit: 'mg/kg' },
      },
      source: rct('Methods: 300 adults were randomly assigned to ketamine 0.5 mg/kg or saline at induction.'),
    },
    {
      field: 'paediatrics',
      flagged: false,
      claim: {
        text: 'A single dose of 0.15 mg per kilogram of body weight halved return visits.',
        strength: 3,
        dose: { route: null, amount: 0.15, unit: 'mg/kg' },
      },
      source: rct('Methods: 720 children were randomly assigned to a single oral dose of dexamethasone 0.15 mg/kg or placebo.'),
    },
  ],
  'safety-overreach': [
    // A caveat that asks whether a treatment is safe claims nothing (a polymyalgia trial's "too small to say how safe").
    {
      field: 'rheumatology',
      flagged: false,
      claim: {
        text: 'With only 42 participants the trial is far too small to say how safe the drug is in the long run.',
        participants: 42,
        strength: 0,
        safety: true,
      },
      source: rct('Methods: 42 adults with polymyalgia rheumatica were randomly assigned to the drug or placebo for 52 weeks.'),
    },
    {
      field: 'obstetrics',
      flagged: false,
      claim: {
        text: 'In 80 pregnant women the jab raised antibodies, but it is too early to know whether it is safe for babies.',
        participants: 80,
        strength: 1,
        safety: true,
      },
      source: rct('Methods: 80 pregnant women were randomly assigned to the vaccine or placebo and followed for 12 weeks.'),
    },
    {
      field: 'obstetrics',
      flagged: true,
      claim: {
        text: 'In 80 pregnant women the jab raised antibodies, and it is safe for babies.',
        participants: 80,
        strength: 1,
        safety: true,
      },
      source: rct('Methods: 80 pregnant women were randomly assigned to the vaccine or placebo and followed for 12 weeks.'),
    },
    // What a small trial saw is reported, not promised: "no serious side effects were reported" against "completely safe".
    {
      field: 'urology',
      flagged: false,
      claim: {
        text: 'In the trial of 60 men, no serious side effects were reported with the gel.',
        participants: 60,
        strength: 0,
        safety: true,
      },
      source: rct('Methods: 60 men with erectile dysfunction were randomly assigned to the gel or placebo for 8 weeks.'),
    },
    {
      field: 'urology',
      flagged: true,
      claim: { text: 'In the trial of 60 men, the gel proved completely safe.', participants: 60, strength: 3, safety: true },
      source: rct('Methods: 60 men with erectile dysfunction were randomly assigned to the gel or placebo for 8 weeks.'),
    },
    // A sentence beside the finding that calls the treatment it reported safe (the nearby reading).
    {
      field: 'gastroenterology',
      flagged: true,
      claim: {
        text: 'In a randomised trial of 73 adults, 29% of those given donor stool went into remission.',
        participants: 73,
        strength: 1,
        nearby: [
          {
            text: 'Best of all, the procedure is completely safe, with no side effects.',
            paragraph: 'Best of all, the procedure is completely safe, with no side effects.',
            strength: 0,
          },
        ],
      },
      source: rct('Methods: 73 adults with ulcerative colitis were randomly assigned to donor stool or placebo for 8 weeks.'),
    },
    // Its twin: the same wording about another treatment, and what the trial saw in both groups.
    {
      field: 'rheumatology',
      flagged: false,
      claim: {
        text: 'In a trial of 70 people, a turmeric extract eased knee pain more than a dummy capsule.',
        participants: 70,
        strength: 3,
        nearby: [
          {
            text: 'Paracetamol, by contrast, is safe for most people at the usual dose.',
            paragraph: 'Paracetamol, by contrast, is safe for most people at the usual dose.',
            strength: 0,
          },
          {
            text: 'Turmeric had no side effects that were seen in either group.',
            paragraph: 'Turmeric had no side effects that were seen in either group.',
            strength: 0,
          },
        ],
      },
      source: rct('Methods: 70 participants were randomly assigned to Curcuma longa extract or placebo for 12 weeks.'),
    },
    // "The plan", "the regimen" point back to the study just reported, as "the treatment" does.
    {
      field: 'nephrology',
      flagged: true,
      before: [{ text: 'In the clinic study of 48 patients, a very-low-protein diet slowed the loss of kidney function.', strength: 3 }],
      claim: { text: 'The plan is completely safe, the team says.', referenceIds: [], citedBy: 'none', safety: true },
      source: {
        design: 'non-randomised-trial',
        record: {
          abstract:
            'Methods: 48 patients with kidney disease followed a very-low-protein diet for 12 months. Results: Two developed malnutrition.',
        },
      },
    },
    {
      field: 'cardiology',
      flagged: false,
      before: [{ text: 'In a trial of 12,000 adults, the two-drug regimen cut heart attacks.', strength: 3 }],
      claim: { text: 'The regimen is completely safe, the team says.', referenceIds: [], citedBy: 'none', safety: true },
      source: rct('Methods: 12,000 adults were randomly assigned to the regimen or placebo for 3 years.'),
    },
    {
      field: 'pediatrics',
      flagged: true,
      claim: { text: 'Melatonin is completely safe for children.', safety: true },
      source: rct('Methods: 125 children were randomised to melatonin or placebo for 13 weeks.'),
    },
    {
      field: 'dermatology',
      flagged: true,
      claim: { text: 'Bakuchiol has no side effects.', safety: true },
      source: rct('Methods: In this 12-week, randomized study, 44 participants were assigned to bakuchiol or retinol.'),
    },
    {
      field: 'pediatrics',
      flagged: false,
      claim: { text: 'Side effects were no more common with melatonin than with placebo.', safety: true },
      source: rct('Methods: 125 children were randomised to melatonin or placebo for 13 weeks.'),
    },
    // "The study" points back to the one study cited just before it.
    {
      field: 'pediatrics',
      flagged: true,
      before: [{ text: 'A trial of 60 children found melatonin helped them fall asleep sooner.', participants: 60 }],
      claim: {
        text: 'Better still, the study shows melatonin is completely safe for children.',
        safety: true,
        citedBy: 'none',
        referenceIds: [],
      },
      source: rct('Methods: 60 children with ADHD were randomised to melatonin or placebo for 8 weeks.'),
    },
    {
      field: 'obstetrics',
      flagged: false,
      before: [{ text: 'A trial of 60 women found ginger eased morning sickness.', participants: 60 }],
      claim: {
        text: 'The study of 2,000 mothers in Denmark shows ginger is completely safe in pregnancy.',
        safety: true,
        citedBy: 'none',
        referenceIds: [],
      },
      source: rct('Methods: 60 pregnant women were randomised to ginger or placebo for 4 days.'),
    },
    {
      field: 'endocrinology',
      flagged: false,
      claim: { text: 'The drug was safe in this trial.', safety: true },
      source: rct('Methods: 4,012 adults with prediabetes were randomly assigned to dapagliflozin or placebo for 2 years.'),
    },
    // Long-term safety needs long follow-up, however large the trial.
    {
      field: 'cardiology',
      flagged: true,
      claim: { text: 'The trial shows the new statin is safe to take in the long term.', safety: true },
      source: rct('Methods: 4,200 adults with high cholesterol were randomised to the statin or placebo for 12 weeks.'),
    },
    {
      field: 'psychiatry',
      flagged: true,
      claim: { text: 'The antidepressant has no side effects, even for those who take it for years.', safety: true },
      source: rct('Methods: In this 8-week trial, 1,600 adults with depression were randomly assigned to the drug or placebo.'),
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: { text: 'The trial shows the new statin is safe to take in the long term.', safety: true },
      source: rct('Methods: 4,200 adults with high cholesterol were randomised to the statin or placebo and followed for 5 years.'),
    },
  ],
  'relative-only': [
    {
      field: 'gastroenterology',
      flagged: true,
      claim: { text: 'Aspirin cut the risk of polyps by 50%.', effects: [pct(50, true)], strength: 3 },
      source: null,
    },
    {
      field: 'cardiology',
      flagged: true,
      claim: { text: 'The jab cut heart attacks by 23%.', effects: [pct(23, true)], strength: 3 },
      source: null,
    },
    {
      field: 'gastroenterology',
      flagged: false,
      claim: {
        text: 'Aspirin cut the risk of polyps by 50%, from 4% to 2%.',
        effects: [pct(50, true), pct(4, false), pct(2, false)],
        strength: 3,
      },
      source: null,
    },
    {
      field: 'cardiology',
      flagged: false,
      claim: {
        text: 'The jab cut heart attacks by 23%.',
        paragraph: 'The jab cut heart attacks by 23%. That is 3.7% vs 4.8% over three years.',
        effects: [pct(23, true)],
        strength: 3,
      },
      source: null,
    },
    {
      field: 'neurology',
      flagged: false,
      claim: {
        text: 'That is a relative reduction in risk of about 30%, or roughly eight fewer people with worsening disability for every 100 treated.',
        effects: [pct(30, true)],
        strength: 3,
      },
      source: null,
    },
    {
      field: 'infectious disease',
      flagged: false,
      claim: {
        text: 'The vaccine halved hospital stays (a 50% cut), meaning 12 fewer admissions per 1,000 children vaccinated.',
        effects: [pct(50, true)],
        strength: 3,
      },
      source: null,
    },
  ],
  'uncited-claim': [
    {
      field: 'sleep medicine',
      flagged: true,
      claim: { text: 'A new study of 300 people found magnesium improved sleep.', citedBy: 'none', referenceIds: [], participants: 300 },
      source: null,
    },
    {
      field: 'obstetrics',
      flagged: true,
      claim: {
        text: 'A trial of 1,200 mothers found yoga cut caesareans by a quarter.',
        citedBy: 'none',
        referenceIds: [],
        participants: 1200,
      },
      source: null,
    },
    {
      field: 'sleep medicine',
      flagged: false,
      claim: { text: 'A new study of 300 people found magnesium improved sleep.', participants: 300 },
      source: rct('Methods: 300 adults were randomised.'),
    },
    {
      field: 'neurology',
      flagged: false,
      claim: { text: 'Magnesium is an essential mineral.', citedBy: 'none', referenceIds: [] },
      source: null,
    },
  ],
  'hype-language': [
    // A researcher's uncited "real breakthrough" right after the cited results promotes that study (a prostate-cancer page);
    // after an uncited aside it promotes nothing the page reports (a dermatology page's background).
    {
      field: 'oncology',
      flagged: true,
      before: [{ text: 'Men given the drug went 11.8 months before their cancer grew, against 5.7 months.', effects: [] }],
      claim: {
        text: '"This is a real breakthrough for men who have run out of options," said one of the investigators.',
        referenceIds: [],
        citedBy: 'none',
        strength: 0,
      },
      source: null,
    },
    {
      field: 'dermatology',
      flagged: false,
      before: [{ text: 'Psoriasis affects about one in fifty people.', referenceIds: [], citedBy: 'none' }],
      claim: { text: 'Some call the new creams a breakthrough for the skin.', referenceIds: [], citedBy: 'none', strength: 0 },
      source: null,
    },
    // Another claim's promotional words are told on that claim, once; a sentence that is no claim is told on the claim beside it.
    {
      field: 'haematology',
      flagged: false,
      claim: {
        text: 'A durable response was seen in 22.4% of those on the drug.',
        paragraph:
          'A durable response was seen in 22.4% of those on the drug. The trial shows the tablet works, a breakthrough for patients.',
        effects: [pct(22.4)],
        citedBy: 'marker',
      },
      before: [
        {
          text: 'The trial shows the tablet works, a breakthrough for patients.',
          paragraph:
            'A durable response was seen in 22.4% of those on the drug. The trial shows the tablet works, a breakthrough for patients.',
          strength: 3,
          citedBy: 'marker',
        },
      ],
      source: null,
    },
    {
      field: 'haematology',
      flagged: true,
      claim: {
        text: 'The trial shows the tablet works, a breakthrough for patients.',
        paragraph:
          'A durable response was seen in 22.4% of those on the drug. The trial shows the tablet works, a breakthrough for patients.',
        strength: 3,
        citedBy: 'marker',
      },
      before: [
        {
          text: 'A durable response was seen in 22.4% of those on the drug.',
          paragraph:
            'A durable response was seen in 22.4% of those on the drug. The trial shows the tablet works, a breakthrough for patients.',
          effects: [pct(22.4)],
          citedBy: 'marker',
        },
      ],
      source: null,
    },
    {
      field: 'pulmonology',
      flagged: true,
      claim: {
        text: 'Lung function rose by 8% in those on the inhaler.',
        paragraph: 'Lung function rose by 8% in those on the inhaler. It is a breakthrough for people with fibrosis.',
        effects: [pct(8)],
        citedBy: 'marker',
      },
      source: null,
    },
    // Promotion in the paragraph before the finding (the nearby reading), and its twin that quotes a seller's promise to refute it.
    {
      field: 'oncology',
      flagged: true,
      claim: {
        text: 'The phase 3 trial, which enrolled 1,012 men, found that adding the tablet extended survival.',
        participants: 1012,
        strength: 3,
        nearby: [
          {
            text: 'A large international trial now offers what one campaigner called "the game-changer we have waited for".',
            paragraph: 'A large international trial now offers what one campaigner called "the game-changer we have waited for".',
            strength: 0,
          },
        ],
      },
      source: null,
    },
    {
      field: 'infectious disease',
      flagged: false,
      claim: {
        text: 'The largest trial, in 1,358 adults, found that ivermectin did not reduce hospital admissions.',
        participants: 1358,
        strength: 3,
        nearby: [
          {
            text: 'Online shops sell it with promises that it is "the miracle cure they don\'t want you to know about".',
            paragraph: 'Online shops sell it with promises that it is "the miracle cure they don\'t want you to know about".',
            strength: 0,
          },
        ],
      },
      source: null,
    },
    {
      field: 'gastroenterology',
      flagged: true,
      claim: { text: 'A trial of 73 adults shows this miracle cure works.', participants: 73, strength: 3 },
      source: null,
    },
    {
      field: 'neurology',
      flagged: true,
      claim: {
        text: 'A randomized trial found the drug slowed ALS.',
        paragraph: 'New research offers a glimmer of hope. A randomized trial found the drug slowed ALS.',
        design: 'rct',
        strength: 3,
      },
      source: null,
    },
    {
      field: 'neurology',
      flagged: false,
      claim: {
        text: 'Ginkgo is no miracle pill: a trial of 3,069 adults found it did not prevent dementia.',
        participants: 3069,
        strength: 3,
      },
      source: null,
    },
    {
      field: 'infectious disease',
      flagged: false,
      claim: { text: 'In a trial of 400 adults, 95% were cured of hepatitis C.', participants: 400, effects: [pct(95)], strength: 3 },
      source: null,
    },
  ],
};
