import type { ClaimCheck } from './claim-checks';
import type { DesignCode } from '../shared/design-codes';
import type { SOURCE_STATES } from '../shared/messages';

type SourceState = (typeof SOURCE_STATES)[number];

// Singular and plural, as a one-line summary counts them.
const NOUNS: Record<DesignCode, [string, string]> = {
  'meta-analysis': ['meta-analysis', 'meta-analyses'],
  'systematic-review': ['systematic review', 'systematic reviews'],
  rct: ['RCT', 'RCTs'],
  'non-randomised-trial': ['non-randomised trial', 'non-randomised trials'],
  cohort: ['observational study', 'observational studies'],
  'case-control': ['case-control study', 'case-control studies'],
  'cross-sectional': ['survey', 'surveys'],
  'secondary-analysis': ['secondary analysis', 'secondary analyses'],
  'case-report': ['case report', 'case reports'],
  'narrative-review': ['narrative review', 'narrative reviews'],
  animal: ['animal study', 'animal studies'],
  'in-vitro': ['in vitro', 'in vitro'],
  guideline: ['guideline', 'guidelines'],
  opinion: ['opinion piece', 'opinion pieces'],
  'trial-registration': ['registry record', 'registry records'],
  unknown: ['of unknown design', 'of unknown design'],
};

/** Why a claim could not be compared with a source, as the summary names it. */
export const UNCHECKED_REASONS = {
  unavailable: 'service unavailable',
  'not-resolved': 'source not resolved',
  'no-source': 'no source cited',
} as const;

/** Why a claim was not compared with a source. */
export type UncheckedReason = keyof typeof UNCHECKED_REASONS;

/** Where a claim stands: compared with a resolved source, or not and why. */
export type ClaimStanding = 'checked' | UncheckedReason;

/** A cited work as the summary needs it: the references that name it and its lookup state. */
export interface SummaryWork {
  referenceIds: readonly string[];
  /** The resolver's answer, or null when there is none yet (or no identifier to ask with). */
  state: SourceState | null;
}

/**
 * Where each claim stands. Only a claim compared with a resolved source is "checked"; a claim
 * whose cited sources did not resolve is not, with the reason a reader can act on (a service
 * that did not answer is asked again; an unknown source can be looked up by hand).
 */
export function claimStandings(
  claims: ReadonlyArray<{ referenceIds: readonly string[] }>,
  works: readonly SummaryWork[],
  compared: readonly boolean[],
): ClaimStanding[] {
  return claims.map((claim, index) => {
    if (compared[index]) return 'checked';
    const cited = works.filter((work) => work.referenceIds.some((id) => claim.referenceIds.includes(id)));
    if (cited.length === 0 && claim.referenceIds.length === 0) return 'no-source';
    return cited.some((work) => work.state === 'unavailable') ? 'unavailable' : 'not-resolved';
  });
}

/** What the one-line summary counts. */
export interface SummaryInput {
  referenceCount: number;
  /** The design of each distinct cited work, or null where it could not be resolved. */
  designs: ReadonlyArray<DesignCode | null>;
  /** Distinct works that have been retracted. */
  retracted: number;
  /** Where each claim stands (`claimStandings`). */
  claims: readonly ClaimStanding[];
  claimChecks: readonly ClaimCheck[];
}

/**
 * One line for the whole page: "5 references to 4 works: 2 RCTs, 1 secondary analysis, 1 in vitro;
 * 11 claims: 9 checked against their sources, 7 with issues; 2 not checked (no source cited)". A
 * claim "with issues" has at least one warning. "No issues" is never said of claims that were not
 * checked: with none checked, only the warnings found in the page's own words are counted.
 */
export function pageSummary({ referenceCount, designs, retracted, claims, claimChecks }: SummaryInput): string {
  const counts = new Map<DesignCode | null, number>();
  for (const design of designs) counts.set(design, (counts.get(design) ?? 0) + 1);
  const parts = [...counts.entries()]
    .filter((entry): entry is [DesignCode, number] => entry[0] !== null)
    .sort((a, b) => b[1] - a[1])
    .map(([design, n]) => `${n} ${NOUNS[design][n === 1 ? 0 : 1]}`);
  const unresolved = counts.get(null) ?? 0;
  if (unresolved > 0) parts.push(`${unresolved} not resolved`);
  if (retracted > 0) parts.push(`${retracted} retracted`);
  const works = designs.length;
  const sources =
    referenceCount === 0
      ? 'No sources cited'
      : `${referenceCount === works ? plural(works, 'source') : `${plural(referenceCount, 'reference')} to ${plural(works, 'work')}`}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
  return `${sources}; ${claimsPart(claims, claimChecks)}`;
}

function claimsPart(claims: readonly ClaimStanding[], claimChecks: readonly ClaimCheck[]): string {
  if (claims.length === 0) return 'no claims about studies';
  const withIssues = new Set(claimChecks.filter((c) => c.severity === 'warning').map((c) => c.claim)).size;
  const checked = claims.filter((standing) => standing === 'checked').length;
  const unchecked = claims.length - checked;
  const compared =
    checked === 0
      ? 'none checked against a source'
      : checked < claims.length
        ? `${checked} checked against their sources`
        : claims.length === 1
          ? 'checked against its source'
          : 'all checked against their sources';
  const issues =
    withIssues > 0 ? `, ${withIssues} with issues` : checked > 0 ? `, ${checked === 1 ? 'no issues' : 'none with issues'}` : '';
  if (unchecked === 0) return `${plural(claims.length, 'claim')}: ${compared}${issues}`;
  const reasons = (Object.keys(UNCHECKED_REASONS) as UncheckedReason[])
    .map((reason) => [reason, claims.filter((standing) => standing === reason).length] as const)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => (n === unchecked ? UNCHECKED_REASONS[reason] : `${n} ${UNCHECKED_REASONS[reason]}`));
  return `${plural(claims.length, 'claim')}: ${compared}${issues}; ${unchecked} not checked (${reasons.join(', ')})`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
