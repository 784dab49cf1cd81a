import type { PageEvaluationResponse } from '../shared/messages';
import type { Claim } from '../scanner/types';

/** What the views need of a claim. */
export type ViewedClaim = Pick<Claim, 'text' | 'citedBy' | 'referenceIds' | 'element'>;

/** A claim check as a card shows it: the claim it is about, what was found and on what evidence. */
export interface CheckView {
  claimText: string;
  code: string;
  severity: 'warning' | 'info';
  message: string;
  evidence: string;
  /** The study the claim was checked against, named as a reader knows it, if it resolved. */
  sourceName: string | null;
}

/** Names the study a reference entry resolved to ("Oki et al., 2022 · Efficacy…"), or null. */
export type SourceNamer = (referenceId: string) => string | null;

function view(check: PageEvaluationResponse['claimChecks'][number], claims: readonly ViewedClaim[], nameOf?: SourceNamer): CheckView {
  return {
    sourceName: check.referenceId && nameOf ? nameOf(check.referenceId) : null,
    claimText: claims[check.claim]?.text ?? '',
    code: check.code,
    severity: check.severity,
    message: check.message,
    evidence: check.evidence,
  };
}

/** Checks of claims that cite one of these references by a marker: shown in that reference's card. */
export function checksOfReferences(
  referenceIds: readonly string[],
  claims: readonly ViewedClaim[],
  evaluation: PageEvaluationResponse | null,
  nameOf?: SourceNamer,
): CheckView[] {
  if (!evaluation) return [];
  return evaluation.claimChecks
    .filter((check) => {
      const claim = claims[check.claim];
      return claim?.citedBy === 'marker' && claim.referenceIds.some((id) => referenceIds.includes(id));
    })
    .map((check) => view(check, claims, nameOf));
}

/**
 * Checks of claims that no marker carries (cited by their paragraph, or not at all), grouped by
 * paragraph. Only paragraphs with a warning get a badge at their end: notes for information stay
 * in the popup, so a page is not covered in badges.
 */
export function checksByParagraph(
  claims: readonly ViewedClaim[],
  evaluation: PageEvaluationResponse | null,
  nameOf?: SourceNamer,
): Map<Element, CheckView[]> {
  const byParagraph = new Map<Element, CheckView[]>();
  if (!evaluation) return byParagraph;
  for (const check of evaluation.claimChecks) {
    const claim = claims[check.claim];
    if (!claim?.element || claim.citedBy === 'marker') continue;
    const list = byParagraph.get(claim.element) ?? [];
    list.push(view(check, claims, nameOf));
    byParagraph.set(claim.element, list);
  }
  for (const [paragraph, checks] of byParagraph) if (!checks.some((check) => check.severity === 'warning')) byParagraph.delete(paragraph);
  return byParagraph;
}
