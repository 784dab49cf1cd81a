import { evaluatePage } from '../evidence/evaluate-page';
import type { SourceResolver } from '../resolver/resolve-sources';
import { bestResult } from '../shared/best-result';
import { keysCitedByClaims } from '../shared/cited-keys';
import type { EvaluatePageRequest, PageEvaluationResponse } from '../shared/messages';

/**
 * Answers `evaluatePage`: the cited works' records come from the resolver (its cache, as the
 * content script resolved them moments before), then the page is checked against them.
 */
export async function evaluatePageRequest(request: EvaluatePageRequest, resolver: SourceResolver): Promise<PageEvaluationResponse> {
  const keys = [...new Set(request.works.flatMap((work) => work.keys))];
  await resolver.readFullText(keysCitedByClaims(request.works, request.claims));
  const results = new Map((await resolver.resolve(keys)).map((result) => [result.key, result]));
  return evaluatePage({
    claims: request.claims,
    works: request.works.map((work) => ({ referenceIds: work.referenceIds, result: bestResult(work.keys, results) })),
    markerCounts: new Map(request.markerCounts),
    markerCount: request.markerCount,
    references: request.references,
    signals: request.signals,
    disclaimers: request.disclaimers,
  });
}
