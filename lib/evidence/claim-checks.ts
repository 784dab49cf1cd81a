import type { SourceRecord } from '../shared/source-record';
import { quoteAround } from './classify-design';
import { LEVEL_OF_DESIGN, type DesignCode } from '../shared/design-codes';
import { figureInRecord } from './figure-in-source';
import { HYPE_WORDS } from '../text/hype-words';
import type { SourceFacts } from './source-notes';

/** Codes of checks of a claim against the source it cites (evidence scheme §4). */
export type ClaimCheckCode =
  | 'sample-size-mismatch'
  | 'duration-mismatch'
  | 'number-not-in-source'
  | 'effect-misstated'
  | 'design-overstated'
  | 'population-mismatch'
  | 'intervention-mismatch'
  | 'causal-overreach'
  | 'contradicts-source'
  | 'relative-only'
  | 'safety-overreach'
  | 'uncited-claim'
  | 'hype-language'
  | 'exaggeration';

/** One finding about a claim, with the words it rests on. */
export interface ClaimCheck {
  claim: number;
  referenceId: string | null;
  code: ClaimCheckCode;
  severity: 'warning' | 'info';
  message: string;
  evidence: string;
}

/** A claim as the checks read it (the scanner's claim, plus its paragraph for context). */
export interface CheckedClaim {
  text: string;
  paragraph: string;
  referenceIds: string[];
  citedBy: 'marker' | 'paragraph' | 'none';
  design: string | null;
  /** The words that named the design ("randomized", "trial"). */
  designWords?: string[];
  participants: number | null;
  duration: { value: number; unit: string } | null;
  dose: { route: string | null; amount: number | null; unit: string | null } | null;
  effects: Array<{ text: string; value?: number; relative: boolean | null; unit: string }>;
  strength: number;
  safety: boolean;
}

/** A cited source as the checks read it. */
export interface CheckedSource {
  referenceIds: string[];
  record: SourceRecord;
  design: DesignCode;
  facts: SourceFacts;
}

const WEEKS: Record<string, number> = { day: 1 / 7, week: 1, month: 4.35, year: 52 };
const REPRODUCIBLE = /\b(reproducible|reproduced|replicated|consistent(ly)?|proven|confirm(s|ed)|established)\b/i;
const PEOPLE = /\b(patients?|people|persons?|humans?|adults?|children|women|men|participants|ALS|disease|sufferers)\b/i;
const ORAL_FORMS = /\b(supplement\w*|oral(ly)?|tablets?|capsules?|pills?|by mouth)\b/i;
const INJECTED = /\b(intramuscular\w*|injections?|injected|intravenous\w*|infusions?|subcutaneous\w*)\b/i;
const MORE_FUNCTION = /\b(more|greater|higher|better|improved?)\b[^.]{0,40}\b(function\w*|abilit\w*|mobility|strength|independence)\b/i;
const DECLINE_SCORE = /\b(mean change|change in [^.]{0,50}score|difference|decline|less (?:decline|worsening))\b/i;
// Title words too common to say what a study was about.
const GENERIC =
  /^(randomi[sz]ed|controlled|clinical|efficacy|placebo|patients|treatment|studies|outcomes|effects?|analysis|versus|double|blind|multicenter|long-term|trial)$/i;

/**
 * Checks each claim against the sources it cites. Uncited claims are checked against the page's
 * main trial (the randomised trial cited most), since a paragraph about "the study" usually means
 * it. Every check quotes the page and the source; a check needs both, or it is not made.
 */
