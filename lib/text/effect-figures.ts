import { POPULATION_NOUNS } from './head-count';
import { NUMBER, NUMBER_WORDS, parseNumber } from './numbers';

/** An effect figure: a percentage, a ratio, a rate, a p-value or a confidence interval. */
export interface Effect {
  text: string;
  value: number;
  unit: '%' | 'times' | 'fold' | 'p' | 'ci' | 'points' | 'ratio' | 'rate';
  /** True for a relative change ("40% more"), false for an absolute figure, null when unclear. */
  relative: boolean | null;
}

const QUALIFIER = String.raw`(?:over|more than|less than|about|around|nearly|almost|up to|at least|roughly|approximately|some|just over|just under|only)`;
/** A percentage; the look-behind keeps "5,000%" whole and "12.5%" from being read as "5%". */
const PERCENT = new RegExp(
  String.raw`(?<![\d.,])(?:((?:by\s+)?${QUALIFIER}|by)\s+)?(${NUMBER})(?:\s*(?:-|–|to)\s*(${NUMBER}))?\s*(%|percentage points?\b|percent\b|per cent\b)(\s*points?\b)?`,
  'gi',
);
const TIMES =
  /\b(twice|(?:three|four|five|six|seven|eight|nine|ten|twenty) times|(\d+(?:\.\d+)?)\s*(?:times|-fold|fold)|(two|three|four|five|six|ten)fold|(?:more than |nearly |almost )?(doubl|tripl|quadrupl)(?:ed|ing|es)|halv(?:ed|ing))\b(?:\s+(?:as|more|less|higher|lower|greater|the|increase|risk|likely))?/gi;
/** A change by a fraction in words ("cut the risk by a third", "reduced by two-thirds"): a relative change. */
const FRACTION_CHANGE =
  /\bby (?:about |almost |nearly |more than |over |roughly |around |up to |at least )?(half|a half|one half|a third|one third|a quarter|one quarter|two[- ]thirds|three[- ]quarters|a fifth|one fifth|a tenth|one tenth)\b/gi;
