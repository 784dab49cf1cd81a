import type { SourceResult } from '../shared/messages';
import { checkClaims, type CheckedClaim, type CheckedSource, type ClaimCheck } from './claim-checks';
import { pageChecklist, type ChecklistItem, type PageSignals } from './page-checklist';
import { claimStandings, pageSummary } from './page-summary';
import { matchClaimsToSources } from './source-match';

/** A distinct cited work: the page's references to it and what the resolver made of it. */
export interface CitedWork {
  referenceIds: string[];
  result: SourceResult | null;
}

/** Everything the page-level evidence needs: the scanner's findings and the resolved sources. */
export interface PageEvaluationInput {
  claims: readonly CheckedClaim[];
  works: readonly CitedWork[];
  /** How many in-text markers cite each reference. */
  markerCounts: ReadonlyMap<string, number>;
  /** In-text citation markers on the page. */
  markerCount: number;
  references: ReadonlyArray<{ identified: boolean }>;
  signals: PageSignals;
  disclaimers: ReadonlyArray<{ kind: string; text: string }>;
}

/** Checks of claims, the checklist and the one-line summary of a page. */
export interface PageEvaluation {
  claimChecks: ClaimCheck[];
  checklist: ChecklistItem[];
  summary: string;
}

/** Evaluates a page against its sources. Pure, so the background, tests and the CLI share it. */
export function evaluatePage(input: PageEvaluationInput): PageEvaluation {
  const checked: CheckedSource[] = input.works.flatMap(({ referenceIds, result }) =>
    result?.record && result.assessment && result.facts
      ? [{ referenceIds, record: result.record, design: result.assessment.design, facts: result.facts }]
      : [],
  );
  const claimChecks = checkClaims(input.claims, checked, {
    aboutHealth: input.signals.aboutHealth,
    scholarlyArticle: input.signals.scholarlyArticle,
  });
  // The same matching the checks ran: a claim is "checked" only when it met a resolved source.
  const compared = matchClaimsToSources(input.claims, checked).map((targets) => targets.sources.length > 0);
  return {
    claimChecks,
    checklist: pageChecklist({
      signals: input.signals,
      references: input.references,
      markerCount: input.markerCount,
      claims: input.claims,
      disclaimers: input.disclaimers,
    }),
    summary: pageSummary({
      referenceCount: input.references.length,
      designs: input.works.map(({ result }) => (result?.state === 'resolved' ? (result.assessment?.design ?? null) : null)),
      retracted: input.works.filter(({ result }) => result?.notes?.some((note) => note.code === 'retracted')).length,
      claims: claimStandings(
        input.claims,
        input.works.map(({ referenceIds, result }) => ({ referenceIds, state: result?.state ?? null })),
        compared,
      ),
      claimChecks,
    }),
  };
}
