import type { DesignCode } from '../../shared/design-codes';
import type { ClaimCheckSchema } from '../../shared/messages';
import type { SourceRecord } from '../../shared/source-record';
import type * as z from 'zod/mini';
import type { ClaimFacts } from '../claim-facts';
import type { SourceFacts } from '../source-notes';
import type { SourceDetail } from '../source-detail';

/** Codes of checks of a claim against the source it cites (evidence scheme §4). */
export type ClaimCheckCode =
  | 'sample-size-mismatch'
  | 'duration-mismatch'
  | 'number-not-in-source'
  | 'effect-misstated'
  | 'design-overstated'
  | 'population-mismatch'
  | 'intervention-mismatch'
  | 'causal-overreach'
  | 'contradicts-source'
  | 'relative-only'
  | 'safety-overreach'
  | 'uncited-claim'
  | 'hype-language'
  | 'exaggeration';

/** How much a check matters: `warning` the page misleads, `info` worth knowing, not proof of a mistake. */
export type CheckSeverity = 'warning' | 'info';

/** One finding about a claim, with the words it rests on: `ClaimCheckSchema` (its one definition) with its code known. */
export type ClaimCheck = Omit<z.infer<typeof ClaimCheckSchema>, 'code'> & { code: ClaimCheckCode };

/**
 * A claim as the checks read it: the claim engine's reading of one sentence, with its paragraph.
 * It never crosses a message boundary (the background reads the paragraphs itself), so it is a
 * plain type here, its one definition.
 */
export interface CheckedClaim {
  text: string;
  paragraph: string;
  referenceIds: string[];
  citedBy: 'marker' | 'paragraph' | 'none';
  design: DesignCode | null;
  /** The words that named the design ("randomized", "trial"). */
  designWords: string[];
  participants: number | null;
  duration: { value: number; unit: string } | null;
  dose: { route: string | null; amount: number | null; unit: string | null } | null;
  effects: Array<{ text: string; value: number; relative: boolean | null; unit: string }>;
  strength: number;
  safety: boolean;
  /**
   * Sentences near the claim that report no finding themselves but speak of its study: promotion,
   * a claim of safety, a plain cause, advice on taking the treatment ("take a 400 mg tablet").
   */
  nearby?: readonly NearbyStatement[];
}

/** A sentence near a claim, as the checks that read it take it: its words, paragraph and causal strength. */
export interface NearbyStatement {
  text: string;
  paragraph: string;
  strength: number;
}

/** A cited source as the checks read it: its record, design and the facts the resolver read. */
export interface CheckedSource {
  referenceIds: string[];
  record: SourceRecord;
  design: DesignCode;
  facts: SourceFacts;
}

/** A source with the structured facts the checks compare (read once per source). */
export interface SourceView extends CheckedSource {
  detail: SourceDetail;
}

/** A claim with the structured facts the checks compare (read once per claim). */
export interface ClaimView {
  claim: CheckedClaim;
  facts: ClaimFacts;
  /** The claim reports a study: it is cited, names a design or a head count, or gives a figure. */
  reportsStudy: boolean;
  /** The claim before it on the page cites a source: an uncited sentence here still tells the same story. */
  followsCitedClaim: boolean;
  /** The page is itself a scholarly article: its uncited results are its own, not unsourced. */
  onScholarlyArticle: boolean;
  /** An uncited claim that names one cited source (author, journal, year, size) or points back to one. */
  sourceNamed: boolean;
  /**
   * When this view is a sentence near a claim, that claim: a check then reads the sentence only
   * where it speaks of the claim's study (`speaksOfStudy`), and the sentence states no figures.
   */
  nearbyOf: CheckedClaim | null;
  /** The other claims of the claim's paragraph: each is checked on its own words. */
  paragraphClaims: readonly string[];
  /** The paragraphs of every claim on the page, once each: what the page says anywhere of who was studied. */
  pageParagraphs: readonly string[];
}

/** A message to a reader, by key into its check's wording table, with the values it names. */
export interface MessageRef {
  key: string;
  values?: Record<string, string | number>;
}

/** What a check found: its severity, what to tell the reader, and the quotes of both sides. */
export interface Finding {
  severity: CheckSeverity;
  message: MessageRef;
  evidence: string;
  /**
   * The finding is about the page as a whole (a marker subgroup it never names, a design or a
   * population it gets wrong, its promotional tone), not one sentence: a reader is told it once per
   * source, on the first claim it holds for; on later claims it still silences what it would silence.
   */
  oncePerPage?: boolean;
}

/** English wording of a check's messages, kept apart from its logic so it can be translated. */
export type Wording = Record<string, (values: Record<string, string | number>) => string>;

/**
 * One check. `claim` checks read the claim alone (once per claim); `source` checks compare a claim
 * with one source it cites (once per claim and source). A check that cannot find its fact on both
 * sides returns null.
 */
export type CheckDefinition =
  | { code: ClaimCheckCode; scope: 'claim'; wording: Wording; run: (claim: ClaimView) => Finding | null }
  | { code: ClaimCheckCode; scope: 'source'; wording: Wording; run: (claim: ClaimView, source: SourceView) => Finding | null };
