import type { DesignCode } from '../shared/design-codes';
import { causalStrength, type CausalStrength } from './causal-strength';
import { noiseFamily } from './claim-noise';
import { findEffects, type Effect } from './effect-figures';
import { findingShape } from './finding-shapes';
import { findParticipants } from './head-count';
import { isAboutHealth } from './health-topic';
import { countOf, NUMBER, NUMBER_WORDS, parseNumber } from './numbers';
import { resultEvidence } from './result-evidence';
import { continuesCase, continuesStudy } from './study-context';

export type { Effect };

/** A duration stated in a claim ("after 16 weeks"). */
export interface Duration {
  value: number;
  unit: 'day' | 'week' | 'month' | 'year';
  text: string;
}

/** A dose, route and frequency stated in a claim ("50-mg injections twice weekly"). */
export interface Dose {
  text: string;
  amount: number | null;
  unit: string | null;
  route: string | null;
  frequency: string | null;
}

/** What a sentence says about a study. */
export interface ClaimAnalysis {
  isClaim: boolean;
  design: DesignCode | null;
  designWords: string[];
  participants: number | null;
  duration: Duration | null;
  dose: Dose | null;
  effects: Effect[];
  strength: CausalStrength;
  safety: boolean;
}

const DESIGN_WORDS: ReadonlyArray<[RegExp, DesignCode | null]> = [
  [/\bmeta-?analys[ie]s\b/i, 'meta-analysis'],
  [/\bsystematic review\b/i, 'systematic-review'],
  [/\brandomi[sz]ed\b|\bplacebo[- ]controlled\b|\bdouble[- ]blind\w*\b/i, 'rct'],
  [/\b(post[- ]hoc|secondary|retrospective) analys[ie]s\b/i, 'secondary-analysis'],
  [/\bcase[- ]control\b/i, 'case-control'],
  [/\bcross[- ]sectional\b|\bsurvey(ed)?\b/i, 'cross-sectional'],
  [/\bcohort\b|\bobservational\b|\bprospective(ly)?\b|\bfollowed (up )?\d/i, 'cohort'],
  [/\bcase (report|series)\b/i, 'case-report'],
  [/\bin mice\b|\bmice\b|\bmouse\b|\brats?\b|\brodents?\b|\banimal (study|studies|model)\b|\bmurine\b/i, 'animal'],
  [/\bin vitro\b|\bcell lines?\b|\bcultured cells\b|\btest tubes?\b|\bpetri dish\b|\bin the lab(oratory)?\b/i, 'in-vitro'],
  [/\bplacebo\b/i, 'rct'],
  [/\b(clinical )?trials?\b|\bopen[- ]label\b|\bsingle[- ]arm\b/i, null],
];

const STUDY_NOUN =
  /\b(stud(y|ies)|trials?|research(ers)?|scientists|investigators|analys[ie]s|experiments?|review|data|results|findings|evidence|paper|report(ed)?|authors?|surveys?|census|polls?|case (?:report|study|series)|team)\b|\bwe (?:show|showed|found|find|observe[ds]?|report(?:ed)?|demonstrate[ds]?|perform(?:ed)?|identif(?:y|ied)|measured|estimated)\b/i;
const REPORTING_VERB =
  /\b(found|find|finds|show(s|ed|n)?|report(s|ed)?|demonstrat\w*|reveal\w*|suggest\w*|indicat\w*|conclud\w*|observ\w*|divided|enrolled|randomi[sz]ed|assigned|gave|given|received|tested|compared|followed|tracked|measured|retained|confirm\w*|prov(e|ed|en)|reinforc\w*|detail(s|ed)?|describ(e|es|ed)|examin(e|es|ed)|analy[sz](e|es|ed)|looked at|asked|surveyed|recruited|discover(s|ed)?|estimat(e|es|ed)|predict(s|ed)?|identif(y|ies|ied))\b|\baccording to (?:the|a|this|their|new) (?:\w+ )?(?:study|research|report|survey|data|analysis|paper|authors|researchers|findings|trial)\b/i;
