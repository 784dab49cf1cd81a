import type { SourceRecord } from '../shared/source-record';
import { abstractSections, sectionText } from './abstract-sections';
import { quoteAround } from './classify-design';
import { NUMBER_WORD_PATTERN, countOf, parseNumber } from '../text/numbers';
import { enrolmentWords } from './registry-words';

/** A fact read from a source, with the words or field it was read from. */
export interface Evidenced<T> {
  value: T;
  evidence: string;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+|${NUMBER_WORD_PATTERN})`;
const PEOPLE_NOUNS = String.raw`(?:patients|participants|people|adults|children|adolescents|infants|toddlers|women|men|subjects|volunteers|individuals|players|athletes|residents|pregnancies|mothers|smokers|veterans|students|workers|nurses|employees)`;
const ENROLLED = String.raw`(?:randomi[sz]ed|randomly assigned|assigned|allocated|enrolled|included|recruited|received|took part|participated|underwent|followed)`;
// Inclusion criteria have decimals ("myopia of -1.00 to -6.00 D", "HbA1c of 7.5%"): their points end no sentence.
// Up to 180 characters may describe the people before the verb: "38 patients aged 12 to 35 years with severe sickle cell disease (at least 2 severe crises a year in the previous 2 years) received" (a gene-therapy study).
const WITHIN_SENTENCE = String.raw`(?:[^.;]|(?<=\d)\.(?=\d))`;
const RANDOMISED_COUNT = [
  new RegExp(String.raw`\b(?:a total of\s+)?${NUMBER}\s+(?:[\p{L}-]+\s+){0,4}?${PEOPLE_NOUNS}\s+(?:were|was)\s+${ENROLLED}`, 'iu'),
  new RegExp(
    String.raw`\b(?:randomi[sz]ed|randomly assigned|assigned|allocated|enrolled|included|recruited|studied|followed)\s+${NUMBER}\s+(?:[\p{L}-]+\s+){0,4}?${PEOPLE_NOUNS}`,
    'iu',
  ),
  new RegExp(
    String.raw`\b${NUMBER}\s+(?:[\p{L}-]+\s+){0,4}?${PEOPLE_NOUNS}\s+(?:with|aged|who|from|at|in)\b${WITHIN_SENTENCE}{0,180}?\s(?:(?:were|was)\s+)?${ENROLLED}`,
    'iu',
  ),
  // "Of the 391 patients who underwent randomization", "a trial of 116 adults", "involving 942 players".
  new RegExp(
    String.raw`\bof (?:the\s+)?${NUMBER}\s+(?:[\p{L}-]+\s+){0,3}?${PEOPLE_NOUNS}\s+(?:who|that)\s+(?:underwent|were|had|received)`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:trial|study|cohort|programme|program)\s+(?:of|in|among|involving|including|enrolling|with)\s+${NUMBER}\s+(?:[\p{L}-]+\s+){0,4}?${PEOPLE_NOUNS}`,
    'iu',
  ),
  // "Of 568 patients screened, 282 were randomized", "…were screened, and 118 were randomly assigned": the count without its noun.
  new RegExp(String.raw`\b${NUMBER}\s+(?:were|was)\s+(?:randomi[sz]ed|randomly assigned|enrolled|allocated)\b`, 'iu'),
];

/**
 * A "Participants:" section that opens with its count ("Participants: 502 adults with CRS whose
 * symptoms persisted…", BMJ style): the people studied, before any later subgroup ("Of 238
 * participants who underwent surgery", a sinus-surgery trial).
 */
const PARTICIPANTS_LABEL = /^(?:participants|patients|subjects|population|study population)$/i;
const SECTION_COUNT = new RegExp(String.raw`^(?:a total of\s+)?${NUMBER}\s+(?:[\p{L}-]+\s+){0,4}?${PEOPLE_NOUNS}\b`, 'iu');

function participantsSectionCount(abstract: string): Evidenced<number> | null {
  for (const section of abstractSections(abstract)) {
    if (!PARTICIPANTS_LABEL.test(section.label.trim())) continue;
    const match = SECTION_COUNT.exec(section.text);
    const value = match?.[1] ? countOf(match[1]) : null;
    if (match && value) return { value, evidence: `Abstract: “${section.label}: ${section.text.slice(0, match[0].length + 40).trim()}…”` };
  }
  return null;
}

const SCREENED_WITHIN = /\b(?:screened|assessed for eligibility)\b/i;

/**
 * How many people the study randomised or enrolled: the registry's actual enrolment first, then the
 * abstract's own words. Null when neither says.
 */
