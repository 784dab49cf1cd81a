/**
 * Matching the scanner's findings on a page against the page's hand annotation (tests/devset), and
 * counting, per field, what was right. Pure functions: `npm run measure` and the unit tests use them.
 */
import { z } from 'zod';

const EffectSchema = z.object({ text: z.string(), relative: z.boolean().nullable() });
const FindingSchema = z.object({
  text: z.string().min(1),
  participants: z.number().nullable().optional(),
  duration: z.object({ value: z.number(), unit: z.string() }).nullable().optional(),
  design: z.string().nullable().optional(),
  effects: z.array(EffectSchema).optional(),
});
const CitedWorkSchema = z.object({
  doi: z.string().nullable().optional(),
  pmid: z.union([z.string(), z.number()]).nullable().optional(),
  pmcid: z.string().nullable().optional(),
  nct: z.array(z.string()).nullable().optional(),
  url: z.string().nullable().optional(),
  text: z.string().nullable().optional(),
});
const MarkerSchema = z.object({ text: z.union([z.string(), z.number()]), sentence: z.string().nullable().optional() });
const DisclaimerSchema = z.object({ kind: z.string(), text: z.string() });

/** One page's hand annotation (format: tests/devset/README.md). */
export const AnnotationSchema = z.object({
  id: z.string(),
  path: z.string().optional(),
  findings: z.array(FindingSchema).default([]),
  citedWorks: z.array(CitedWorkSchema).default([]),
  markers: z.array(MarkerSchema).default([]),
  disclaimers: z.array(DisclaimerSchema).default([]),
  notes: z.string().optional(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;
export type AnnotatedFinding = z.infer<typeof FindingSchema>;

/** What the scanner found, in the shape the matcher needs (a subset of `FindingsJson`). */
export interface ScannedPage {
  claims: Array<{ text: string; participants: number | null; effects: Array<{ text: string; value: number; relative: boolean | null }> }>;
  references: Array<{
    text: string;
    sameAs: string | null;
    ids: { doi: string | null; pmid: string | null; pmcid: string | null; nct: string[]; url: string | null };
  }>;
  citations: Array<{ marker: string; sentence: string; style?: string }>;
  disclaimers: Array<{ kind: string; text: string }>;
}

/** A count of right answers out of a total. */
export interface Ratio {
  right: number;
  of: number;
}

/** Every field's counts for one page or a sum of pages. */
export interface DevsetScore {
  claimsPrecision: Ratio;
  claimsRecall: Ratio;
  participants: Ratio;
  /** Of `participants`: pairs where the page gives no head count but the scanner reported one. */
  participantsInvented: number;
  relative: Ratio;
  citedWorks: Ratio;
  referencePrecision: Ratio;
  markerPrecision: Ratio;
  markerRecall: Ratio;
  disclaimersPrecision: Ratio;
  disclaimersRecall: Ratio;
}

/** Similarity at or above which two sentences are taken for the same one. */
export const SENTENCE_MATCH_THRESHOLD = 0.8;
/** Shorter ÷ longer length at or above which a sentence inside another counts as the same one. */
export const CONTAINED_LENGTH_RATIO = 0.7;
/** Word overlap at or above which a found disclaimer or reference text counts as the annotated one. */
export const TEXT_OVERLAP_THRESHOLD = 0.6;
/** Word overlap at which an entry found with another link than the annotated one is the same work. */
export const SAME_ENTRY_TEXT_OVERLAP = 0.8;

/**
 * A sentence as compared: quotes, dashes and white space unified, case folded, citation and note
 * markers ("[3]", "[n 8]", "so far.1", "¹²") and trailing punctuation removed.
 */
export function normaliseSentence(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]+/g, '')
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\[\s*\d{1,3}(?:\s*[-,]\s*\d{1,3})*\s*\]/g, '')
    .replace(/\[\s*(?:n|note|nb)\s*\d{1,3}\s*\]/gi, '')
    .replace(/(?<=[\p{L})"'%][.!?,;:]["')]?)\d{1,3}(?:[,-]\d{1,3})*(?=\s|$)/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?,;:"')\]]+$/u, '')
    .replace(/^[\s"'(]+/u, '')
    .trim();
}

function words(text: string): string[] {
  return normaliseSentence(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice overlap of two texts' word multisets, 0–1. */
export function wordOverlap(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of right) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(word, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

/** Words a sentence piece needs before it alone can pair two texts ("But when Dr." cannot). */
export const MIN_PIECE_WORDS = 5;
/** Similarity of two texts that share one whole sentence piece but differ in what surrounds it. */
export const SHARED_PIECE_SIMILARITY = 0.9;

/**
 * A text cut at every full stop, question or exclamation mark followed by white space, and at
 * anchors such as "{#e76f}" that page exports leave between sentences. Cut liberally on purpose
 * ("U.S. Department" splits too): the annotator and the scanner may end a sentence at different
 * places, and a piece both sides hold whole is the same sentence.
 */
export function sentencePieces(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'”’)\]]*(?:\[[^\]]{1,8}\])*)\s+|\s*\{#[\w-]+\}\s*/u)
    .map(normaliseSentence)
    .filter((piece) => piece.length > 0);
}

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** True when the shorter text, cut into pieces, is a run of whole pieces of the longer one. */
function sharesWholePieces(shortText: string, longText: string): boolean {
  const short = sentencePieces(shortText);
  const long = sentencePieces(longText);
  if (short.length === 0 || wordCount(short.join(' ')) < MIN_PIECE_WORDS) return false;
  for (let start = 0; start + short.length <= long.length; start += 1)
    if (short.every((piece, k) => long[start + k] === piece)) return true;
  return false;
}

/**
 * How alike two sentences are, 0–1: 1 when equal after normalising, high when one holds the other
 * or when the shorter is whole sentences of the longer (a sentence split the annotator and the
 * scanner made differently, or text a page export glued to a sentence).
 */
export function sentenceSimilarity(a: string, b: string): number {
  const left = normaliseSentence(a);
  const right = normaliseSentence(b);
  if (!left || !right) return 0;
  if (left === right) return 1;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (long.includes(short) && short.length / long.length >= CONTAINED_LENGTH_RATIO) return 0.95;
  const [shortRaw, longRaw] = left.length <= right.length ? [a, b] : [b, a];
  if (sharesWholePieces(shortRaw, longRaw)) return SHARED_PIECE_SIMILARITY;
  return wordOverlap(left, right);
}

/** Pairs of (annotated index, found index), best first, each side used once. */
export function matchSentences(annotated: readonly string[], found: readonly string[]): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  for (const [i, a] of annotated.entries())
    for (const [j, f] of found.entries()) {
      const score = sentenceSimilarity(a, f);
      if (score >= SENTENCE_MATCH_THRESHOLD) candidates.push([score, i, j]);
    }
  candidates.sort((x, y) => y[0] - x[0]);
  const usedA = new Set<number>();
  const usedF = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedA.has(i) || usedF.has(j)) continue;
    usedA.add(i);
    usedF.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

/** The numbers written in an effect figure ("1,200", "4.5", "−3"), separators read. */
export function numbersIn(text: string): number[] {
  return [...text.replace(/(?<=\d),(?=\d{3}\b)/g, '').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

function sameEffect(annotated: string, found: { text: string; value: number }): boolean {
  const a = normaliseSentence(annotated);
  const f = normaliseSentence(found.text);
  if (a === f || a.includes(f) || f.includes(a)) return numbersIn(a)[0] === numbersIn(f)[0];
  return numbersIn(a)[0] === found.value;
}

/** A percent-encoded address decoded ("%2F" as "/"); one whose encoding is broken is kept as written. */
function decodedAddress(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * An address as compared: scheme, "www.", fragment, query and trailing slash dropped, percent-encoding
 * decoded and letters (host and path) in lower case; an archived copy is its original.
 */
export const normaliseUrl = (url: string) =>
  decodedAddress(
    url
      .trim()
      .toLowerCase()
      .replace(/^(?:https?:)?\/\/web\.archive\.org\/web\/\d+[a-z_]*\//, '')
      .replace(/^\/\//, '')
      .replace(/^https?:\/\/(www\.)?/, '')
      .replace(/[#?].*$/, ''),
  )
    .toLowerCase()
    .replace(/\/+$/, '');

type Work = Annotation['citedWorks'][number];
type Reference = ScannedPage['references'][number];

/** True when a found reference entry is the annotated work: a shared identifier or URL, or (without either) its text. */
export function isSameWork(work: Work, entry: Reference): boolean {
  const doi = work.doi?.toLowerCase().trim();
  const pmid = work.pmid === null || work.pmid === undefined ? null : String(work.pmid).trim();
  const pmcid = work.pmcid?.toUpperCase().trim();
  const ncts = (work.nct ?? []).map((n) => n.toUpperCase());
  if (doi && entry.ids.doi?.toLowerCase() === doi) return true;
  if (pmid && entry.ids.pmid === pmid) return true;
  if (pmcid && entry.ids.pmcid?.toUpperCase() === pmcid) return true;
  if (ncts.some((n) => entry.ids.nct.includes(n))) return true;
  if (work.url && entry.ids.url && normaliseUrl(work.url) === normaliseUrl(entry.ids.url)) return true;
  const paperId = Boolean(doi || pmid || pmcid || ncts.length > 0);
  if (paperId || !work.text) return false;
  // A work known by a link only may be found by another of its entry's links (the report's PDF
  // rather than its catalogue record): its entry text then tells it, held to a stricter overlap.
  return wordOverlap(work.text, entry.text) >= (work.url ? SAME_ENTRY_TEXT_OVERLAP : TEXT_OVERLAP_THRESHOLD);
}

/** A marker as compared: brackets, spaces and dashes unified. */
export function normaliseMarker(text: string | number): string {
  return String(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[[\]()\s]/g, '')
    .replace(/[‐‑‒–—−]/g, '-');
}

/** Words of a sentence's start that are enough to place a marker in it. */
const MIN_START_WORDS = 3;

function sameSentenceStart(annotated: string | null | undefined, found: string): boolean {
  if (!annotated) return true;
  const a = words(annotated).slice(0, 6).join(' ');
  const foundWords = words(found);
  const f = foundWords.join(' ');
  // A second annotator may note fewer than six words of the sentence.
  const shortStart = foundWords.length >= MIN_START_WORDS && a.startsWith(f);
  return a === '' || f.startsWith(a) || f.includes(a) || shortStart;
}

function sameDisclaimer(a: { kind: string; text: string }, f: { kind: string; text: string }): boolean {
  if (a.kind !== f.kind) return false;
  const left = normaliseSentence(a.text);
  const right = normaliseSentence(f.text);
  return left.includes(right) || right.includes(left) || wordOverlap(left, right) >= TEXT_OVERLAP_THRESHOLD;
}

const ratio = (right = 0, of = 0): Ratio => ({ right, of });

/** An empty score, to sum pages into. */
export function emptyScore(): DevsetScore {
  return {
    claimsPrecision: ratio(),
    claimsRecall: ratio(),
    participants: ratio(),
    participantsInvented: 0,
    relative: ratio(),
    citedWorks: ratio(),
    referencePrecision: ratio(),
    markerPrecision: ratio(),
    markerRecall: ratio(),
    disclaimersPrecision: ratio(),
    disclaimersRecall: ratio(),
  };
}

/** Adds one score into another. */
export function addScore(total: DevsetScore, page: DevsetScore): void {
  for (const key of Object.keys(total) as Array<keyof DevsetScore>) {
    const into = total[key];
    const from = page[key];
    if (typeof into === 'number' && typeof from === 'number') (total[key] as number) = into + from;
    else if (typeof into === 'object' && typeof from === 'object') {
      into.right += from.right;
      into.of += from.of;
    }
  }
}

/** What went wrong on one page, for reading the tune half's errors. */
export interface PageErrors {
  falseClaims: string[];
  missedFindings: string[];
  wrongParticipants: Array<{ text: string; annotated: number | null; found: number | null }>;
  wrongRelative: Array<{ text: string; effect: string; annotated: boolean | null; found: boolean | null | 'missing' }>;
  missedWorks: Work[];
  falseReferences: string[];
  falseMarkers: Array<{ marker: string; sentence: string }>;
  missedMarkers: Array<{ text: string; sentence: string }>;
  falseDisclaimers: Array<{ kind: string; text: string }>;
  missedDisclaimers: Array<{ kind: string; text: string }>;
}

/**
 * The markers the annotation lists: numbers (superscript, bracketed, flattened, linked) and
 * author–year citations. A linked phrase ("a study in JAMA") or an identifier written in the text
 * cites a work (counted under cited works) but is no marker in the annotation's sense.
 */
export function isNumberedOrAuthorYear(citation: { marker: string; style?: string }): boolean {
  return !(
    (citation.style === 'link' || citation.style === 'identifier') &&
    !/^[[(]?\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*[\])]?$/.test(citation.marker.trim())
  );
}

/** Scores one page's findings against its annotation, field by field. */
export function scorePage(annotation: Annotation, scanned: ScannedPage): { score: DevsetScore; errors: PageErrors } {
  const score = emptyScore();
  const errors: PageErrors = {
    falseClaims: [],
    missedFindings: [],
    wrongParticipants: [],
    wrongRelative: [],
    missedWorks: [],
    falseReferences: [],
    falseMarkers: [],
    missedMarkers: [],
    falseDisclaimers: [],
    missedDisclaimers: [],
  };
  const findings = annotation.findings;
  const pairs = matchSentences(
    findings.map((f) => f.text),
    scanned.claims.map((c) => c.text),
  );
  score.claimsPrecision = ratio(pairs.length, scanned.claims.length);
  score.claimsRecall = ratio(pairs.length, findings.length);
  const matchedA = new Set(pairs.map(([i]) => i));
  const matchedF = new Set(pairs.map(([, j]) => j));
  errors.missedFindings = findings.filter((_, i) => !matchedA.has(i)).map((f) => f.text);
  errors.falseClaims = scanned.claims.filter((_, j) => !matchedF.has(j)).map((c) => c.text);
  for (const [i, j] of pairs) {
    const finding = findings[i]!;
    const claim = scanned.claims[j]!;
    const annotated = finding.participants ?? null;
    if (annotated !== null || claim.participants !== null) {
      score.participants.of += 1;
      if (annotated === claim.participants) score.participants.right += 1;
      else {
        if (annotated === null) score.participantsInvented += 1;
        errors.wrongParticipants.push({ text: finding.text, annotated, found: claim.participants });
      }
    }
    const used = new Set<number>();
    for (const effect of finding.effects ?? []) {
      if (effect.relative === null) continue;
      score.relative.of += 1;
      const at = claim.effects.findIndex((e, k) => !used.has(k) && sameEffect(effect.text, e));
      if (at >= 0) used.add(at);
      const found = at >= 0 ? claim.effects[at]!.relative : 'missing';
      if (found === effect.relative) score.relative.right += 1;
      else errors.wrongRelative.push({ text: finding.text, effect: effect.text, annotated: effect.relative, found });
    }
  }
  const references = scanned.references;
  const works = annotation.citedWorks;
  for (const work of works) {
    score.citedWorks.of += 1;
    if (references.some((entry) => isSameWork(work, entry))) score.citedWorks.right += 1;
    else errors.missedWorks.push(work);
  }
  // Short forms ("Oki et al. 2022") stand for their fuller entry; they are not works of their own.
  for (const entry of references.filter((e) => e.sameAs === null)) {
    score.referencePrecision.of += 1;
    if (works.some((work) => isSameWork(work, entry))) score.referencePrecision.right += 1;
    else errors.falseReferences.push(entry.text);
  }
  const markers = annotation.markers.map((m) => ({ text: normaliseMarker(m.text), sentence: m.sentence ?? null }));
  const usedMarkers = new Set<number>();
  for (const citation of scanned.citations.filter(isNumberedOrAuthorYear)) {
    score.markerPrecision.of += 1;
    const at = markers.findIndex(
      (m, k) => !usedMarkers.has(k) && m.text === normaliseMarker(citation.marker) && sameSentenceStart(m.sentence, citation.sentence),
    );
    if (at >= 0) {
      usedMarkers.add(at);
      score.markerPrecision.right += 1;
    } else errors.falseMarkers.push({ marker: citation.marker, sentence: citation.sentence });
  }
  score.markerRecall = ratio(usedMarkers.size, markers.length);
  errors.missedMarkers = annotation.markers
    .filter((_, k) => !usedMarkers.has(k))
    .map((m) => ({ text: String(m.text), sentence: m.sentence ?? '' }));
  for (const found of scanned.disclaimers) {
    score.disclaimersPrecision.of += 1;
    if (annotation.disclaimers.some((a) => sameDisclaimer(a, found))) score.disclaimersPrecision.right += 1;
    else errors.falseDisclaimers.push(found);
  }
  for (const annotated of annotation.disclaimers) {
    score.disclaimersRecall.of += 1;
    if (scanned.disclaimers.some((f) => sameDisclaimer(annotated, f))) score.disclaimersRecall.right += 1;
    else errors.missedDisclaimers.push(annotated);
  }
  return { score, errors };
}

/**
 * A second annotation of a page read as if it were the scanner's output, so that `scorePage`
 * measures how far two annotators agree, field by field, with the very matching the scanner gets.
 */
export function annotationAsScanned(second: Annotation): ScannedPage {
  return {
    claims: second.findings.map((f) => ({
      text: f.text,
      participants: f.participants ?? null,
      effects: (f.effects ?? []).map((e) => ({ text: e.text, value: numbersIn(e.text)[0] ?? Number.NaN, relative: e.relative })),
    })),
    references: second.citedWorks.map((w) => ({
      text: w.text ?? '',
      sameAs: null,
      ids: {
        doi: w.doi?.toLowerCase().trim() ?? null,
        pmid: w.pmid === null || w.pmid === undefined ? null : String(w.pmid).trim(),
        pmcid: w.pmcid?.toUpperCase().trim() ?? null,
        nct: (w.nct ?? []).map((n) => n.toUpperCase()),
        url: w.url ?? null,
      },
    })),
    citations: second.markers.map((m) => ({ marker: String(m.text), sentence: m.sentence ?? '' })),
    disclaimers: second.disclaimers.map((d) => ({ kind: d.kind, text: d.text })),
  };
}

/** F1 of a precision and a recall count pair, 0–1 (null when either is undefined). */
export function f1(precision: Ratio, recall: Ratio): number | null {
  if (precision.of === 0 || recall.of === 0) return null;
  const p = precision.right / precision.of;
  const r = recall.right / recall.of;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
