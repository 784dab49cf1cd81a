import { analyseParagraphs } from '../pipeline/analyse-paragraphs';
import { runPagePipeline } from '../pipeline/page-pipeline';
import type { SourceResolver } from '../resolver/resolve-sources';
import { bestResult } from '../shared/best-result';
import { keysCitedByClaims } from '../shared/cited-keys';
import { MAX_CLAIMS_PER_PAGE, type AnalysePageRequest, type PageAnalysisResponse } from '../shared/messages';

/**
 * Answers `analysePage`: the cited works' records come from the resolver (its cache, as the
 * content script resolved them moments before), the open full text of the sources a claim cites
 * is read, then the page pipeline checks the claims against those records. Only what the badges and the popup show goes back.
 */
export async function analysePageRequest(request: AnalysePageRequest, resolver: SourceResolver): Promise<PageAnalysisResponse> {
  const keys = [...new Set(request.works.flatMap((work) => work.keys))];
  const analysis = analyseParagraphs(request.paragraphs, request.metaSignals);
  await resolver.readFullText(keysCitedByClaims(request.works, analysis.claims.slice(0, MAX_CLAIMS_PER_PAGE)));
  const results = new Map((await resolver.resolve(keys)).map((result) => [result.key, result]));
  const { evaluation } = runPagePipeline({
    analysis,
    paragraphs: request.paragraphs,
    metaSignals: request.metaSignals,
    works: request.works.map((work) => ({ referenceIds: work.referenceIds, result: bestResult(work.keys, results) })),
    markerCounts: new Map(request.markerCounts),
    markerCount: request.markerCount,
    references: request.references,
    maxClaims: MAX_CLAIMS_PER_PAGE,
  });
  return {
    claims: analysis.claims.map((claim) => ({
      paragraph: claim.paragraph,
      text: claim.text,
      referenceIds: claim.referenceIds,
      citedBy: claim.citedBy,
      design: claim.design,
      participants: claim.participants,
      duration: claim.duration && { value: claim.duration.value, unit: claim.duration.unit },
      effects: claim.effects.map((effect) => ({ text: effect.text, relative: effect.relative })),
      strength: claim.strength,
    })),
    disclaimers: analysis.disclaimers.map((d) => ({ kind: d.kind, text: d.text })),
    evaluation,
  };
}
