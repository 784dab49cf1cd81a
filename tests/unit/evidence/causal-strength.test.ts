import { describe, expect, it } from 'vitest';
import { causalStrength, negatedFinding, strengthFeatures } from '../../../lib/text/causal-strength';

// Each rule: the sentence that needs it, and a twin from another field of medicine that must read the other way.
describe('claim strength of page sentences', () => {
  it.each([
    // "more likely" compares risks: the cause it states is not hedged.
    [3, 'infectious disease', 'A study has proven that metformin prevents long COVID: users were 41% less likely to develop it.'],
    [2, 'cardiology', 'The pill may prevent strokes: users were 20% less likely to have one.'],
    // Moving people to act ("brings more women in for screening") is a cause; bringing things in is not.
    [3, 'screening', 'The trial confirmed that a simple text reminder brings more women in for screening.'],
    [3, 'smoking cessation', 'The app got more smokers to quit for six months.'],
    [0, 'nursing', 'The ward brought more chairs in for visitors.'],
    // A verb of the people counted ("stopped smoking") is what they did, not what caused it.
    [0, 'respiratory', 'By the end, 28% of daily users reported having stopped smoking, compared with 16% of non-users.'],
    [3, 'neurology', 'The drug stopped seizures in 40% of the children, compared with 10% on placebo.'],
    // The bare verb with its object ("can stop it happening", a cleft-lip page) is a cause; a bus stopping is not.
    [3, 'paediatrics', 'A daily supplement many women already take can stop it happening.'],
    [3, 'neurology', 'The new tablets stop migraines before they start.'],
    [0, 'public health', 'Buses stop outside the clinic every hour.'],
    // "slow" after a degree word or a copula is an adjective (a septic-shock trial's harms); as a verb it is a cause.
    [1, 'critical care', 'A heart rate so slow it needed treatment was more common with the drug, affecting 4.7% compared with 0.9%.'],
    [3, 'neurology', 'The new drug slowed the disease in most patients.'],
    [0, 'geriatrics', 'Her walking was slow after the operation.'],
    // "affecting 4.7% of patients" counts who has it; "affects lung function" is a cause.
    [0, 'dermatology', 'Eczema is common, affecting about one in ten adults.'],
    [3, 'respiratory', 'Smoking in pregnancy affects the lung function of the baby.'],
    // "link … to" as a verb is a link; a web link is not (a multivitamin page).
    [1, 'oncology', 'Some studies link multivitamin use to a reduced risk of cancer, while others find no benefit.'],
    [1, 'cardiology', 'Researchers link poor sleep to heart disease.'],
    [0, 'general practice', 'Follow the link below to book an appointment.'],
    // What a treatment is ("a tablet that blocks an enzyme") or is for ("medicines to raise platelets") is no finding of cause.
    [0, 'haematology', 'Orvanbrutinib, a tablet that blocks an enzyme called BTK, has now been tested in a trial of 188 adults.'],
    [3, 'endocrinology', 'Metformin, a drug that lowers blood sugar, cut the risk of bowel cancer in the trial.'],
    [0, 'haematology', 'Fewer patients on the drug needed rescue medicines to raise their platelets quickly (31.2% against 46.0%).'],
    [3, 'cardiology', 'The drug raised good cholesterol in 31% of patients.'],
    // A participle used as an adjective ("an increased risk", "Raised CRP") names a state; used as a verb, a cause.
    // A call for trials "to test whether" something lowers a risk asks; it states no cause.
    [0, 'urology', 'They call for trials to test whether cutting down on sugary drinks lowers the risk.'],
    [3, 'urology', 'The trial found that cutting down on sugary drinks lowers the risk.'],
    [1, 'neurology', 'Smokers had an increased risk of stroke.'],
    // An -ing form after an article and before "of" is a noun: what was counted, not a cause (a scoliosis cohort).
    [
      1,
      'orthopaedics',
      'Among the sporty teenagers, 18% had a worsening of 6 degrees or more, compared with 26% of those who did less sport.',
    ],
    [3, 'respiratory', 'Damp housing led to a worsening of asthma in the children.'],
    [3, 'hepatology', 'The drug was slowing the scarring of the liver in 40% of the patients.'],
    [3, 'neurology', 'Smoking increased the risk of stroke in the trial.'],
    [0, 'nutrition', 'Raised CRP was found in 21.4% of daily eaters of fermented foods.'],
    [3, 'rheumatology', 'The steroid raised CRP in 21.4% of the patients.'],
    [0, 'gastroenterology', 'People with sepsis or a weakened immune system were not included in the trial and still need antibiotics.'],
    [3, 'immunology', 'The drug weakened the immune system of the mice.'],
    [0, 'nursing', 'In nine hospitals, 2,860 patients were randomly assigned to enhanced mouth care or to usual care.'],
    [0, 'paediatrics', 'Families were assigned to reduced screen time or to their usual habits.'],
    [3, 'oncology', 'The new regimen led to improved survival in 400 women.'],
    [0, 'plastic surgery', 'It was applied once a day for a week to the skin of freshly raised flaps.'],
    [0, 'pain', 'Patients with chronically impaired sleep were enrolled.'],
    [3, 'pain', 'The nerve block significantly reduced pain after knee surgery.'],
    // What happened to people before the study ("whose vision had continued to shrink") is how they were chosen.
    [0, 'ophthalmology', 'The trial included 412 adults whose field of vision had continued to shrink despite good pressure control.'],
    [0, 'neurology', 'It enrolled 300 people with epilepsy who had tried two drugs that failed to stop their seizures.'],
    [3, 'multiple sclerosis', 'The drug cut relapses in patients who had relapsed twice before.'],
    // A difference "due to chance", "the same pace": no effect was found.
    [1, 'ophthalmology', 'Vision loss progressed at almost the same pace in both groups, a difference small enough to be due to chance.'],
    [3, 'infectious disease', 'The fall in infections was due to the vaccine, not to chance.'],
    // What the people counted did ("heavy drinkers who cut down") is their exposure; the finding is the verb after it.
    [1, 'neurology', 'Heavy drinkers who cut down in their 40s were less likely to be diagnosed with dementia.'],
    [1, 'cardiology', 'Women who cut down on salt had lower blood pressure than those who did not.'],
    [3, 'respiratory', 'The app cut relapses among smokers who had quit.'],
    // What a study did not do ("rather than randomly asking some to cut down") is no cause it found.
    [0, 'neurology', 'It followed what people chose to do, rather than randomly asking some of them to cut down.'],
    [3, 'multiple sclerosis', 'The tablet, rather than the placebo, cut relapses by a third.'],
    // Phrasal verbs of an effect: "holds the cancer back", "keeps migraines at bay".
    [3, 'oncology', 'Relvasertib holds the cancer back for longer than placebo.'],
    [3, 'neurology', 'The monthly injection kept migraines at bay in half of the patients.'],
    [0, 'oncology', 'She held her daughter back from school on the day of the scan.'],
    // "X-associated" names a kind of condition ("endometriosis-associated pain"), not a link the study found.
    [3, 'gynaecology', 'Dienogest and a combined pill reduced endometriosis-associated pain to a similar extent over 12 months.'],
    [3, 'intensive care', 'Chlorhexidine bathing reduced ventilator-associated pneumonia.'],
    [1, 'nutrition', 'Coffee intake was associated with lower mortality.'],
    // A relative clause in the subject says which events were counted; the finding is the verb after it.
    [1, 'geriatrics', 'Falls that caused an injury were about as common in both groups.'],
    [1, 'infectious disease', 'Infections that led to a hospital stay were as frequent among vaccinated children as among the others.'],
    [3, 'haematology', 'Bleeds that required a transfusion were halved by the drug.'],
    [3, 'oncology', 'The drug that was tested halved the number of deaths.'],
  ] as const)('%i (%s) “%s”', (strength, _field, sentence) => {
    expect(causalStrength(sentence)).toBe(strength);
  });
});

