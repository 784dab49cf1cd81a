import type { PageReport, ReportedReference, SourceResult } from '../../lib/shared/messages';
import { emptyRecord, type SourceRecord } from '../../lib/shared/source-record';

/** A page report with nothing found yet, overridden by `over`. */
export function makeReport(over: Partial<PageReport> = {}): PageReport {
  return {
    title: 'Page',
    status: 'done',
    markerCount: 0,
    references: [],
    claims: [],
    disclaimers: [],
    evaluation: null,
    timing: null,
    ...over,
  };
}

/** A reference entry as the popup receives it. */
export function makeReference(over: Partial<ReportedReference> & { id: string }): ReportedReference {
  return {
    number: null,
    text: `Reference ${over.id}, a study of something, 2020.`,
    sameAs: null,
    keys: [],
    result: null,
    match: null,
    ...over,
  };
}

/** A resolved result for a key, with a record and a design. */
export function resolvedResult(
  key: string,
  record: Partial<SourceRecord> = {},
  design: 'rct' | 'cohort' | 'in-vitro' = 'rct',
): SourceResult {
  const level = design === 'rct' ? '2' : design === 'cohort' ? '3' : 'preclinical';
  return {
    key,
    state: 'resolved',
    record: emptyRecord({ title: `Title of ${key}`, ...record }),
    assessment: { design, level, evidence: 'publication type', confidence: 'high' },
  };
}

/** A result whose service did not answer. */
export function unavailableResult(key: string): SourceResult {
  return { key, state: 'unavailable', record: null, assessment: null };
}

/** A claim as the popup receives it. */
export function makeClaim(text: string, referenceIds: string[] = []): PageReport['claims'][number] {
  return {
    text,
    referenceIds,
    citedBy: referenceIds.length > 0 ? 'marker' : 'none',
    design: null,
    participants: null,
    duration: null,
    effects: [],
    strength: 1,
  };
}
