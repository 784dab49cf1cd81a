import * as z from 'zod/mini';
import { DESIGN_CODES, LEVELS } from './design-codes';
import { CHECKLIST_CRITERIA } from './checklist-criteria';
import { parseIdKey } from './identifiers';
import { SourceRecordSchema } from './source-record';

/**
 * The one message protocol between content script, background and popup. Every message is
 * validated with these schemas where it is received; nothing else crosses a context boundary.
 *
 * | message      | from → to            | payload                      | answer            |
 * | ------------ | -------------------- | ---------------------------- | ----------------- |
 * | `resolve`    | content → background | identifier keys only         | `ResolveResponse` |
 * | `matchReferences` | content → background | reference texts, only where allowed | `MatchResponse` |
 * | `analysePage` | content → background | candidate paragraphs, signals, cited keys | `PageAnalysis` |
 * | `loadScanner` | first content script → background | none | none (the scanner is injected into the tab) |
 * | `loadCard` | scanner → background | none | none (the card is injected into the frame) |
 * | `pageReport` | popup → content      | none                         | `PageReport`      |
 */

/** Most keys one `resolve` message may carry; larger pages send several messages. */
export const MAX_KEYS_PER_MESSAGE = 500;

const IdKeySchema = z.string().check(
  z.maxLength(300),
  z.refine((key) => parseIdKey(key) !== null, 'not a normalised identifier key'),
);

/** Content script asks the background to resolve identifiers; nothing but keys is sent. */
export const ResolveRequestSchema = z.strictObject({
  type: z.literal('resolve'),
  keys: z.array(IdKeySchema).check(z.maxLength(MAX_KEYS_PER_MESSAGE)),
});

/**
 * Content script asks the background to find references that carry no identifier by their text.
 * Sent only when the reader allows it; the text is the reference entry, nothing else of the page.
 */
export const MatchReferencesRequestSchema = z.strictObject({
  type: z.literal('matchReferences'),
  references: z
    .array(z.strictObject({ id: z.string().check(z.maxLength(100)), text: z.string().check(z.minLength(20), z.maxLength(600)) }))
    .check(z.maxLength(100)),
});

/** The design assessment sent with a resolved source. */
export const AssessmentSchema = z.object({
  design: z.enum(DESIGN_CODES),
  level: z.enum(LEVELS),
  evidence: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
});

/** A note on a source (evidence scheme §3), with what it rests on. */
export const SourceNoteSchema = z.object({
  code: z.string(),
  severity: z.enum(['critical', 'warning', 'info']),
  message: z.string(),
  evidence: z.string(),
});

/** Facts read from a source for the reader: size, duration and whether the primary endpoint was met. */
export const SourceFactsSchema = z.object({
  participants: z.nullable(z.number()),
  durationWeeks: z.nullable(z.number()),
  primaryEndpoint: z.enum(['met', 'not-met', 'unclear']),
  primaryEndpointEvidence: z.string(),
  conclusionStrength: z.nullable(z.number()),
  conclusionEvidence: z.nullable(z.string()),
});

/** States a source can be in, as the reader sees them. */
export const SOURCE_STATES = ['resolved', 'not-found', 'unavailable'] as const;

/** What the background knows of one identifier. */
export const SourceResultSchema = z.object({
  key: z.string(),
  state: z.enum(SOURCE_STATES),
  record: z.nullable(SourceRecordSchema),
  assessment: z.nullable(AssessmentSchema),
  facts: z.optional(z.nullable(SourceFactsSchema)),
  notes: z.optional(z.array(SourceNoteSchema)),
});

/** The background's answer to `resolve`, one result per requested key. */
export const ResolveResponseSchema = z.object({ results: z.array(SourceResultSchema) });

/** How a reference without identifier fared when looked up by its text. */
export const TextMatchSchema = z.object({
  id: z.string(),
  state: z.enum(['matched', 'not-found', 'unavailable']),
  reason: z.nullable(z.string()),
  doi: z.nullable(z.string()),
  result: z.nullable(SourceResultSchema),
});

/** The background's answer to `matchReferences`. */
export const MatchResponseSchema = z.object({ results: z.array(TextMatchSchema) });

