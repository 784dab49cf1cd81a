import type { SourceRecord } from '../../lib/shared/source-record';

/** A source record with every field empty, overridden by `over`: for tests that need one or two facts. */
export function makeRecord(over: Partial<SourceRecord> = {}): SourceRecord {
  return {
    ids: { doi: null, pmid: null, pmcid: null, nct: [] },
    title: null,
    authors: [],
    journal: null,
    year: null,
    publicationTypes: [],
    meshTerms: [],
    abstract: null,
    isPreprint: false,
    citedByCount: null,
    fullTextUrl: null,
    notices: [],
    registry: null,
    provenance: [],
    ...over,
  };
}