export function checkClaims(
  claims: readonly CheckedClaim[],
  sources: readonly CheckedSource[],
  markerCounts: ReadonlyMap<string, number>,
): ClaimCheck[] {
  const checks: ClaimCheck[] = [];
  const mainTrial = [...sources].filter((s) => s.design === 'rct').sort((a, b) => count(b, markerCounts) - count(a, markerCounts))[0];
  claims.forEach((claim, index) => {
    const add = (
      source: CheckedSource | null,
      code: ClaimCheckCode,
      severity: ClaimCheck['severity'],
      message: string,
      evidence: string,
    ) => {
      if (!checks.some((c) => c.claim === index && c.code === code))
        checks.push({ claim: index, referenceId: source?.referenceIds[0] ?? null, code, severity, message, evidence });
    };
    // Hype counts in or around a claim that reports a study: in its sentence or its paragraph.
    const reportsStudy = claim.citedBy !== 'none' || claim.design !== null || claim.participants !== null || claim.effects.length > 0;
    const hypeIn = HYPE_WORDS.test(claim.text) ? claim.text : claim.paragraph;
    const hype = reportsStudy ? HYPE_WORDS.exec(hypeIn) : null;
    if (hype)
      add(
        null,
        'hype-language',
        'warning',
        `“${hype[0]}” is promotional wording, not a finding.`,
        `Page: “${quoteAround(hypeIn, hype.index, hype[0].length, 30)}”`,
      );
    const relative = claim.effects.find((e) => e.relative === true);
    if (relative && !claim.effects.some((e) => e.relative === false)) {
      add(
        null,
        'relative-only',
        'info',
        `“${relative.text}” is a relative change with no baseline: it does not say how many people it made a difference for.`,
        `Page: “${claim.text}”`,
      );
    }
    const cited = sources.filter((s) => s.referenceIds.some((id) => claim.referenceIds.includes(id)));
    if (claim.citedBy === 'none' && reportsStudy) {
      add(null, 'uncited-claim', 'info', 'This reports a study result but cites no source for it.', `Page: “${claim.text}”`);
    }
    const targets = cited.length > 0 ? cited : mainTrial ? [mainTrial] : [];
    const safetyChecked = claim.safety && mainTrial !== undefined;
    // A safety statement about the treatment the article is about is checked against that study first;
    // one that does not name it ("FDA-approved treatments … safe") is not about it.
    if (claim.safety && mainTrial && (claim.citedBy !== 'none' || namesTopic(claim.text, mainTrial.record.title))) {
      checkAgainst({ ...claim, participants: null, duration: null, effects: [], strength: 0, dose: null }, mainTrial, add, true);
    }
    for (const source of targets) checkAgainst(claim, source, add, claim.safety && !safetyChecked);
  });
  return checks;
}

/** True when a sentence names the study's topic: a distinctive word of its title. */
function namesTopic(text: string, title: string | null): boolean {
  const words = (title ?? '').toLowerCase().match(/[a-z][a-z-]{6,}/g) ?? [];
  const lower = text.toLowerCase();
  return words.some((word) => !GENERIC.test(word) && lower.includes(word));
}

function count(source: CheckedSource, markerCounts: ReadonlyMap<string, number>): number {
  return source.referenceIds.reduce((sum, id) => sum + (markerCounts.get(id) ?? 0), 0);
}

type Add = (
  source: CheckedSource | null,
  code: ClaimCheckCode,
  severity: ClaimCheck['severity'],
  message: string,
  evidence: string,
) => void;

const OBSERVATIONAL: ReadonlySet<DesignCode> = new Set(['cohort', 'case-control', 'cross-sectional', 'case-report']);
const WEAKER_THAN_A_TRIAL: ReadonlySet<DesignCode> = new Set([...OBSERVATIONAL, 'animal', 'in-vitro', 'narrative-review', 'opinion']);
const STRENGTH_WORDS = ['no cause stated', 'a link', 'a possible effect', 'a definite effect'];
const DESIGN_PHRASES: Record<DesignCode, string> = {
  'meta-analysis': 'a meta-analysis',
  'systematic-review': 'a systematic review',
  rct: 'a randomised trial',
  'non-randomised-trial': 'a trial without randomisation',
  cohort: 'an observational study',
  'case-control': 'an observational (case-control) study',
  'cross-sectional': 'a survey or cross-sectional study',
  'secondary-analysis': 'a secondary analysis of earlier data',
  'case-report': 'a case report',
  'narrative-review': 'a narrative review',
  animal: 'an animal study',
  'in-vitro': 'a laboratory study in cells',
  guideline: 'a guideline',
  opinion: 'an opinion piece',
  'trial-registration': 'a registry record',
  unknown: 'of unknown design',
};
const PROVEN = /\b(clinically proven|proven|proves|proof)\b/i;

