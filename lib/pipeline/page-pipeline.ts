import { evaluatePage, type CitedWork, type PageEvaluation } from '../evidence/evaluate-page';
import type { PageSignals } from '../evidence/page-checklist';
import { analyseParagraphs } from './analyse-paragraphs';
import type { CandidateParagraph, TextAnalysis } from './types';

/** What the page pipeline needs: the DOM side's paragraphs and counts, and the cited works with their results. */
export interface PagePipelineInput {
  paragraphs: readonly CandidateParagraph[];
  /** Checklist signals read from the page's markup (metadata, byline, headline). */
  metaSignals: PageSignals;
  works: readonly CitedWork[];
  /** How many in-text markers cite each reference. */
  markerCounts: ReadonlyMap<string, number>;
  markerCount: number;
  references: ReadonlyArray<{ identified: boolean }>;
  /** Most claims read and checked; a page with more is checked on its first ones. */
  maxClaims?: number;
  /** The paragraphs' analysis when the caller already read it (to know which sources claims cite). */
  analysis?: TextAnalysis;
}

/** The page's claims, disclaimers and signals, and their evaluation against the cited works. */
export interface PagePipelineResult {
  analysis: TextAnalysis;
  evaluation: PageEvaluation;
}

/**
 * The one page pipeline, run by the background for the extension and by the command-line tool:
 * candidate paragraphs → claims, disclaimers and checklist signals; then, with the records of the
 * cited works, the claim checks, the checklist and the summary.
 */
export function runPagePipeline(input: PagePipelineInput): PagePipelineResult {
  const analysis = input.analysis ?? analyseParagraphs(input.paragraphs, input.metaSignals);
  if (input.maxClaims !== undefined) analysis.claims = analysis.claims.slice(0, input.maxClaims);
  const paragraphText = (index: number) => normaliseSpace(input.paragraphs[index]?.text ?? '');
  const claims = analysis.claims.map((claim, index) => ({
    ...claim,
    paragraph: paragraphText(claim.paragraph),
    nearby: analysis.nearby
      .filter((statement) => statement.claim === index)
      .map((statement) => ({ text: statement.text, paragraph: paragraphText(statement.paragraph), strength: statement.strength })),
  }));
  const evaluation = evaluatePage({
    claims,
    works: input.works,
    markerCounts: input.markerCounts,
    markerCount: input.markerCount,
    references: input.references,
    signals: analysis.signals,
    disclaimers: analysis.disclaimers,
  });
  return { analysis, evaluation };
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
