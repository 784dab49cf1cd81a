import * as z from 'zod/mini';

/** One retraction, expression of concern or correction attached to a work. */
export const NoticeSchema = z.object({
  type: z.enum(['retraction', 'expression-of-concern', 'correction', 'withdrawal']),
  date: z.nullable(z.string()),
  noticeDoi: z.nullable(z.string()),
  source: z.string(),
});

/** Where a record's facts came from. */
export const ProvenanceSchema = z.object({
  api: z.enum(['europepmc', 'crossref']),
  fetchedAt: z.string(),
});

/**
 * One normalised scholarly work, whatever API described it. Every string in it is plain text:
 * markup from the APIs is stripped before a record is built, and the UI renders it as text.
 */
export const SourceRecordSchema = z.object({
  ids: z.object({
    doi: z.nullable(z.string()),
    pmid: z.nullable(z.string()),
    pmcid: z.nullable(z.string()),
    nct: z.array(z.string()),
  }),
  title: z.nullable(z.string()),
  authors: z.array(z.string()),
  journal: z.nullable(z.string()),
  year: z.nullable(z.number()),
  publicationTypes: z.array(z.string()),
  meshTerms: z.array(z.string()),
  abstract: z.nullable(z.string()),
  isPreprint: z.boolean(),
  citedByCount: z.nullable(z.number()),
  fullTextUrl: z.nullable(z.string()),
  notices: z.array(NoticeSchema),
  provenance: z.array(ProvenanceSchema),
});

/** A normalised source record. */
export type SourceRecord = z.infer<typeof SourceRecordSchema>;
/** A notice of retraction, concern or correction. */
export type Notice = z.infer<typeof NoticeSchema>;