function isFigure(effect: CheckedClaim['effects'][number]): boolean {
  return effect.value !== undefined && ['%', 'times', 'fold', 'points'].includes(effect.unit);
}

/** The page's words that claim a stronger design than the source has, or null. */
function overstatedDesign(claim: CheckedClaim, source: DesignCode): string | null {
  // Only words of the claim itself: the scanner also reads design words from the claim's paragraph.
  const words = (claim.designWords ?? []).filter((word) => claim.text.toLowerCase().includes(word.toLowerCase()));
  const trialWord = words.find((word) => /\btrial|randomi[sz]ed|placebo|double[- ]blind/i.test(word));
  const pooledWord = words.find((word) => /meta-?analys|systematic review/i.test(word));
  if (WEAKER_THAN_A_TRIAL.has(source)) {
    if (trialWord) return trialWord;
    const proven = PROVEN.exec(claim.text);
    if (proven) return proven[0];
  }
  const randomised = words.find((word) => /randomi[sz]ed|placebo|double[- ]blind/i.test(word));
  if (source === 'non-randomised-trial' && randomised) return randomised;
  if (pooledWord && LEVEL_OF_DESIGN[source] !== '1' && LEVEL_OF_DESIGN[source] !== 'unknown') return pooledWord;
  return null;
}

