/**
 * Word lists the claim and source facts are read with (named data, each with a table test in
 * tests/unit/evidence/fact-words.test.ts). Diseases are never population words: a mouse study names
 * the disease it models, and that does not make it a study of people.
 */

/** Words that say a sentence is about people. "human cells" is about cells, so `human` needs a person noun. */
export const PEOPLE_WORDS =
  /\b(patients?|people|persons?|humans|in human (volunteers|subjects|participants)|adults?|children|kids|teens|teenagers|adolescents|infants|babies|toddlers|women|men|girls|boys|participants|volunteers|sufferers|survivors|smokers|seniors|elderly|those (taking|who|given|on|receiving)|anyone|everyone|you|your)\b/i;

/** Words that say a sentence reports an animal study. */
export const ANIMAL_WORDS =
  /\b(mice|mouse|murine|rats?|rodents?|animals?|zebrafish|monkeys?|primates?|pigs?|dogs?|rabbits?|hamsters?|worms?|flies|fruit fl(y|ies)|in vivo models?)\b/i;

/** Words that say a sentence reports a laboratory study of cells or tissue. */
export const CELL_WORDS =
  /\b(in vitro|cell (lines?|cultures?)|cultured|(human|nerve|cancer|tumou?r|immune|liver|brain|skin|stem|blood) cells (grown|in (a|the) (dish|lab\w*))|cells? in (a|the) (dish|lab\w*|test tubes?)|test tubes?|petri dish\w*|in the lab(oratory)?|laboratory (study|experiments?|tests?)|lab (study|experiments?|tests?)|cells (taken|isolated|derived|collected|harvested|grown) from|(stem|skin|blood|nerve|immune) cells from (\w+ ){0,2}(people|patients|donors|volunteers|relatives)|organoids?|human cells|tissue samples?|cultured|culture dish\w*|in culture|keratinocytes|fibroblasts)\b/i;

/**
 * "cells" alone: a laboratory study only where the sentence names no people. "In a study of 60 older
 * adults, the pill cleared these cells" speaks of people (a mouse study carried to them).
 */
export const BARE_CELLS = /\bcells\b/i;

/** Age groups, as pages and abstracts name them. */
export const AGE_GROUP_WORDS: ReadonlyArray<['children' | 'older adults' | 'adults', RegExp]> = [
  [
    'children',
    /\b(children|child|kids|infants?|babies|toddlers|newborns|neonates|preschool\w*|schoolchildren|adolescents?|teen(agers?|s)?|paediatric|pediatric|boys|girls)\b/i,
  ],
  [
    'older adults',
    /\b(older (adults|people|women|men|patients)|elderly|seniors|aged (65|70|75|80) (years )?(and|or) (older|over)|over (65|70|75|80)s?)\b/i,
  ],
  ['adults', /\b(adults|adult (patients|women|men))\b/i],
];