describe('a finding stated as not found', () => {
  it.each([
    // A concession names the hype it goes on to answer: the finding is the main clause.
    [true, 'pediatrics', 'Despite claims of a "miracle" cure for colic, probiotic drops did not reduce crying in a trial of 167 babies.'],
    [false, 'dermatology', 'Despite its low price, the cream reduced itching in a trial of 120 adults.'],
    [true, 'orthopaedics', 'Arthroscopic surgery did not improve knee pain more than sham surgery.'],
    [false, 'psychiatry', 'Although it was not blinded, the trial found that the app reduced symptoms of depression.'],
    // "No better than" its control is a null comparison; "no more than" a number is a limit.
    [
      true,
      'neurology',
      'In a trial of 1,436 adults, those who took citicoline for six weeks recovered no better than those given a placebo.',
    ],
    [false, 'rheumatology', 'In a trial of 300 adults, those who took the tablet had less joint pain than those given a placebo.'],
    [true, 'dermatology', 'The cream cleared no more patches than a dummy cream in the trial.'],
    [false, 'nutrition', 'Those who drank no more than two cups a day had fewer headaches in the trial.'],
    // A researcher's caveat in a contraction denies the cause as "cannot" does.
    [true, 'hepatology', '"This is an observational study, so we can\'t say that aspirin prevents liver cancer," she said.'],
    [true, 'cardiology', 'The authors couldn’t show that the pill lowers the risk of stroke.'],
    [false, 'hepatology', '"This is a large trial, so we can say that the antiviral prevents liver cancer," she said.'],
    // "About as common in both groups" found no difference, whatever the counted events "caused".
    [true, 'geriatrics', 'Falls that caused an injury were about as common in both groups.'],
    [true, 'infectious disease', 'Infections that led to a hospital stay were as frequent among vaccinated children as among the others.'],
    [false, 'haematology', 'Bleeds that required a transfusion were halved by the drug.'],
    [false, 'dermatology', 'Flares were twice as common in the placebo group as in the cream group.'],
    [
      true,
      'ophthalmology',
      'Vision loss progressed at almost the same pace in both groups, a difference small enough to be due to chance.',
    ],
    [true, 'cardiology', 'Blood pressure fell at the same rate with the pill as with placebo.'],
    [false, 'cardiology', 'Blood pressure fell twice as fast with the pill as with placebo.'],
  ] as const)('%s (%s) “%s”', (negated, _field, sentence) => {
    expect(negatedFinding(sentence)).toBe(negated);
  });
});

describe('the same sentence reads the same on every call', () => {
  const purpose = 'The programme was designed to reduce falls in older adults.';
  const finding = 'Interventions to improve sleep reduced anxiety in the trial.';
  const plain = 'Statins lowered cholesterol in the trial.';

  it('gives one answer for one sentence, however often and in whatever order it is read', () => {
    const first = [purpose, finding, plain].map((sentence) => [causalStrength(sentence), strengthFeatures(sentence)]);
    const again = [purpose, purpose, finding, plain, plain, finding].map((sentence) => [
      causalStrength(sentence),
      strengthFeatures(sentence),
    ]);
    expect(again).toEqual([first[0], first[0], first[1], first[2], first[2], first[1]]);
  });

  it('marks a purpose in a sentence that has one, and none in a sentence that has none', () => {
    const PURPOSE_FEATURE = 7;
    expect([purpose, purpose, plain, finding, plain].map((sentence) => strengthFeatures(sentence)[PURPOSE_FEATURE])).toEqual([
      1, 1, 0, 1, 0,
    ]);
  });
});
