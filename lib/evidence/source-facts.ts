import type { SourceRecord } from '../shared/source-record';
import { quoteAround } from './classify-design';
import { enrolmentWords } from './registry-words';

/** A fact read from a source, with the words or field it was read from. */
export interface Evidenced<T> {
  value: T;
  evidence: string;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
const RANDOMISED_COUNT = [
  new RegExp(
    String.raw`\b(?:a total of\s+)?${NUMBER}\s+(?:[\p{L}-]+\s+){0,4}?(?:patients|participants|people|adults|children|women|men|subjects|volunteers|individuals)\s+(?:were|was)\s+(?:randomi[sz]ed|randomly assigned|enrolled|included|recruited)`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:randomi[sz]ed|randomly assigned|enrolled|included|recruited)\s+${NUMBER}\s+(?:[\p{L}-]+\s+){0,4}?(?:patients|participants|people|adults|children|women|men|subjects|volunteers|individuals)`,
    'iu',
  ),
  new RegExp(
    String.raw`\b${NUMBER}\s+(?:[\p{L}-]+\s+){0,4}?(?:patients|participants|people|adults|children|women|men|subjects|volunteers|individuals)\s+with\b[^.]{0,80}?\s(?:were|was)\s+(?:randomi[sz]ed|randomly assigned|enrolled)`,
    'iu',
  ),
];

/**
 * How many people the study randomised or enrolled: the registry's actual enrolment first, then the
 * abstract's own words. Null when neither says.
 */
export function participantsOf(record: SourceRecord): Evidenced<number> | null {
  const registry = record.registry;
  if (registry?.enrollment && registry.enrollmentActual)
    return { value: registry.enrollment, evidence: `Registry ${registry.nct}: ${registry.enrollment} enrolled (actual)` };
  for (const pattern of RANDOMISED_COUNT) {
    const match = record.abstract ? pattern.exec(record.abstract) : null;
    if (match?.[1])
      return {
        value: Number(match[1].replaceAll(',', '')),
        evidence: `Abstract: “${quoteAround(record.abstract!, match.index, match[0].length, 20)}”`,
      };
  }
  if (registry?.enrollment) return { value: registry.enrollment, evidence: `Registry ${registry.nct}: ${enrolmentWords(registry)}` };
  return null;
}

const DURATION =
  /\b(?:for|over|of|to|up to|until)\s+(?:up to\s+)?(\d+)\s*(week|month|year)s?\b|\b(\d+)-(week|month|year)\s+(?:randomi[sz]ed|treatment|double-blind|intervention|follow-up)/gi;
const WEEKS: Record<string, number> = { week: 1, month: 4.35, year: 52 };

/** How long participants were treated or followed, in weeks: the longest period the abstract states. */
export function durationOf(record: SourceRecord): Evidenced<number> | null {
  if (!record.abstract) return null;
  let best: Evidenced<number> | null = null;
  for (const match of record.abstract.matchAll(DURATION)) {
    const amount = Number(match[1] ?? match[3]);
    const weeks = amount * WEEKS[(match[2] ?? match[4])!.toLowerCase()]!;
    if (!best || weeks > best.value)
      best = { value: weeks, evidence: `Abstract: “${quoteAround(record.abstract, match.index, match[0].length, 25)}”` };
  }
  return best;
}

const NOT_MET =
  /\b(?:neither|none of the|no)\s+(?:of the\s+)?(?:two\s+)?primary\s+(?:end ?points?|outcomes?)\b[^.]*\b(?:differ|significant|improv)|\bprimary\s+(?:end ?point|outcome)s?\s+(?:was|were)\s+not\s+(?:met|achieved|reached|significant)|\bdid not (?:meet|reach|achieve)\s+(?:its|the|their)\s+primary\b|\bno\s+significant\s+differences?\s+(?:was|were)?\s*(?:found|observed|seen)?\s*(?:in|for|between)\b[^.]*\bprimary\b|\bdid not show significant efficacy\b/i;
// A difference with p below .05 ("difference, 1.97; 95% CI, 0.44-3.50; P = .01"); numbers may contain dots.
const MET =
  /\bprimary\s+(?:end ?point|outcome)\b[^.]*?\b(?:was|were)\s+(?:met|achieved)\b|\b(?:difference|improvement|reduction)\b(?:(?!\.\s+[A-Z]).){0,120}?\bP\s*(?:=|<)\s*0?\.0[0-4]\d*|\bsignificantly\s+(?:improved|reduced|slowed|increased|decreased)\b/i;

/** Whether the primary endpoint was met, read from the abstract's results and conclusions. */
export function primaryEndpointOf(record: SourceRecord): Evidenced<'met' | 'not-met' | 'unclear'> {
  const abstract = record.abstract;
  if (!abstract) return { value: 'unclear', evidence: 'No abstract to read the result from' };
  const notMet = NOT_MET.exec(abstract);
  if (notMet) return { value: 'not-met', evidence: `Abstract: “${quoteAround(abstract, notMet.index, notMet[0].length, 20)}”` };
  const results = /\bresults?:/i.exec(abstract);
  const met = MET.exec(results ? abstract.slice(results.index) : abstract);
  if (met && /\bprimary\b/i.test(abstract)) {
    const offset = results ? results.index : 0;
    return { value: 'met', evidence: `Abstract: “${quoteAround(abstract, offset + met.index, met[0].length, 30)}”` };
  }
  return { value: 'unclear', evidence: 'The abstract does not say plainly whether the primary endpoint was met' };
}

/** Where a positive result rests on post hoc or subgroup analyses, the words that say so. */
export function postHocOf(record: SourceRecord): string | null {
  const match = record.abstract ? /\b(post[- ]hoc|subgroup|exploratory)\s+analys[ie]s\b/i.exec(record.abstract) : null;
  return match ? `Abstract: “${quoteAround(record.abstract!, match.index, match[0].length, 40)}”` : null;
}
