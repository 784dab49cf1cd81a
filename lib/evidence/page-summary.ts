import type { ClaimCheck } from './claim-checks';
import type { DesignCode } from '../shared/design-codes';

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

/** What the one-line summary counts. */
export interface SummaryInput {
  referenceCount: number;
  /** The design of each distinct cited work, or null where it could not be resolved. */
  designs: ReadonlyArray<DesignCode | null>;
  /** Distinct works that have been retracted. */
  retracted: number;
  claimCount: number;
  claimChecks: readonly ClaimCheck[];
}

/**
 * One line for the whole page: "5 references to 4 works: 2 RCTs, 1 secondary analysis, 1 in vitro;
 * 11 claims checked, 7 with issues". A claim "with issues" has at least one warning.
 */
export function pageSummary({ referenceCount, designs, retracted, claimCount, claimChecks }: SummaryInput): string {
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
  const withIssues = new Set(claimChecks.filter((c) => c.severity === 'warning').map((c) => c.claim)).size;
  return `${sources}; ${plural(claimCount, 'claim')} checked, ${withIssues} with issues`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