/** Checks one claim against one source; its safety wording only where `checkSafety` says so (once per claim). */
function checkAgainst(claim: CheckedClaim, source: CheckedSource, add: Add, checkSafety: boolean): void {
  const { facts, record, design } = source;
  const abstract = record.abstract ?? '';
  if (
    claim.participants !== null &&
    facts.participants !== null &&
    Math.abs(claim.participants - facts.participants) > facts.participants * 0.05
  ) {
    add(
      source,
      'sample-size-mismatch',
      'warning',
      `The page says ${claim.participants} participants; the source reports ${facts.participants}.`,
      `Source: ${facts.participants} participants`,
    );
  }
  if (claim.duration && facts.durationWeeks !== null) {
    const weeks = claim.duration.value * (WEEKS[claim.duration.unit] ?? 1);
    if (Math.abs(weeks - facts.durationWeeks) > facts.durationWeeks * 0.1) {
      add(
        source,
        'duration-mismatch',
        'warning',
        `The page says ${claim.duration.value} ${claim.duration.unit}s; the source followed people for about ${Math.round(facts.durationWeeks)} weeks.`,
        `Source: about ${Math.round(facts.durationWeeks)} weeks`,
      );
    }
  }
  const moreFunction = MORE_FUNCTION.exec(claim.text);
  // The result is read from the abstract's results where it has them.
  const resultsAt = Math.max(0, abstract.search(/\bresults?:/i));
  const declineInResults = DECLINE_SCORE.exec(abstract.slice(resultsAt));
  const decline = declineInResults ? Object.assign(declineInResults, { index: declineInResults.index + resultsAt }) : null;
  const misstated = moreFunction !== null && decline !== null && claim.effects.some((e) => e.unit === '%');
  if (misstated) {
    add(
      source,
      'effect-misstated',
      'warning',
      'The page presents the result as a gain in function; the source reports a smaller decline in a rating-scale score, which is not the same thing.',
      `Page: “${quoteAround(claim.text, moreFunction.index, moreFunction[0].length, 30)}”; source: “${quoteAround(abstract, decline.index, decline[0].length, 60)}”`,
    );
  }
  const missing =
    abstract && !misstated
      ? claim.effects.find((e) => isFigure(e) && figureInRecord(e.value!, e.unit, record).kind === 'absent')
      : undefined;
  if (missing) {
    // Only a search of the full text makes a missing figure a warning; the abstract alone cannot.
    const fullTextRead = Boolean(record.fullText);
    add(
      source,
      'number-not-in-source',
      fullTextRead ? 'warning' : 'info',
      fullTextRead
        ? `The figure “${missing.text}” appears nowhere in the source: not in its abstract, nor in the methods, results, tables or conclusions of its full text, and it cannot be worked out from their numbers.`
        : `The figure “${missing.text}” appears nowhere in the source's abstract, and cannot be worked out from its numbers. It may come from the full text, or it may be wrong.`,
      `Page: “${missing.text}”; source ${fullTextRead ? 'abstract and full text' : 'abstract'} searched: ${record.title ?? 'untitled'}`,
    );
  }
  // A call for "larger randomized trials" names a design without reporting one.
  const reportsFinding = claim.strength > 0 || claim.participants !== null || claim.effects.length > 0;
  const overstated = reportsFinding ? overstatedDesign(claim, design) : null;
  if (overstated) {
    add(
      source,
      'design-overstated',
      'warning',
      `The page describes it as “${overstated}”, but the cited study is ${DESIGN_PHRASES[design]}.`,
      `Source design: ${design}; page: “${claim.text}”`,
    );
  }
  const reproducible = REPRODUCIBLE.exec(claim.text);
  if (reproducible && facts.primaryEndpoint === 'not-met') {
    add(
      source,
      'contradicts-source',
      'warning',
      `The page calls the benefit “${reproducible[0]}”, but the cited study did not meet its primary endpoint.`,
      facts.primaryEndpointEvidence,
    );
  }
  const preclinical = design === 'animal' || design === 'in-vitro';
  if (preclinical && PEOPLE.test(`${claim.text} ${claim.paragraph}`)) {
    add(
      source,
      'population-mismatch',
      'warning',
      `The claim is about people, but the cited study was done ${design === 'animal' ? 'in animals' : 'in cells or in the laboratory'}.`,
      `Source design: ${design}; page: “${claim.text}”`,
    );
  }
  const overreach = claim.strength === 3 && (preclinical || OBSERVATIONAL.has(design));
  if (overreach) {
    add(
      source,
      'causal-overreach',
      'warning',
      'The page states a cause and effect that this kind of study cannot show.',
      `Source design: ${design}; page: “${claim.text}”`,
    );
  }
  const gap = facts.conclusionStrength == null ? 0 : claim.strength - facts.conclusionStrength;
  // Where the source's result is already said to be contradicted or overreached, one warning is enough.
  // A statement about harms is checked by safety-overreach, not against the strength of the efficacy conclusion.
  if (gap > 0 && !claim.safety && !overreach && !(reproducible && facts.primaryEndpoint === 'not-met')) {
    add(
      source,
      'exaggeration',
      gap >= 2 ? 'warning' : 'info',
      `The page states the finding more strongly (${STRENGTH_WORDS[claim.strength]}) than the source's own conclusion does (${STRENGTH_WORDS[facts.conclusionStrength!]}).`,
      `${facts.conclusionEvidence}; page: “${claim.text}”`,
    );
  }
  const oral = claim.dose?.route && ORAL_FORMS.test(claim.dose.route) ? ORAL_FORMS.exec(claim.text) : null;
  const injected = INJECTED.exec(abstract);
  if (oral && injected) {
    add(
      source,
      'intervention-mismatch',
      'warning',
      'The page speaks of a supplement taken by mouth; the study gave the treatment by injection, in doses far above a supplement.',
      `Page: “${quoteAround(claim.text, oral.index, oral[0].length, 30)}”; source: “${quoteAround(abstract, injected.index, injected[0].length, 40)}”`,
    );
  }
  if (
    checkSafety &&
    /\b(safe|well[- ]tolerated|negligible|no (serious )?side[- ]effects|harmless)\b/i.test(claim.text) &&
    (facts.participants ?? 0) < 1000
  ) {
    const size = [
      facts.participants !== null && `${facts.participants} people`,
      facts.durationWeeks !== null && `about ${Math.round(facts.durationWeeks)} weeks`,
    ]
      .filter(Boolean)
      .join(' over ');
    add(
      source,
      'safety-overreach',
      'warning',
      `A study of ${size || 'this size'} cannot show that a treatment is safe: rare or late harms would not appear.`,
      `Source: ${size || 'size not stated'}`,
    );
  }
}