export function participantsOf(record: SourceRecord): Evidenced<number> | null {
  const registry = record.registry;
  if (registry?.enrollment && registry.enrollmentActual)
    return { value: registry.enrollment, evidence: `Registry ${registry.nct}: ${registry.enrollment} enrolled (actual)` };
  const labelled = record.abstract ? participantsSectionCount(record.abstract) : null;
  if (labelled) return labelled;
  for (const pattern of RANDOMISED_COUNT) {
    const match = record.abstract ? pattern.exec(record.abstract) : null;
    const value = match?.[1] ? countOf(match[1]) : null;
    // "164 patients … were screened, and 118 were randomly assigned": the screened are not the people studied.
    if (match && SCREENED_WITHIN.test(match[0])) continue;
    if (match && value)
      return {
        value,
        evidence: `Abstract: “${quoteAround(record.abstract!, match.index, match[0].length, 20)}”`,
      };
  }
  if (registry?.enrollment) return { value: registry.enrollment, evidence: `Registry ${registry.nct}: ${enrolmentWords(registry)}` };
  return null;
}

// "At 24 weeks, triggering had resolved": a time point in weeks is how long people were followed (a
// hand-surgery trial); "at 18 years" or "at 24 months" is as often an age, so only weeks count.
// "Median follow-up was 3.0 years" (a breast-surgery trial) is the follow-up too, so is "Twelve-month
// follow-up was completed by 497 patients" (a diverticulitis trial), and so is "all
// patients were followed to week 52" (a rheumatoid-arthritis trial whose primary endpoint was at week 12).
const DURATION = new RegExp(
  String.raw`\b(?:for|over|of|to|up to|until|through|during)\s+(?:up to\s+|a median of\s+|a mean of\s+|median\s+|mean\s+)?(\d+(?:\.\d+)?)\s*(week|month|year)s?\b|\b(\d+|${NUMBER_WORD_PATTERN})[- ](week|month|year),?\s+(?:(?:[\p{L}-]+,?\s+){0,2}?)(?:randomi[sz]ed|treatment|double-blind|intervention|follow-up|programme|program|course|period|trial|study|phase)|\bat\s+(\d+)\s*(week)s?\b|\bfollow-?up\s+(?:time\s+)?(?:was|of|lasted)\s+(?:a\s+)?(?:median|mean)?\s*(?:of\s+)?(\d+(?:\.\d+)?)\s*(week|month|year)s?\b|\b(?:followed(?: up)?\s+for|follow-?up\s+of)\s+(\d+)\s*(day)s?\b|\b(?:to|through|until|at|by)\s+(week|month)\s+(\d+)\b`,
  'giu',
);
// "aged 40 to 65 years", "1 to 3 years of age": an age range is not a follow-up.
export const AGE_BEFORE = /\b(aged?|ages|age range|years? old|born)\b[^.;]{0,20}$/i;
export const AGE_AFTER = /^\s*(of age|old|or older|and older|and over)\b/i;
// "at 36 weeks' gestation", "16 weeks of pregnancy": a stage of pregnancy, not how long anyone was followed.
const GESTATION_AFTER = /^\s*(?:['’]s?\s*)?(?:of\s+)?(?:gestation|pregnancy|gestational)\b/i;
// "followed for 30 days" (a concussion study) is a follow-up in days; a course "for 3 days" (a
// pancreatitis infusion) or "diagnosed within 6 days of rash onset" is not.
const WEEKS: Record<string, number> = { day: 1 / 7, week: 1, month: 4.35, year: 52 };

/** How long participants were treated or followed, in weeks: the longest period the abstract states. */
export function durationOf(record: SourceRecord): Evidenced<number> | null {
  if (!record.abstract) return null;
  let best: Evidenced<number> | null = null;
  for (const match of record.abstract.matchAll(DURATION)) {
    const before = record.abstract.slice(Math.max(0, match.index - 30), match.index);
    const after = record.abstract.slice(match.index + match[0].length, match.index + match[0].length + 15);
    if (AGE_BEFORE.test(before) || AGE_AFTER.test(after) || GESTATION_AFTER.test(after) || /\d\s*(?:to|-|–)\s*$/.test(before)) continue;
    const amount = parseNumber(match[1] ?? match[3] ?? match[5] ?? match[7] ?? match[9] ?? match[12] ?? '');
    const weeks = amount * WEEKS[(match[2] ?? match[4] ?? match[6] ?? match[8] ?? match[10] ?? match[11])!.toLowerCase()]!;
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

// The result of the primary outcome stated as null: "the difference was not significant", "did not differ".
const NULL_RESULT =
  /\b(not (statistically )?significant(ly)?|no (statistically )?significant|did not (differ|reduce|improve|lower|increase|prevent|change)|no difference|not differ)\b/i;
const P_VALUE = /\bP\s*(=|<|>|≤|≥)\s*(0?\.\d+)/gi;
// A conclusion that the treatment did not work: "was not more effective", "did not reduce".
/** A conclusion that the treatment did not work ("was not more effective", "did not lower"). */
export const NULL_CONCLUSION =
  /^[^;]*?\b((was|were|is|are) not (more |significantly )?(effective|superior|better|associated)|did not (significantly )?(improve|reduce|lower|increase|prevent|slow|change|affect|show)|(resulted in |had )?no (significant |meaningful )?(difference|effect|benefit|reduction|improvement))\b/i;

/** Whether a sentence's P values say significant (some below .05), null (all at or above .05) or nothing. */
export function significance(sentence: string): 'significant' | 'null' | null {
  const values = [...sentence.matchAll(P_VALUE)].map((m) => ({ op: m[1]!, value: Number(m[2]) }));
  if (values.length === 0) return null;
  return values.some((p) => p.value < SIGNIFICANCE || (p.op !== '=' && p.op !== '>' && p.op !== '≥' && p.value <= SIGNIFICANCE))
    ? 'significant'
    : 'null';
}

/** The conventional threshold of statistical significance. */
export const SIGNIFICANCE = 0.05;

/**
 * Whether the primary endpoint was met, read from the abstract: its words for a missed endpoint;
 * else the Results sentence that reports the primary outcome (null wording, or P values all at or
 * above .05); else a Conclusion that the treatment did not work; else a significant difference.
 */
export function primaryEndpointOf(record: SourceRecord): Evidenced<'met' | 'not-met' | 'unclear'> {
  const abstract = record.abstract;
  if (!abstract) return { value: 'unclear', evidence: 'No abstract to read the result from' };
  const quote = (text: string) => `Abstract: “${text.length > 220 ? `${text.slice(0, 219)}…` : text}”`;
  const notMet = NOT_MET.exec(abstract);
  if (notMet) return { value: 'not-met', evidence: `Abstract: “${quoteAround(abstract, notMet.index, notMet[0].length, 20)}”` };
  const sections = abstractSections(abstract);
  const results = sectionText(sections, 'results').split(/(?<=[.])\s+(?=[A-Z(])/);
  const namesPrimary = /\bprimary\b/i.test(abstract);
  const primarySentence =
    results.find((sentence) => /\bprimary\b/i.test(sentence)) ?? (namesPrimary ? results.find((r) => significance(r) !== null) : undefined);
  if (
    primarySentence &&
    (NULL_RESULT.test(primarySentence) || significance(primarySentence) === 'null') &&
    significance(primarySentence) !== 'significant'
  )
    return { value: 'not-met', evidence: quote(primarySentence) };
  // The Results sentence of the primary outcome with a significant difference ("primary end-point event was significantly lower … P=0.004").
  if (primarySentence && /\bprimary\b/i.test(primarySentence) && significance(primarySentence) === 'significant')
    return { value: 'met', evidence: quote(primarySentence) };
  const conclusion = sectionText(sections, 'conclusions');
  if (namesPrimary && NULL_CONCLUSION.test(conclusion)) return { value: 'not-met', evidence: quote(conclusion.split(/(?<=[.])\s+/)[0]!) };
  const resultsAt = /\bresults?:/i.exec(abstract);
  const met = MET.exec(resultsAt ? abstract.slice(resultsAt.index) : abstract);
  if (met && namesPrimary) {
    const offset = resultsAt ? resultsAt.index : 0;
    return { value: 'met', evidence: `Abstract: “${quoteAround(abstract, offset + met.index, met[0].length, 30)}”` };
  }
  return { value: 'unclear', evidence: 'The abstract does not say plainly whether the primary endpoint was met' };
}

/** Where a positive result rests on post hoc or subgroup analyses, the words that say so. */
export function postHocOf(record: SourceRecord): string | null {
  const match = record.abstract ? /\b(post[- ]hoc|subgroup|exploratory)\s+analys[ie]s\b/i.exec(record.abstract) : null;
  return match ? `Abstract: “${quoteAround(record.abstract!, match.index, match[0].length, 40)}”` : null;
}