/** After an age word, a possessive: "children's health programmes" speaks of a service, not who was studied. */
// Or an age group the study left out: "Adolescents younger than 18 years were not eligible" (an acne trial of adults).
export const AGE_WORD_OF_OTHERS_AFTER =
  /^['’](?:s\b|\s)|^[^.;]{0,40}?\b(?:were|was) (?:not eligible|ineligible|excluded|not included|not enrolled)\b/u;

/** Before an age word, the people it belongs to: "parents of children under 18", "carers of young babies". */
export const AGE_WORD_OF_OTHERS_BEFORE =
  /\b(?:parents?|mothers?|fathers?|carers?|caregivers?|guardians?|families|grandparents?|teachers?|households?) (?:of|with) (?:\d+ |their |young |small |school-age |pre-?school |)$|\b(?:excluding|excluded|except(?: for)?|other than)\s+(?:\w+\s+)?$/i;

/** The sex of the people a sentence or a study's Methods speak of. */
export type Sex = 'women' | 'men';

/** Words for women and for men; a text naming both (or neither) has no one sex. */
export const SEX_WORDS: ReadonlyArray<[Sex, RegExp]> = [
  ['women', /\b(women|woman|female|females|girls|mothers|pregnan\w*|postmenopausal|premenopausal)\b/i],
  ['men', /\b(men|man|male|males|boys|fathers)\b/i],
];

/** How a treatment reaches the body. */
export type Route = 'oral' | 'injected' | 'topical' | 'inhaled';

/** Route words; "supplement" means by mouth. */
export const ROUTE_WORDS: ReadonlyArray<[Route, RegExp]> = [
  [
    'injected',
    /\b(intramuscular(ly)?|intravenous(ly)?|subcutaneous(ly)?|intravitreal(ly)?|intrathecal(ly)?|injections?|injected|injectable|infusions?|infused|drips?(?![- ]fe[de])|shots?|jabs?|i\.?v\.)\b/i,
  ],
  [
    'oral',
    /\b(oral(ly)?|by mouth|tablets?|capsules?|pills?|supplement(s|ed|ing|ation)?|lozenges?|drinks?|dietary|sachets?|chewable|gumm(y|ies)|powder)\b/i,
  ],
  // Patches of skin ("facial patches", "white patches", "patches on the hands") are lesions, not a plaster that delivers a drug.
  [
    'topical',
    /\b(topical(ly)?|(?<!ice )creams?|ointments?|gels?|(?<!\b(facial|white|pale|bald|red|scaly|dry|dark|itchy|thick|depigmented|discolou?red|rough|pigmented|hairless) )patch(es)?(?!\s+(on|of)\b)|lotions?|eye ?drops|serums?|applied to the skin)\b/i,
  ],
  ['inhaled', /\b(inhaled|inhalers?|inhalation|nebuli[sz]ed|nasal sprays?|intranasal(ly)?)\b/i],
];

/** A result stated as a slower worsening: the treated group got worse too, only less fast. */
export const SLOWER_DECLINE =
  /\b(slow(s|ed|ing|er)?|reduc(ed|es|ing)|attenuat(ed|es|ing)|less(er)?|smaller|delay(ed|s|ing)?)\s+(the\s+)?(rate of\s+)?([\p{L}-]+\s+){0,3}?(decline|deterioration|worsening|progression|loss)\b/iu;

/** A result stated as a gain in the treated group. Negated gains ("no improvement") are not gains. */
export const GAIN_IN_SOURCE = /(?<!\b(no|not|without|nor)\s+(\w+\s+){0,2})\b(improv(ed|ement|es)|increas(ed|es)|gain(ed|s)?|better)\b/i;

/** A page that presents a result as more of a function or ability. */
export const GAIN_ON_PAGE =
  /\b(more|greater|better|higher|improv\w*|gain\w*|boost\w*|increas\w*|enhanc\w*|sharper|stronger|restor\w*)\b[^.;]{0,40}?\b(function\w*|abilit\w*|memory|cognit\w*|mobility|strength|independence|thinking|walking|vision|hearing|movement|skills?|capacity|performance)\b|\b(function\w*|abilit\w*|memory|cognit\w*|mobility|strength|thinking|walking|vision|hearing)\b[^.;]{0,20}?\b(improved|increased|got better|rose|was restored)\b/i;

/** Words that say a page speaks of a slower worsening, not a gain. */
export const DECLINE_ON_PAGE = /\b(declin\w*|loss|lost|losing|worsen\w*|deteriorat\w*|progress\w*|slow\w*)\b/i;

/**
 * Absolute safety wording ("safe", "no side effects"); "not harmless" denies it (a diverticulitis trial's
 * investigator on antibiotics). Comparisons with a control group ("no more
 * side effects than placebo", "side effects were similar") report what was seen, and are not on it.
 */
export const ABSOLUTE_SAFETY =
  /(?<!\b(?:not|never|isn['’]t|aren['’]t|by no means)\s+(?:completely |totally |entirely |always )?)\b(completely |totally |perfectly |very |entirely |100% )?(safe(?! to say| bet)|harmless|risk[- ]free|no (serious |known |significant )?(side[- ]effects?|adverse effects?|risks?)(?! (than|compared|versus|vs))|negligible (side[- ]effects?|risks?|adverse effects?)|without (any )?(side[- ]effects?|risks?))\b/i;

/**
 * Words just before "safe" that ask whether it is, rather than say so: "far too small to say how
 * safe the drug is" (a polymyalgia trial's own caveat), "too early to know whether it is safe".
 */
export const QUESTIONED_SAFETY =
  /\b(?:how|whether|if)\s+(?:[\p{L}'’-]+\s+){0,4}?$|\b(?:too (?:small|short|early|soon)|cannot|can['’]t|could not|couldn['’]t|unable) to (?:say|tell|know|show|prove|judge|be sure)\b[^.;]{0,40}$/iu;

/** Wording that compares harms between groups: what the trial saw, not a claim of safety. */
export const COMPARED_SAFETY =
  /\b(than|compared with|compared to|versus|vs\.?|similar|as (often|common|frequent)|no more|no higher|no greater|same rate)\b/i;

/** Wording that reports the harms a study saw ("no serious side effects were reported"): an observation, not a promise of safety. */
export const OBSERVED_SAFETY =
  /\b(were|was|been) (reported|seen|observed|recorded|noted|found|detected)\b|\b(occurred|reported no)\b|\bin (either|both|each) (group|arm)s?\b/i;

/** Words that say a benefit has been confirmed or repeated. */
export const CONFIRMED_BENEFIT =
  /\b(reproducible|reproduced|replicated|consistent(ly)?(?! with)|proven|proved|proves|(?<!\bto )prove|confirm(s|ed)|(?<!\bto )confirm|established)\b/i;

/**
 * A subgroup a source's title restricts its patients to by a marker ("and a BRCA mutation",
 * "HER2-positive", "EGFR-mutated"): group 1 or 3 is the marker's name.
 */
export const MARKER_SUBGROUP =
  /\b(?:with|and|carrying|harbou?ring)\s+(?:an?\s+)?(?:germline\s+|somatic\s+|inherited\s+)?([A-Z][A-Za-z0-9/]*)\s+(?:gene\s+)?(?:mutations?|variants?|deletions?|fusions?|amplifications?|rearrangements?)\b|\b([A-Z][A-Z0-9]+|[A-Z][a-z]*[0-9][A-Za-z0-9]*)(?:\s+[A-Za-z0-9]+){0,3}?[- ](?:positive|negative|mutated|mutant|deficient)\b/;

/** After a marker's name (and up to four words), its status: "-positive", "mutated", "exon 20 insertion". */
export const MARKER_STATUS_AFTER =
  /(?:^|[\s-])(?:positive|negative|mutated|mutant|mutations?|deficient|variants?|insertions?|deletions?|fusions?|amplifi\w*|rearrange\w*|expressing|overexpress\w*|status|carriers?)\b/i;

/**
 * A subgroup a source's title restricts its patients to by a blood or sputum level ("with blood
 * eosinophils of 300 cells per microlitre or more", "with serum LDL cholesterol of 190 mg/dL or
 * more"): group 1 is what is measured, group 0 the restriction.
 */
export const BLOOD_MARKER_SUBGROUP =
  /\bwith (?:high |raised |elevated |low )?(?:blood|serum|plasma|sputum) (?:[A-Z]{2,5} )?([a-z][a-z-]+?)s? (?:counts? |levels? |concentrations? )?(?:of )?(?:at least |≥ ?|> ?|above |over |below |< ?)?\d[\d.,]* ?(?:cells|mg|mmol|µmol|μmol|ng|pg|µg|μg|g\/|%|per|×)[^:;,]*/;

/**
 * A sentence that denies every effect it lists ("Neither vitamin D nor exercise lowered blood
 * pressure"): the negation stands far before the verb. A clause after "but" or a semicolon may
 * state an effect, so such sentences are not on it.
 */
export const NEITHER_NOR_DENIAL = /^\W*neither\b(?!.*(\b(but|yet|whereas)\b|;)).*?\bnor\b/i;

/** A negation just before a word ("not proven", "has yet to be confirmed"): the page denies it. */
export const NEGATED_BEFORE =
  /\b(not|never|no|cannot|can't|isn't|wasn't|hasn't|haven't|aren't|weren't|yet to be|far from|nor)\b[^.;,]{0,20}$/i;
