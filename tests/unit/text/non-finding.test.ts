import { describe, expect, it } from 'vitest';
import { isNarratorStory, nonFindingFamily } from '../../../lib/text/non-finding';

describe('non-findings: sentences about research that report no result of it', () => {
  it.each([
    ['aim', 'To determine the effectiveness of the influenza vaccine in reducing hospitalizations among elderly persons.'],
    ['aim', 'Objective: To assess whether statins lower the risk of a second stroke in older women.'],
    ['wondering', 'The researchers wondered whether or not this threshold is also responsible for our "eureka!" moments.'],
    ['hypothesis', 'Dr. Shadlen and colleagues started out from an interesting hypothesis, one derived from previous research.'],
    ['hypothesis', 'The dermatologists hypothesized that the cream would shorten flares of eczema.'],
    ['speculation', 'If confirmed in clinical trials, the findings could offer new treatments.'],
    ['speculation', 'The kidney team says the approach could one day replace dialysis for some patients.'],
    ['projection', 'With better planning, hospitals could see more patients daily and reduce wait times by as much as 50%.'],
    ['advice', 'Given our findings on problematic use across age groups, legalization efforts should coincide with prevention.'],
    ['advice', 'But if they have chest symptoms such as cough, they should let their health care professional know, he added.'],
    [
      'call-for-research',
      'The team is calling for a randomised trial, in which patients would be allocated to aspirin or a placebo, to settle the question.',
    ],
    ['call-for-research', 'Kidney specialists urged larger studies before the diet is offered to children.'],
    ['background', "Nevertheless, questions remain about this policy's effectiveness given the potential for bias in observational data."],
    ['belief', 'BIS also analyzes the information differently, and some researchers believe that BIS is more accurate than BIA (14, 15).'],
    ['belief', 'The researchers believe that the bone they found could have been used as a needle.'],
    ['belief', 'For many years, scientists have suspected that there is water beneath the ice.'],
    ['advice', 'If you care about your joints, you can swap running for swimming.'],
    ['forecast', 'Life expectancy at birth is forecast to increase from 80 years to 85 years in 2050.'],
    ['definition', "Cannabis use disorder is where a person's use of the drug negatively affects their life over 12 months."],
    ['definition', 'Psoriasis is a condition in which skin cells build up into scaly patches.'],
    ['method-comparison', 'Accuracy: A DXA provides more consistent results than some other methods.'],
    [
      'method-comparison',
      'The relationship between the volume and pressure of air allows this device to predict the density of your body (11).',
    ],
    ['inquiry-topic', 'Researchers have looked at the relationship between legalisation and problematic use of the drug.'],
    [
      'inquiry-topic',
      "A review of existing research has examined the evidence for a connection between the gut and the progression of Parkinson's disease.",
    ],
    ['inquiry-topic', 'The cardiologists investigated the role of sleep apnoea in atrial fibrillation.'],
    ['figure-of-speech', 'In fact, it would be safe to say that what is consciously known to us is just the tip of the iceberg.'],
    ['link-list', 'Here are 20 effective tips to lose belly fat, based on studies.'],
    [
      'glued-headline',
      "It's official: Pets benefit our mental health A systematic review of existing studies lists the many ways pets help.",
    ],
    ['glued-headline', 'Pancreatic cancer: Modified flu virus destroys tumors Scientists destroyed pancreatic cancer cells using a virus.'],
    ['person-activity', 'Dempsey talked with the man over the phone, trying to zero in on potential causes.'],
    ['person-activity', 'As a postdoc at Harvard in 2011, Michael Howitt became fascinated with tuft cells.'],
    ['person-activity', 'His doctor referred him to an urgent respiratory clinic.'],
    ['person-activity', 'She started a support group for parents of children with epilepsy.'],
    ['counterfactual', '"If we were able to reduce an astronaut\'s metabolic rate by 75%, we could end up with substantial savings."'],
    ['counterfactual', 'If we were able to slow the heart rate by a third – as bears do in winter – we could save tons of supplies.'],
    ['boilerplate', 'Copyright Notice Copyright (c) 2014 the Trust and the persons identified as the document authors.'],
    ['boilerplate', 'Further information on how we use your data can be found in our Data Protection Policy.'],
    ['advice', 'Please review these documents carefully, as they describe your rights.'],
    ['counterfactual', 'If the vaccine were given to every child, it would prevent 3,000 deaths a year.'],
    ['funding', 'The Burns Survivors Trust contributed to the cost of this study.'],
    ['mechanism', 'The drug, lozabrutinib, blocks an enzyme called BTK that B cells need to survive and multiply.'],
    ['mechanism', 'Semaglutide mimics a gut hormone that tells the brain the stomach is full.'],
    ['funding', 'The asthma study was partly funded by a charity for people with lung disease.'],
  ])('%s: “%s”', (family, sentence) => expect(nonFindingFamily(sentence)).toBe(family));

  // Faithful twins from other fields of medicine: findings that use the same words and must stay claims.
  it.each([
    'To determine when the seizure began, the neurologists asked each patient to mark a timeline.',
    'The researchers found that the bone marrow transplant cured 9 of 12 children.',
    'If youths were screened early, the survey found, their risk of diabetes fell by a third.',
    'Deaths from sepsis were expected to rise, but the registry showed they fell by 8% in 2019.',
    'Psoriasis is a condition that improved in 70% of the patients given the cream.',
    '"This is a breakthrough that could change how we treat breast cancer," said lead author Professor Jane Doe.',
    'The trial confirmed the hypothesis that aspirin lowers the risk of bowel cancer by 20%.',
    'Children who received the asthma inhaler could walk 30% farther after eight weeks.',
    'In the trial, the new scan was more accurate than biopsy, catching 90% of liver tumours.',
    'In a paper in the journal, a marine biologist wrote the noises the whales made could be key to avoiding entanglement.',
    'Keck Observatory, which uses a spectrograph to detect water, spotted vapour above one of the two moons.',
    'Researchers used a blood test to predict which patients would relapse and found it right in 9 of 10 cases.',
    'A similar 2012 study in the journal Communication Research suggests we enjoy sad films because they lift mood.',
    'Patients low in vitamin A were more likely to develop night blindness, the survey found.',
    'But these exciting results suggest supplementing vitamin D could help preserve bone strength in older women.',
    'The dermatologists examined the effect of the cream in 240 children with eczema.',
    'The team investigated the link between statins and memory loss and found none.',
    'Oncologists studied the role of the gene in breast tumours, which shrank when it was silenced.',
    'Dr Patel and her colleagues found that the stent cut deaths by a third.',
    'She started the drug in March, and her seizures fell from ten a month to two.',
    'Researchers started enrolling 400 adults with psoriasis in 2019.',
    'And within days of the first dose, she began to recover.',
    'If patients took the drug within an hour, 60% recovered fully.',
    'The trial, whose data are shared under a copyright licence, found the gel healed 70% of ulcers.',
    'The trial that doctors had called for found the patch cut migraine days by 40%.',
    'Doctors called for a ban on the supplement after 12 patients fell ill.',
    'The trial, funded by the drug maker, found the tablet halved relapses of multiple sclerosis.',
    'The study was funded by the government, and the vaccine cut hospital stays by 40%.',
    'The tablet blocked the enzyme in 90% of patients and halved their flares.',
    'In the trial, the drug blocks the receptor and lowered blood pressure by 8 mm Hg.',
  ])('reports a finding: “%s”', (sentence) => expect(nonFindingFamily(sentence)).toBeNull());
});

describe('the writer’s own story: first person outside quotation marks', () => {
  it.each([
    'A week after I visit the lab, the results of the MDMA arrive in my inbox: it is 85 percent pure.',
    'He told me the clinic had tested 40 samples.',
  ])('is the writer’s story: “%s”', (sentence) => expect(isNarratorStory(sentence)).toBe(true));

  // Twins: a quoted researcher, and a roman numeral of a disease type or trial phase.
  it.each([
    '“I was surprised the drug worked so well,” said the lead author of the arthritis trial.',
    'Participants in the type I diabetes cohort lost 4 kg over 12 months.',
    'The phase I trial of the malaria vaccine enrolled 60 adults.',
  ])('is no writer’s story: “%s”', (sentence) => expect(isNarratorStory(sentence)).toBe(false));
});