const SAFETY =
  /\b(safe(ty|ly)?|well[- ]tolerated|tolerab\w*|side[- ]effects?|adverse (events?|effects?|reactions?)|no (serious )?harm|harmless|non-?toxic)\b/i;

const AND_A_HALF = /\band a half\b/i;
const DURATION =
  /\b(?:after|over|for|during|within|lasting|up to|at|through)\s+(?:a\s+period\s+of\s+|(?:a|the)\s+(?:median|mean|average|total)\s+of\s+)?(?:(?:about|around|roughly|nearly|almost|approximately|some|just over|just under|more than)\s+)?(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|a|an)(?:\s+and\s+a\s+half)?\s*[- ]?\s*(day|week|month|year)s?\b|\b(\d+|one|two|three|four|five|six|twelve)[- ](day|week|month|year)\b/i;

// A thousands separator belongs to the amount: "2,000 units" is two thousand, not "000 units".
// A dose by body weight keeps its unit: "0.6 mg per kilogram of body weight" is 0.6 mg/kg, not 0.6 mg (a croup trial).
// A concentration is no dose: "uric acid below 6 mg/dL" (a gout trial) is a blood level.
const DOSE_AMOUNT = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER})\s*-?\s*((?:mg|g|mcg|µg|μg|iu|ml|units?)(?:\s*(?:\/|per)\s*(?:kg|kilo(?:gram)?)\b(?:\s+of\s+body\s*weight)?)?)\b(?!\s*(?:\/|per\s+)\s*(?:dl|l|ml|litre|liter|decilitre|deciliter)\b)`,
  'i',
);
const ROUTE =
  /\b(intramuscular(ly)?|intravenous(ly)?|subcutaneous(ly)?|injections?|injected|infusions?|drips?(?![- ]fe[de])|oral(ly)?|by mouth|tablets?|capsules?|pills?|supplements?|supplementing|supplementation|topical(ly)?|cream|inhaled|nasal spray|patch(es)?|shots?)\b/i;
const FREQUENCY =
  /\b(once|twice|three times|four times|\d+ times)\s+(a|per|each)?\s*(day|daily|week|weekly|month|monthly)\b|\b(twice|once|three times)\s+(daily|weekly|monthly)\b|\b(daily|weekly|monthly|every day|every other day|each day|per day|a day)\b/i;

const REPORTING_OR_CHANGE =
  /\b(rose|risen|fell|fallen|dropped|declined|increased|decreased|reduced|lowered|raised|doubled|halved|grew|shrank|improved|worsened|cut|compared|versus|vs\.?|than|more likely|less likely)\b/i;

/** True when a sentence opens a case report: the sentences after it tell its patient's story. */
export function opensCase(sentence: string): boolean {
  return /\bcase (?:report|study|series)\b|\bcase reports\b/i.test(sentence);
}

/** What the sentences before this one said: whether a study has been reported on the page. */
export interface ClaimContext {
  inStudy: boolean;
  /** The study reported is a case report: the story of its patient is its finding. */
  inCase?: boolean;
  /**
   * A study was reported in this very paragraph. Figures and relationships off the subject of
   * health are findings only here: a census named once does not make every later figure of a
   * history page one. Unset, the page's context stands for the paragraph's.
   */
  inParagraphStudy?: boolean;
  /**
   * Few of the page's paragraphs speak of health or research: a sentence is a finding only where
   * it speaks of them itself, or continues a study its own paragraph reported.
   */
  offTopicPage?: boolean;
  /**
   * The references the page's study reports have cited so far: a later sentence citing one of them
   * speaks of that study, whatever its words ("The special lenses slowed the worsening … by 21.4%").
   */
  studyReferences?: Set<string>;
}

/**
 * True when a sentence reports a study in its own words (a study and a reporting verb, a design
 * word, result statistics): the sentences after it may continue that study.
 */
export function opensStudy(sentence: string): boolean {
  const design = DESIGN_WORDS.some(([pattern, code]) => code !== null && pattern.test(sentence));
  return (
    noiseFamily(sentence) === null &&
    (design || (STUDY_NOUN.test(sentence) && REPORTING_VERB.test(sentence)) || resultEvidence(sentence).length > 0)
  );
}

/**
 * Analyses one sentence for the facts of a study claim. Pure: the same text and context give the
 * same answer. Page furniture and fragments (no finite verb, too short, bylines, comment buttons)
 * are never claims; in a study's context, a sentence about its participants or researchers is one.
 */
export function analyseClaim(sentence: string, context: ClaimContext = { inStudy: false }): ClaimAnalysis {
  const designWords: string[] = [];
  let design: DesignCode | null = null;
  for (const [pattern, code] of DESIGN_WORDS) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    designWords.push(match[0].toLowerCase());
    design ??= code;
  }
  const effects = findEffects(sentence);
  const participants = findParticipants(sentence);
  const duration = findDuration(sentence);
  const dose = findDose(sentence);
  const strength = causalStrength(sentence);
  const safety = SAFETY.test(sentence);
  const mentionsStudy = designWords.length > 0 || STUDY_NOUN.test(sentence);
  const saysSomething = REPORTING_VERB.test(sentence) || participants !== null || effects.length > 0 || duration !== null || strength > 0;
  const figure = effects.some((e) => e.unit !== 'p' && e.unit !== 'ci');
  const evidence = resultEvidence(sentence);
  // Wording that only states a relationship or a figure is a claim on health, or in a study's context.
  const healthOrStudy = (context.inParagraphStudy ?? context.inStudy) || isAboutHealth(sentence);
  // A percentage read as a change or as one arm's rate is a result, not a share.
  const changeFigure =
    effects.some((e) => (e.unit === '%' || e.unit === 'points') && e.relative !== null) && REPORTING_OR_CHANGE.test(sentence);
  const isClaim =
    noiseFamily(sentence) === null &&
    ((mentionsStudy && saysSomething) ||
      participants !== null ||
      (figure && strength > 0 && healthOrStudy) ||
      (evidence.length > 0 &&
        (figure || mentionsStudy || context.inStudy || evidence.some((f) => f !== 'association' && f !== 'fold-change')) &&
        healthOrStudy) ||
      (safety && (strength > 0 || /\b(was|were|is|are)\b/i.test(sentence))) ||
      (changeFigure && healthOrStudy) ||
      (context.inStudy && continuesStudy(sentence)) ||
      (context.inCase === true && continuesCase(sentence)) ||
      findingShape(sentence, context) !== null);
  return { isClaim, design, designWords: [...new Set(designWords)], participants, duration, dose, effects, strength, safety };
}

// "tracked 2,150 veterans for a decade", "followed for a year", "a median follow-up of 7.2 years": a study's length
// without a digit. Only after "for", "over" and "lasting": "within a week" is when something happened.
// "for a full year", "over an entire month" (an obesity page) are the same length, as is "a year-long study" (a bipolar page).
const SPELLED_LENGTH =
  /\b(?:for|over|lasting)\s+(?:a|an|one)\s+(?:(?:full|whole|entire)\s+)?(day|week|month|year|decade)\b|\b(?:a|an|the|this)\s+(day|week|month|year|decade)[- ]?long\b/i;
const DECADES = /\b(?:for|over)\s+(\d+|two|three|four|five|six)\s+decades\b/i;
const FOLLOW_UP_OF = /\bfollow-?up\s+of\s+(\d+(?:\.\d+)?)\s*(day|week|month|year)s?\b/i;

/**
 * "gave … prednisone (100 mg a day for five days) … and followed them for three months" (a
 * cluster-headache trial): the length people were followed is the study's, not a course of treatment.
 */
const FOLLOWED = /\bfollow(?:ed|ing)\b(?:\s+(?:them|up|participants|patients|people|the\s+[\p{L}-]+))?\s+(?=for|over|through|up to)/iu;

function findDuration(sentence: string): Duration | null {
  const followUp = FOLLOW_UP_OF.exec(sentence);
  if (followUp) return { value: Number(followUp[1]), unit: followUp[2]!.toLowerCase() as Duration['unit'], text: followUp[0] };
  const followed = FOLLOWED.exec(sentence);
  const afterFollowed = followed ? DURATION.exec(sentence.slice(followed.index + followed[0].length)) : null;
  const match = afterFollowed?.index === 0 ? afterFollowed : DURATION.exec(sentence);
  if (!match) return spelledLength(sentence);
  // "In a year-long trial, … two tablets within three days" (a doxycycline trial): the window for a dose yields to the study's length.
  if (WINDOW.test(match[0])) {
    const length = studyLengthBesides(sentence, match);
    if (length) return length;
  }
  const amount = (match[1] ?? match[3])!.toLowerCase();
  const value = Number.isNaN(Number(amount)) ? NUMBER_WORDS[amount] : Number(amount);
  if (value === undefined || Number.isNaN(value)) return spelledLength(sentence);
  const unit = (match[2] ?? match[4])!.toLowerCase() as Duration['unit'];
  // "two and a half years" (a lung-fibrosis registry's median follow-up) is 2.5 years.
  const half = AND_A_HALF.test(match[0]) ? 0.5 : 0;
  return { value: value + half, unit, text: match[0].trim() };
}

/** A duration that is a window in which something was done or happened ("within 72 hours"), not a length of study. */
const WINDOW = /^within\b/i;

/** A length of study elsewhere in the sentence than a window already found, or null. */
function studyLengthBesides(sentence: string, window: RegExpExecArray): Duration | null {
  const rest = sentence.slice(0, window.index) + ' '.repeat(window[0].length) + sentence.slice(window.index + window[0].length);
  const other = DURATION.exec(rest);
  if (other && !WINDOW.test(other[0])) return findDuration(rest);
  return spelledLength(rest);
}

/** A length given as "a year", "a decade" or "two decades". */
function spelledLength(sentence: string): Duration | null {
  const decades = DECADES.exec(sentence);
  if (decades) {
    const count = countOf(decades[1]!);
    if (count) return { value: count * 10, unit: 'year', text: decades[0] };
  }
  const one = SPELLED_LENGTH.exec(sentence);
  if (!one) return null;
  const unit = (one[1] ?? one[2])!.toLowerCase();
  return unit === 'decade' ? { value: 10, unit: 'year', text: one[0] } : { value: 1, unit: unit as Duration['unit'], text: one[0] };
}

/** The dose a sentence states: its amount and unit, route and frequency, or null when it names none. */
export function findDose(sentence: string): Dose | null {
  const amount = DOSE_AMOUNT.exec(sentence);
  const route = ROUTE.exec(sentence);
  const frequency = FREQUENCY.exec(sentence);
  if (!amount && !route) return null;
  const parts = [amount, route, frequency].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index);
  const start = parts[0]!.index;
  const last = parts[parts.length - 1]!;
  const text = sentence.slice(start, last.index + last[0].length);
  return {
    text: text.length <= 120 ? text : [amount?.[0], route?.[0], frequency?.[0]].filter(Boolean).join(' … '),
    amount: amount ? parseNumber(amount[1]!) : null,
    unit: amount ? weightBasedUnit(amount[2]!.toLowerCase().replace('μ', 'µ')) : null,
    route: route ? route[0].toLowerCase() : null,
    frequency: frequency ? frequency[0].toLowerCase() : null,
  };
}

/** "mg per kilogram of body weight" and "mg/kg" are one unit, written "mg/kg". */
function weightBasedUnit(unit: string): string {
  const perWeight = /^(\S+?)\s*(?:\/|per)\s*(?:kg|kilo(?:gram)?)\b/.exec(unit);
  return perWeight ? `${perWeight[1]}/kg` : unit;
}