const Text = (max: number) => z.string().check(z.maxLength(max));
const Quote = z.nullable(Text(400));

/** What the page says for the checklist (evidence scheme §7), as quotes. */
export const PageSignalsSchema = z.strictObject({
  author: Quote,
  date: Quote,
  harms: Quote,
  harmsDismissed: Quote,
  costs: Quote,
  limitations: Quote,
  alternatives: Quote,
  conflicts: Quote,
  sensational: z.array(Text(400)).check(z.maxLength(10)),
  aboutHealth: z.boolean(),
  scholarlyArticle: z.boolean(),
});

/** Most claims read and checked per page; a page with more is checked on its first ones. */
export const MAX_CLAIMS_PER_PAGE = 300;

/** Most candidate paragraphs one `analysePage` message carries (the scanner sends at most this many). */
export const MAX_PARAGRAPHS_PER_MESSAGE = 5000;
/** Longest candidate paragraph, in characters. */
export const MAX_PARAGRAPH_CHARS = 50_000;

/** One block of page text for the background to read: its text and where its citation markers end. */
export const CandidateParagraphSchema = z.strictObject({
  text: Text(MAX_PARAGRAPH_CHARS),
  markers: z
    .array(z.strictObject({ end: z.number().check(z.int(), z.minimum(0)), referenceIds: z.array(Text(100)).check(z.maxLength(50)) }))
    .check(z.maxLength(500)),
  heading: z.boolean(),
  inArticle: z.boolean(),
  teaser: z.optional(z.boolean()),
  prose: z.optional(z.boolean()),
});

/**
 * Content script asks the background to read the page's candidate paragraphs (claims, disclaimers,
 * checklist signals) and check the claims against the cited works. Page text goes no further than
 * the background: nothing of it is fetched, no request is built from it.
 */
export const AnalysePageRequestSchema = z.strictObject({
  type: z.literal('analysePage'),
  paragraphs: z.array(CandidateParagraphSchema).check(z.maxLength(MAX_PARAGRAPHS_PER_MESSAGE)),
  metaSignals: PageSignalsSchema,
  works: z
    .array(z.strictObject({ referenceIds: z.array(Text(100)).check(z.maxLength(50)), keys: z.array(IdKeySchema).check(z.maxLength(10)) }))
    .check(z.maxLength(MAX_KEYS_PER_MESSAGE)),
  markerCounts: z.array(z.tuple([Text(100), z.number()])).check(z.maxLength(5000)),
  markerCount: z.number(),
  references: z.array(z.strictObject({ identified: z.boolean() })).check(z.maxLength(5000)),
});

/** A check of a claim against a source it cites (evidence scheme §4). */
export const ClaimCheckSchema = z.object({
  claim: z.number(),
  referenceId: z.nullable(z.string()),
  code: z.string(),
  severity: z.enum(['warning', 'info']),
  message: z.string(),
  evidence: z.string(),
});

/** One answered criterion of the page checklist (evidence scheme §7). */
export const ChecklistItemSchema = z.object({
  criterion: z.enum(CHECKLIST_CRITERIA),
  answer: z.enum(['yes', 'no', 'unclear']),
  evidence: z.string(),
});

/** Claim checks, checklist and one-line summary of a page. */
export const PageEvaluationSchema = z.object({
  claimChecks: z.array(ClaimCheckSchema),
  checklist: z.array(ChecklistItemSchema),
  summary: z.string(),
});

/** One claim the background read, with the index of its candidate paragraph. */
export const AnalysedClaimSchema = z.object({
  paragraph: z.number().check(z.int(), z.minimum(0)),
  text: z.string(),
  referenceIds: z.array(z.string()),
  citedBy: z.enum(['marker', 'paragraph', 'none']),
  design: z.nullable(z.enum(DESIGN_CODES)),
  participants: z.nullable(z.number()),
  duration: z.nullable(z.object({ value: z.number(), unit: z.string() })),
  effects: z.array(z.object({ text: z.string(), relative: z.nullable(z.boolean()) })),
  strength: z.number(),
});

