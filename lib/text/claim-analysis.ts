import type { DesignCode } from '../shared/design-codes';
import { causalStrength, type CausalStrength } from './causal-strength';

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

/** An effect figure: a percentage, a ratio, a p-value or a confidence interval. */
export interface Effect {
  text: string;
  value: number;
  unit: '%' | 'times' | 'fold' | 'p' | 'ci' | 'points';
  /** True for a relative change ("40% more"), false for an absolute figure, null when unclear. */
  relative: boolean | null;
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

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  a: 1,
  an: 1,
  several: NaN,
  few: NaN,
};

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
  /\b(stud(y|ies)|trials?|research(ers)?|scientists|investigators|analys[ie]s|experiments?|review|data|results|findings|evidence|paper|report(ed)?|authors?)\b/i;
const REPORTING_VERB =
  /\b(found|find|finds|show(s|ed|n)?|report(s|ed)?|demonstrat\w*|reveal\w*|suggest\w*|indicat\w*|conclud\w*|observ\w*|divided|enrolled|randomi[sz]ed|assigned|gave|given|received|tested|compared|followed|tracked|measured|retained|confirm\w*|prov(e|ed|en)|reinforc\w*)\b/i;
const SAFETY =
  /\b(safe(ty|ly)?|well[- ]tolerated|tolerab\w*|side[- ]effects?|adverse (events?|effects?|reactions?)|no (serious )?harm|harmless|non-?toxic)\b/i;

const PARTICIPANTS = [
  /\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\p{L}-]+\s+){0,3}?(patients|participants|people|persons|adults|children|kids|women|men|subjects|volunteers|individuals|smokers|infants|adolescents|seniors|cases|mice|rats)\b/iu,
  /\bn\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)\b/i,
];

const DURATION =
  /\b(?:after|over|for|during|within|lasting|up to|at|through)\s+(?:a\s+period\s+of\s+|(?:a|the)\s+(?:median|mean|average|total)\s+of\s+)?(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|a|an)\s*[- ]?\s*(day|week|month|year)s?\b|\b(\d+|one|two|three|four|five|six|twelve)[- ](day|week|month|year)\b/i;

const DOSE_AMOUNT = /\b(\d+(?:\.\d+)?)\s*-?\s*(mg|g|mcg|µg|μg|iu|ml|units?)\b/i;
const ROUTE =
  /\b(intramuscular(ly)?|intravenous(ly)?|subcutaneous(ly)?|injections?|injected|infusions?|oral(ly)?|by mouth|tablets?|capsules?|pills?|supplements?|supplementing|supplementation|topical(ly)?|cream|inhaled|nasal spray|patch(es)?|shots?)\b/i;
const FREQUENCY =
  /\b(once|twice|three times|four times|\d+ times)\s+(a|per|each)?\s*(day|daily|week|weekly|month|monthly)\b|\b(twice|once|three times)\s+(daily|weekly|monthly)\b|\b(daily|weekly|monthly|every day|every other day|each day|per day|a day)\b/i;

const PERCENT =
  /\b(?:(over|more than|about|around|nearly|almost|up to|at least|roughly|approximately|some|by)\s+)?(\d+(?:\.\d+)?)\s*(%|percentage points?\b|percent\b|per cent\b)(\s*points?\b)?/gi;
