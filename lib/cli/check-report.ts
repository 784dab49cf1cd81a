import * as z from 'zod/mini';
import { DESIGN_CODES, LEVELS } from '../shared/design-codes';
import { ChecklistItemSchema, ClaimCheckSchema, SourceNoteSchema } from '../shared/messages';
import { NoticeOfSchema, NoticeSchema, RegistryFactsSchema } from '../shared/source-record';

const Nullable = <T extends z.core.SomeType>(schema: T) => z.nullable(schema);

/** One distinct cited work in a check report. */
export const ReportedSourceSchema = z.object({
  referenceIds: z.array(z.string()),
  state: z.enum(['resolved', 'not-found', 'unavailable', 'no-identifier']),
  ids: z.object({ doi: Nullable(z.string()), pmid: Nullable(z.string()), pmcid: Nullable(z.string()), nct: z.array(z.string()) }),
  title: Nullable(z.string()),
  journal: Nullable(z.string()),
  year: Nullable(z.number()),
  design: Nullable(z.enum(DESIGN_CODES)),
  level: Nullable(z.enum(LEVELS)),
  designEvidence: Nullable(z.string()),
  publicationTypes: z.array(z.string()),
  meshTerms: z.array(z.string()),
  abstract: Nullable(z.string()),
  isPreprint: z.boolean(),
  /** Each notice with a link to it (or, for a republished work, to its new version). */
  notices: z.array(z.extend(NoticeSchema, { link: Nullable(z.string()) })),
  /** For an item that is itself a notice: what it corrects or retracts, with a link to that work. */
  noticeOf: Nullable(z.extend(NoticeOfSchema, { link: Nullable(z.string()) })),
  /** When the open full text was read for the claim checks. */
  fullTextRead: Nullable(z.object({ pmcid: z.string(), readAt: z.string() })),
  registry: Nullable(RegistryFactsSchema),
  participants: Nullable(z.number()),
  durationWeeks: Nullable(z.number()),
  primaryEndpoint: Nullable(z.enum(['met', 'not-met', 'unclear'])),
  notes: z.array(SourceNoteSchema),
  links: z.object({
    doi: Nullable(z.string()),
    pubmed: Nullable(z.string()),
    pmc: Nullable(z.string()),
    fullText: Nullable(z.string()),
    registry: Nullable(z.string()),
  }),
});

/** What `lens check --json` prints: the scanner's findings and the sources they cite. */
export const CheckReportSchema = z.object({
  url: Nullable(z.string()),
  page: z.object({ title: z.string(), doi: Nullable(z.string()), pmid: Nullable(z.string()), isScholarlyArticle: z.boolean() }),
  references: z.array(z.looseObject({ id: z.string(), number: Nullable(z.number()), text: z.string(), sameAs: Nullable(z.string()) })),
  citations: z.array(z.looseObject({ marker: z.string(), referenceIds: z.array(z.string()), sentence: z.string() })),
  claims: z.array(z.looseObject({ text: z.string(), referenceIds: z.array(z.string()), strength: z.number() })),
  disclaimers: z.array(z.object({ kind: z.string(), text: z.string() })),
  sources: z.array(ReportedSourceSchema),
  claimChecks: z.array(ClaimCheckSchema),
  checklist: z.array(ChecklistItemSchema),
  /** One line for the whole page: sources by design, claims checked and how many have issues. */
  summary: z.string(),
});

/** A check report. */
export type CheckReport = z.infer<typeof CheckReportSchema>;
/** One source of a check report. */
export type ReportedSource = z.infer<typeof ReportedSourceSchema>;