/** The background's answer to `analysePage`: the claims and disclaimers it read, and their evaluation. */
export const PageAnalysisSchema = z.object({
  claims: z.array(AnalysedClaimSchema).check(z.maxLength(MAX_CLAIMS_PER_PAGE)),
  disclaimers: z.array(z.object({ kind: z.string(), text: z.string() })),
  evaluation: PageEvaluationSchema,
});

/**
 * The first content script asks the background to load the scanner into its tab: because its
 * pre-check found something, or because the reader asked from the popup.
 */
export const LoadScannerRequestSchema = z.strictObject({ type: z.literal('loadScanner') });

/**
 * The scanner asks the background to load the card into its frame, the first time the reader
 * opens a badge: the card is most of the content script's weight, and most pages never open one.
 */
export const LoadCardRequestSchema = z.strictObject({ type: z.literal('loadCard') });

/** Popup asks the content script of a tab for what it found. */
export const PageReportRequestSchema = z.strictObject({ type: z.literal('pageReport') });

/** One reference entry as the popup lists it. */
export const ReportedReferenceSchema = z.object({
  id: z.string(),
  number: z.nullable(z.number()),
  text: z.string(),
  sameAs: z.nullable(z.string()),
  keys: z.array(z.string()),
  result: z.nullable(SourceResultSchema),
  /** For a reference without identifier: how looking it up by its text went. */
  match: z.nullable(z.object({ state: z.enum(['matched', 'not-found', 'unavailable']), reason: z.nullable(z.string()) })),
});

/** One claim as the popup lists it. */
export const ReportedClaimSchema = z.object({
  text: z.string(),
  referenceIds: z.array(z.string()),
  citedBy: z.enum(['marker', 'paragraph', 'none']),
  design: z.nullable(z.string()),
  participants: z.nullable(z.number()),
  duration: z.nullable(z.object({ value: z.number(), unit: z.string() })),
  effects: z.array(z.object({ text: z.string(), relative: z.nullable(z.boolean()) })),
  strength: z.number(),
});

/** The content script's summary of a page, for the popup. */
export const PageReportSchema = z.object({
  title: z.string(),
  references: z.array(ReportedReferenceSchema),
  markerCount: z.number(),
  claims: z.array(ReportedClaimSchema),
  disclaimers: z.array(z.object({ kind: z.string(), text: z.string() })),
  status: z.enum(['scanning', 'resolving', 'done', 'nothing-found']),
  /** Claim checks, checklist and summary, once the background has evaluated the page. */
  evaluation: z.nullable(PageEvaluationSchema),
  /** How long the last scan took, in milliseconds, and its longest slice. */
  timing: z.nullable(z.object({ scanMs: z.number(), longestSliceMs: z.number(), slices: z.number() })),
});

/** How a reference fared when looked up by its text. */
export type TextMatch = z.infer<typeof TextMatchSchema>;
/** The background's answer to `matchReferences`. */
export type MatchResponse = z.infer<typeof MatchResponseSchema>;
/** What the background knows of one identifier. */
export type SourceResult = z.infer<typeof SourceResultSchema>;
/** The background's answer to `resolve`. */
export type ResolveResponse = z.infer<typeof ResolveResponseSchema>;
/** The content script's summary of a page. */
export type PageReport = z.infer<typeof PageReportSchema>;
/** One claim as reported to the popup. */
export type ReportedClaim = z.infer<typeof ReportedClaimSchema>;
/** One reference entry as reported to the popup. */
export type ReportedReference = z.infer<typeof ReportedReferenceSchema>;
/** Claim checks, checklist and summary of a page. */
export type PageEvaluationResponse = z.infer<typeof PageEvaluationSchema>;
/** The content script's request to analyse its page. */
export type AnalysePageRequest = z.infer<typeof AnalysePageRequestSchema>;
/** One candidate paragraph as sent to the background. */
export type CandidateParagraphMessage = z.infer<typeof CandidateParagraphSchema>;
/** The background's answer to `analysePage`. */
export type PageAnalysisResponse = z.infer<typeof PageAnalysisSchema>;
/** One claim the background read. */
export type AnalysedClaim = z.infer<typeof AnalysedClaimSchema>;
