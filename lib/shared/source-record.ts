import * as z from 'zod/mini';

/**
 * Kinds of notice a work can carry. "…-and-republished" means the notice is a new version that
 * replaces the work: its DOI or PMID is the new version's.
 */
export const NOTICE_TYPES = [
  'retraction',
  'partial-retraction',
  'retracted-and-republished',
  'withdrawal',
  'removal',
  'expression-of-concern',
  'correction',
  'corrected-and-republished',
  'addendum',
  'clarification',
  'new-version',
] as const;

/** One retraction, expression of concern or correction attached to a work. */
export const NoticeSchema = z.object({
  type: z.enum(NOTICE_TYPES),
  /** When the notice appeared: "2010-02-06", or "2026-09" when only the month is known. */
  date: z.nullable(z.string()),
  noticeDoi: z.nullable(z.string()),
  /** The notice's PubMed id, when the service gives one. */
  noticePmid: z.optional(z.nullable(z.string())),
  /** Every service that reported it, joined by "; " ("Europe PMC; Crossref (retraction-watch)"). */
  source: z.string(),
});

/** What a cited item that is itself a notice (an erratum, a retraction notice) is about. */
export const NoticeOfSchema = z.object({
  type: z.enum(NOTICE_TYPES),
  doi: z.nullable(z.string()),
  pmid: z.nullable(z.string()),
  /** The citation of the work it corrects or retracts, as the service gives it. */
  reference: z.nullable(z.string()),
});

/** Where a record's facts came from. */
export const ProvenanceSchema = z.object({
  api: z.enum(['europepmc', 'crossref', 'clinicaltrials', 'pubmed']),
  fetchedAt: z.string(),
});

/** What a trial registry (ClinicalTrials.gov) says about a trial. */
export const RegistryFactsSchema = z.object({
  nct: z.string(),
  title: z.nullable(z.string()),
  status: z.nullable(z.string()),
  studyType: z.nullable(z.string()),
  phases: z.array(z.string()),
  allocation: z.nullable(z.string()),
  masking: z.nullable(z.string()),
  enrollment: z.nullable(z.number()),
  /** True when the enrolment is the actual number, false when it is an estimate. */
  enrollmentActual: z.nullable(z.boolean()),
  hasResults: z.boolean(),
  leadSponsor: z.nullable(z.string()),
  industrySponsored: z.boolean(),
  startDate: z.nullable(z.string()),
  completionDate: z.nullable(z.string()),
  /** Whether each date has happened ("actual") or is planned ("estimated"); null when unsaid. */
  startDateType: z.optional(z.nullable(z.enum(['actual', 'estimated']))),
  completionDateType: z.optional(z.nullable(z.enum(['actual', 'estimated']))),
  /** Why the trial stopped early, in the registry's words ("closed due to low accrual"). */
  whyStopped: z.optional(z.nullable(z.string())),
  /** Companies named as collaborators (not the lead sponsor). */
  industryCollaborators: z.optional(z.array(z.string())),
  /** PMIDs the registry lists as results publications of the trial. */
  resultPmids: z.array(z.string()),
});

/** Cap on each full-text section kept in a record, in characters. */
export const MAX_FULL_TEXT_SECTION = 60_000;

/**
 * The sections of an open-access paper's full text that claim checks read (plain text; tables as
 * text, one row a line), with when they were read. Absent when no full text was read.
 */
export const FullTextSchema = z.object({
  pmcid: z.string(),
  readAt: z.string(),
  methods: z.string(),
  results: z.string(),
  conclusions: z.string(),
  tables: z.string(),
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
    /** Other trial registrations the work names (ISRCTN, EudraCT, ACTRN…), as the scanner writes them. */
    trials: z.optional(z.array(z.string())),
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
  /** The registry record of the trial the work reports, when one is linked. */
  registry: z.nullable(RegistryFactsSchema),
  provenance: z.array(ProvenanceSchema),
  /** Sections of the open full text, once read; absent or null when none was read. */
  fullText: z.optional(z.nullable(FullTextSchema)),
  /** True when the service says the full text is open (Europe PMC holds it under an open licence). */
  openAccess: z.optional(z.boolean()),
  /** Set when the item is itself a notice about another work. */
  noticeOf: z.optional(z.nullable(NoticeOfSchema)),
});

/** A normalised source record. */
export type SourceRecord = z.infer<typeof SourceRecordSchema>;
/** What a trial registry says about a trial. */
export type RegistryFacts = z.infer<typeof RegistryFactsSchema>;
/** A notice of retraction, concern or correction. */
export type Notice = z.infer<typeof NoticeSchema>;
/** What a notice item is about. */
export type NoticeOf = z.infer<typeof NoticeOfSchema>;
/** A kind of notice. */
export type NoticeType = Notice['type'];
/** Sections of an open full text. */
export type FullText = z.infer<typeof FullTextSchema>;

/** A record with nothing known yet, overridden by `facts`: where a source starts from one fact. */
export function emptyRecord(facts: Partial<SourceRecord> = {}): SourceRecord {
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
    ...facts,
  };
}