/** The share each fraction word names. */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 1 / 2,
  third: 1 / 3,
  quarter: 1 / 4,
  'two-thirds': 2 / 3,
  'three-quarters': 3 / 4,
  fifth: 1 / 5,
  tenth: 1 / 10,
};
const P_VALUE = /\bp\s*(?:value\s*)?([<=>≤≥])\s*(0?\.\d+)/gi;
const CONFIDENCE = /\b95\s*%\s*(?:CI|confidence interval)[,:]?\s*(-?\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(-?\d+(?:\.\d+)?)/gi;
/** Ratio measures of effect: odds, hazard, risk and rate ratios, and the area under a ROC curve. */
const RATIO =
  /\b(odds ratio|hazard ratio|relative risk|risk ratio|rate ratio|incidence rate ratio|\bOR\b|\bHR\b|\bRR\b|\baOR\b|\baHR\b|area under the (?:ROC )?curve|\bAUC\b)(?:\s*(?:of|was|were|=|:|,))?\s*(\d+(?:\.\d+)?)/g;
/** Rates per population ("12 cases per 100,000 people", "3.4 per 1,000 person-years"). */
const RATE = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER})\s+(?:[\p{L}-]+\s+){0,3}?(?:per|in every|out of every)\s+(1,?000|10,?000|100,?000|1,?000,?000|million|thousand)\b`,
  'giu',
);

const COUNT = String.raw`(?:${NUMBER}|\b(?:${Object.keys(NUMBER_WORDS).join('|')}))`;
/** A part of the people studied ("four of the five participants", "23 out of 41 patients"): a share, absolute. */
const PART_OF_PEOPLE = new RegExp(
  String.raw`(?<![\d.,])(${COUNT})\s+(?:out\s+)?of\s+(?:the\s+|all\s+|those\s+|these\s+)?(${COUNT})\s+(?:[\p{L}-]+\s+){0,2}?(?:${POPULATION_NOUNS.join('|')})\b`,
  'giu',
);

const CHANGE_WORDS =
  /\b(more|less|fewer|lower|higher|greater|reduc\w*|increas\w*|decreas\w*|declin\w*|drop\w*|rise|rose|risen|fell|fall\w*|cut|boost\w*|improv\w*|better|worse|retained|lower\w*|rais\w*|slow\w*|jump\w*|climb\w*|surg\w*|grew|grow\w*|gain\w*|loss|reduction|risk|likely|likelihood|odds)\b/i;
/**
 * "reduced … by almost 40%": the figure is the size of a change, relative to where it started; an
 * over- or underestimate "by up to 35 percent" is relative to the true value.
 */
const BY_CHANGE =
  /\b((?:over|under)estimat\w*|reduc\w*|increas\w*|decreas\w*|declin\w*|drop\w*|rose|risen|rise[sn]?|fell|fall\w*|cut|lower\w*|rais\w*|boost\w*|improv\w*|slow\w*|jump\w*|climb\w*|grew|grow\w*|risk|shrank|shrunk)\b[^.;]{0,40}\bby\s*$/i;
/** "40% more", "a 40% increase in", "40% lower risk". */
const CHANGE_AFTER =
  /^\s*(?:points?\s+)?(more|less|fewer|lower|higher|greater|smaller|larger|bigger|shorter|longer|increase[sd]?|decrease[sd]?|reduction|reduced|drop|rise|decline|improvement|slower|faster|better|worse|boost|gain|loss|jump|cut)\b/i;
/** A share of a group ("30% of adults"), one arm's rate ("3% in one group compared with 17%"), a count in brackets ("42% (23/41)"). */
const SHARE_AFTER =
  /^\s*(?:of\b|\(\s*\d+\s*(?:\/|of)\s*\d+\s*\)|(?:were|was|had|have|has|experienced|reported|developed|got|said|say|are|is|indicated|stated|answered|responded|agreed|used|chose|preferred)\b)/i;
const ARM_AFTER =
  /^[^.;]{0,50}?\b(vs\.?|versus|compared (?:with|to)|and|against|while|whereas)\s*(?:(?:about|around|only|just|the|a|an|national|average|rate|level|of|in|for)\s+){0,5}\d+(\.\d+)?\s*(%|percent)/i;
const ARM_BEFORE = /\d\s*(%|percent)[^.;]{0,50}?\b(vs\.?|versus|compared (?:with|to)|against)\s*(?:about |around |only |just )?$/i;
/** "3% error", "85 percent pure": a percentage that measures something is a level. */
const MEASURE_AFTER =
  /^\s*(?:error|accuracy|precision|sensitivity|specificity|body fat|purity|pure|efficacy|effective|accurate|of (?:the )?(?:total|population|workforce|gdp))\b/i;
/** "an increase of 5.3%": the size of a change. */
const CHANGE_OF =
  /\b(?:increase|decrease|rise|drop|decline|reduction|fall|gain|loss|jump|cut|improvement|growth)\s+of\s*(?:about |around |nearly |almost |up to |more than )?$/i;
/** "was 3.8 percent", "an average of 3 percent", "stood at 12%": a level, not a change. */
const LEVEL_BEFORE =
  /\b(?:was|were|is|are|at|average of|rate of|prevalence of|share of|total of|reached|remained|stood at|(?:the )?remaining|another|a further)\s*(?:about |around |nearly |almost |only |just |roughly |approximately )?$/i;
const FROM_TO = /\bfrom\s*(?:about |around )?$|\bto\s*$/i;

/** Every effect figure of a sentence, each marked relative, absolute or unclear from the words it belongs to. */
export function findEffects(sentence: string): Effect[] {
  const effects: Effect[] = [];
  const taken: Array<[number, number]> = [];
  const free = (index: number) => !taken.some(([from, to]) => index >= from && index < to);
  for (const match of sentence.matchAll(CONFIDENCE)) {
    taken.push([match.index, match.index + match[0].length]);
    effects.push({ text: match[0], value: Number(match[1]), unit: 'ci', relative: null });
  }
  for (const match of sentence.matchAll(RATIO)) {
    if (!free(match.index)) continue;
    taken.push([match.index, match.index + match[0].length]);
    const auc = /curve|AUC/i.test(match[1]!);
    // An area under the curve measures how well a test tells groups apart: a level, not a change.
    effects.push({ text: match[0], value: Number(match[2]), unit: 'ratio', relative: !auc });
  }
  for (const match of sentence.matchAll(PERCENT)) {
    if (!free(match.index)) continue;
    const points = Boolean(match[5]) || /point/i.test(match[4]!);
    const end = match.index + match[0].length;
    const after = sentence.slice(end, end + 60);
    const before = sentence.slice(Math.max(0, match.index - 60), match.index);
    effects.push({
      text: match[0].trim(),
      value: parseNumber(match[2]!),
      unit: points ? 'points' : '%',
      relative: points ? false : relativeOf(`${before}${/^by\b/i.test(match[1] ?? '') ? ' by ' : ''}`, after),
    });
  }
  sharesOfAList(sentence, effects);
  for (const match of sentence.matchAll(TIMES)) {
    const word = match[1]!.toLowerCase();
    const counted = /^([a-z]+) times$/.exec(word)?.[1];
    const value = counted
      ? NUMBER_WORDS[counted]!
      : /^twice|doubl/.test(word)
        ? 2
        : /^three|tripl/.test(word)
          ? 3
          : /^four|quadrupl/.test(word)
            ? 4
            : /^five/.test(word)
              ? 5
              : /^halv/.test(word)
                ? 0.5
                : /^six/.test(word)
                  ? 6
                  : /^ten/.test(word)
                    ? 10
                    : Number(match[2]);
    // "three times a week", "twice weekly" are frequencies, not effects.
    if (
      /times$|^twice$/.test(word) &&
      !/\b(as|more|less|higher|lower|greater|the|likely|risk|increase)\b/i.test(match[0].slice(word.length))
    )
      continue;
    effects.push({ text: match[0].trim(), value, unit: /fold|doubl|tripl|quadrupl|halv/i.test(word) ? 'fold' : 'times', relative: true });
  }
  for (const match of sentence.matchAll(FRACTION_CHANGE)) {
    const words = match[1]!
      .toLowerCase()
      .replace(/^(?:a|one) /, '')
      .replace(' ', '-');
    effects.push({ text: match[0].trim(), value: FRACTION_WORDS[words] ?? 0, unit: 'fold', relative: true });
  }
  for (const match of sentence.matchAll(PART_OF_PEOPLE))
    effects.push({ text: match[0].trim(), value: parseNumber(match[1]!), unit: 'rate', relative: false });
  for (const match of sentence.matchAll(RATE))
    effects.push({ text: match[0].trim(), value: parseNumber(match[1]!), unit: 'rate', relative: false });
  for (const match of sentence.matchAll(P_VALUE)) effects.push({ text: match[0], value: Number(match[2]), unit: 'p', relative: null });
  return effects;
}

/** What may stand between two percentages of one list: "92% European and 7% Māori", "2.2%), followed by Hindi (1.7%". */
const LIST_JOIN = /^[^.;%]{0,40}?(?:,|\band\b|\bor\b|\bfollowed by\b)[^.;%]{0,30}$/i;

/**
 * A percentage left unclear that is listed after an absolute one reads as the same kind: the
 * parts of one whole ("92% European and 7% Māori") are all shares.
 */
function sharesOfAList(sentence: string, effects: Effect[]): void {
  const percentages = effects.filter((e) => e.unit === '%');
  for (const [k, effect] of percentages.entries()) {
    const previous = percentages[k - 1];
    if (effect.relative !== null || previous?.relative !== false) continue;
    const from = sentence.indexOf(previous.text) + previous.text.length;
    const to = sentence.indexOf(effect.text, from);
    if (from >= previous.text.length && to > from && LIST_JOIN.test(sentence.slice(from, to))) effect.relative = false;
  }
}

/** Relative, absolute or unclear, from the words around a percentage. */
export function relativeOf(before: string, after: string): boolean | null {
  if (ARM_AFTER.test(after) || ARM_BEFORE.test(before) || FROM_TO.test(before)) return false;
  if (BY_CHANGE.test(before) || CHANGE_OF.test(before)) return true;
  if (CHANGE_AFTER.test(after) || /^[^.;,]{0,25}\bthan\b/i.test(after)) return true;
  // A level ("was 3.8 percent", "an average of 3%"), a share of a count ("20,235 people (0.5%)", "14.9% as Māori").
  if (
    SHARE_AFTER.test(after) ||
    MEASURE_AFTER.test(after) ||
    LEVEL_BEFORE.test(before) ||
    /\(\s*$/.test(before) ||
    /^\s*(?:as|identif\w*)\b/i.test(after)
  )
    return false;
  if (/\b(cut|reduced|lowered|raised|increased|boosted)\s*$/i.test(before)) return true;
  return CHANGE_WORDS.test(after.slice(0, 25)) ? true : null;
}

/**
 * True when an absolute figure states a benefit: one arm's rate set against another's ("3% …
 * compared with 17%"), a change from one rate to another ("from 2.18 percent to 2.72 percent") or
 * a difference in percentage points. A share ("62% of shoppers") or a level ("was 3.8 percent")
 * alone says nothing about what a treatment changed.
 */
export function isBenefitFigure(sentence: string, effect: { text: string; unit: string; relative: boolean | null }): boolean {
  if (effect.relative !== false) return false;
  if (effect.unit === 'points') return true;
  const at = sentence.indexOf(effect.text);
  if (at < 0) return false;
  const before = sentence.slice(Math.max(0, at - 60), at);
  const after = sentence.slice(at + effect.text.length, at + effect.text.length + 60);
  return ARM_AFTER.test(after) || ARM_BEFORE.test(before) || FROM_TO.test(before) || /^\s*to\s*\d/.test(after);
}