const TIMES = /\b(twice|three times|four times|(\d+(?:\.\d+)?)\s*(?:times|-fold|fold))\s+(as|more|less|higher|lower|greater|the)\b/gi;
const P_VALUE = /\bp\s*(?:value\s*)?([<=>≤≥])\s*(0?\.\d+)/gi;
const CONFIDENCE = /\b95\s*%\s*(?:CI|confidence interval)[,:]?\s*(-?\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(-?\d+(?:\.\d+)?)/gi;
const RELATIVE_CONTEXT =
  /\b(more|less|fewer|lower|higher|greater|reduc\w*|increas\w*|decreas\w*|decline|drop|rise|risk|likely|than|versus|vs\.?|compared|relative|slow\w*|cut|boost\w*|improv\w*|better|worse|retained)\b/i;
const ARM_AFTER = /^[^.;]{0,40}?\b(vs\.?|versus|compared with|compared to|and)\s*\d+(\.\d+)?\s*%/i;
const ARM_BEFORE = /\d\s*%[^.;]{0,40}?\b(vs\.?|versus|compared with|compared to)\s*$/i;
const ABSOLUTE_CONTEXT = /^\s*(of|had|were|was|experienced|reported)\b|\bpercentage points?\b|\bfrom \d+(\.\d+)?\s*%\s*to\b/i;

/** Analyses one sentence for the facts of a study claim. Pure: the same text gives the same answer. */
export function analyseClaim(sentence: string): ClaimAnalysis {
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
  const figure = effects.some((e) => e.unit === '%' || e.unit === 'times' || e.unit === 'fold');
  const isClaim =
    (mentionsStudy && saysSomething) ||
    participants !== null ||
    (figure && strength > 0) ||
    (safety && (strength > 0 || /\b(was|were|is|are)\b/i.test(sentence)));
  return { isClaim, design, designWords: [...new Set(designWords)], participants, duration, dose, effects, strength, safety };
}

function findParticipants(sentence: string): number | null {
  for (const pattern of PARTICIPANTS) {
    const match = pattern.exec(sentence);
    if (!match?.[1]) continue;
    const value = Number(match[1].replaceAll(',', ''));
    // A year ("in 2019 patients…") or a dose is not a head count.
    if (value > 0 && !(value >= 1900 && value <= 2100 && !match[1].includes(','))) return value;
  }
  return null;
}

function findDuration(sentence: string): Duration | null {
  const match = DURATION.exec(sentence);
  if (!match) return null;
  const amount = (match[1] ?? match[3])!.toLowerCase();
  const value = Number.isNaN(Number(amount)) ? NUMBER_WORDS[amount] : Number(amount);
  if (value === undefined || Number.isNaN(value)) return null;
  const unit = (match[2] ?? match[4])!.toLowerCase() as Duration['unit'];
  return { value, unit, text: match[0].trim() };
}

function findDose(sentence: string): Dose | null {
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
    amount: amount ? Number(amount[1]) : null,
    unit: amount ? amount[2]!.toLowerCase().replace('μ', 'µ') : null,
    route: route ? route[0].toLowerCase() : null,
    frequency: frequency ? frequency[0].toLowerCase() : null,
  };
}

function findEffects(sentence: string): Effect[] {
  const effects: Effect[] = [];
  const confidenceSpans: Array<[number, number]> = [];
  for (const match of sentence.matchAll(CONFIDENCE)) {
    confidenceSpans.push([match.index, match.index + match[0].length]);
    effects.push({ text: match[0], value: Number(match[1]), unit: 'ci', relative: null });
  }
  for (const match of sentence.matchAll(PERCENT)) {
    if (confidenceSpans.some(([from, to]) => match.index >= from && match.index < to)) continue;
    const points = Boolean(match[4]) || /point/i.test(match[3]!);
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 40);
    const before = sentence.slice(Math.max(0, match.index - 30), match.index);
    const byChange = match[1]?.toLowerCase() === 'by' && RELATIVE_CONTEXT.test(before);
    // "3.8% vs 2.8%", "compared with 2.8% on placebo": each arm's own rate is an absolute figure.
    const armRate = ARM_AFTER.test(after) || ARM_BEFORE.test(before);
    const relative =
      points || armRate || ABSOLUTE_CONTEXT.test(after) || /\bfrom\s*$/i.test(before)
        ? false
        : byChange || RELATIVE_CONTEXT.test(after) || /\b(cut|reduced|lowered|raised|increased)\s*$/i.test(before)
          ? true
          : null;
    effects.push({ text: match[0].trim(), value: Number(match[2]), unit: points ? 'points' : '%', relative });
  }
  for (const match of sentence.matchAll(TIMES)) {
    const value =
      match[1]!.toLowerCase() === 'twice'
        ? 2
        : match[1]!.toLowerCase().startsWith('three')
          ? 3
          : match[1]!.toLowerCase().startsWith('four')
            ? 4
            : Number(match[2]);
    effects.push({ text: match[0].trim(), value, unit: /fold/i.test(match[0]) ? 'fold' : 'times', relative: true });
  }
  for (const match of sentence.matchAll(P_VALUE)) effects.push({ text: match[0], value: Number(match[2]), unit: 'p', relative: null });
  return effects;
}
