import { quoteAround } from './classify-design';
import { NON_OUTCOME_WORDS } from './figure-outcome';
import { significance } from './source-facts';

/** A result the source states only for a subgroup, with the words that define the subgroup. */
export interface SubgroupBenefit {
  /** The words of the subgroup ("extensive intermediate drusen … (categories 3 and 4)"). */
  restriction: string;
  /** Words of the restriction that the rest of its sentence does not repeat: what a page must name to name the subgroup. */
  telling: string[];
  /** The percentages the subgroup's sentence states. */
  figures: number[];
  evidence: string;
}

// "In participants with extensive drusen, large drusen or advanced AMD in one eye, the probability …", "Among patients with diabetes, the rate …".
// "Among the 212 women with a cervical length below 30 mm, birth before 34 weeks occurred in 24.5% and 39.0%" (an obstetric trial);
// "In an exploratory analysis of 412 participants who had fallen twice or more …, 44.2% of the exercise group …" (a falls trial).
const RESTRICTED_RESULT =
  /(?:^|(?<=[.;]\s))(?:In|Among)\s+(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?analys[ie]s\s+(?:of|in|among)\s+)?(?:the\s+)?(?:[\p{L}\d,-]+\s+){0,2}?(?:with|who|whose|aged|having)\s+([^.;]+?),\s+(?:the|a|an|there|(?=\d)|(?:[\p{L}\d-]+\s+){1,4}?(?:was|were|had|reached|fell|rose|occurred|developed|improved|declined|increased|decreased))\b([^;]*?)(?=\.\s|\.$|;|$)/gu;

/** The source's words that others got no benefit: "no benefit of supplementation was detected", "but not in those …". */
export const NO_BENEFIT_ELSEWHERE =
  /\bno (statistically significant |significant |clear )?(benefit|effect|difference|improvement|reduction)\b|\bbut not (in|among)\b|\bnot in (those|patients|participants|people|women|men|children)\b/i;

const PERCENT = /(\d+(?:\.\d+)?)\s*%/g;

/** Words of at least this many letters tell a subgroup apart; shorter ones ("one", "eye") are too common. */
export const TELLING_WORD_LENGTH = 5;

const wordsOf = (text: string) =>
  (text.toLowerCase().match(/[\p{L}][\p{L}-]+/gu) ?? []).filter((w) => w.length >= TELLING_WORD_LENGTH && !NON_OUTCOME_WORDS.has(w));

/**
 * A result with figures that the Results state for a subgroup only ("In participants with …, 20% …
 * and 28% …"), where the abstract also says others got no benefit. Null when the results are not
 * restricted, or nothing says that the rest did not benefit. Pure.
 */
export function subgroupBenefitOf(results: string): SubgroupBenefit | null {
  if (!NO_BENEFIT_ELSEWHERE.test(results) && !nullOverall(results)) return null;
  for (const match of results.matchAll(RESTRICTED_RESULT)) {
    const rest = match[2]!;
    const figures = [...rest.matchAll(PERCENT)].map((m) => Number(m[1]));
    if (figures.length === 0) continue;
    const repeated = new Set(wordsOf(rest));
    const telling = [...new Set(wordsOf(match[1]!))].filter((w) => !repeated.has(w));
    if (telling.length === 0) continue;
    return {
      restriction: match[1]!.trim(),
      telling,
      figures,
      evidence: `Source: “${quoteAround(results, match.index, match[0].length, 20)}”`,
    };
  }
  return null;
}

/**
 * True when a results sentence for everyone (not "In/Among those with …", not an interaction test)
 * gives P values that are all null: "19.8% … and 21.3% … (relative risk 0.93; P=.52)".
 */
function nullOverall(results: string): boolean {
  return results
    .split(/(?<=\.)\s+(?=[A-Z])/)
    .some(
      (sentence) =>
        !/^(?:In|Among)\s/.test(sentence) && significance(sentence.replace(/\bP for interaction\s*[=<>≤≥]\s*0?\.\d+/gi, '')) === 'null',
    );
}
