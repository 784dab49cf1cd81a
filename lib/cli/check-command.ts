import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod/mini';
import type { AdapterResult } from '../resolver/adapters/types';
import { SourceCache } from '../resolver/cache';
import type { FetchLike } from '../resolver/fetch-json';
import { politeFetch } from '../resolver/polite-fetch';
import { SourceResolver, toSourceResult } from '../resolver/resolve-sources';
import { bestResult } from '../shared/best-result';
import { analyseParagraphs } from '../pipeline/analyse-paragraphs';
import { runPagePipeline } from '../pipeline/page-pipeline';
import type { TextAnalysis } from '../pipeline/types';
import { scanDom, withTextAnalysis } from '../scanner/scan-page';
import { findingsToJson } from '../scanner/to-json';
import type { DomFindings } from '../scanner/types';
import { markerCountsOf } from '../scanner/citation-markers';
import { carriesPaperId } from '../evidence/paper-identifier';
import { keysOfEntry } from '../scanner/reference-keys';
import type { ReferenceEntry } from '../scanner/types';
import { keysCitedByClaims } from '../shared/cited-keys';
import { parseIdKey } from '../shared/identifiers';
import type { SourceResult } from '../shared/messages';
import { linksOf, workLink } from '../shared/source-links';
import { SourceRecordSchema, type SourceRecord } from '../shared/source-record';
import { DESIGN_LABELS, LEVEL_LABELS } from '../shared/design-codes';
import type { CheckReport, ReportedSource } from './check-report';
import { fileStore } from './file-store';
import { loadDocument } from './load-document';

/** Where the sources come from. */
export interface CheckOptions {
  /** Use only the cache: nothing is fetched. */
  offline: boolean;
  /** A JSON array of source records to use instead of the network. */
  recordsFile: string | null;
  json: boolean;
  cacheFile?: string;
  /** The fetch to use instead of the network (tests). */
  fetch?: FetchLike;
}

/** `lens check <file-or-url>`: the page's findings and the sources it cites, resolved. */
export async function checkCommand(source: string, options: CheckOptions): Promise<string> {
  const page = await loadDocument(source);
  try {
    const dom = scanDom(page.document);
    // The full text is read only for sources a claim cites, so the claims are read before resolving.
    const analysis = analyseParagraphs(dom.paragraphs, dom.metaSignals);
    const results = await resolve(keysOfFindings(dom), keysCitedByClaims(worksOf(dom), analysis.claims), options);
    const report = checkReport(dom, page.url, results, analysis);
    return options.json ? JSON.stringify(report, null, 2) : summarise(report);
  } finally {
    await page.close();
  }
}

/** Every identifier key the page's references carry, once each. */
export function keysOfFindings(findings: Pick<DomFindings, 'references'>): string[] {
  return [...new Set(findings.references.flatMap((entry) => keysOfEntry(entry, findings.references)))];
}

/**
 * The full report of a page: the scanner's findings, each distinct cited work with its notes, the
 * checks of every claim, the checklist and the summary. The DOM side's findings go through the
 * same page pipeline as in the extension's background. Pure: the results are given.
 */
export function checkReport(dom: DomFindings, url: string | null, results: readonly SourceResult[], given?: TextAnalysis): CheckReport {
  const sources = sourcesOf(dom.references, new Map(results.map((result) => [result.key, result])));
  const { analysis, evaluation } = runPagePipeline({
    analysis: given,
    paragraphs: dom.paragraphs,
    metaSignals: dom.metaSignals,
    works: sources.map(({ reported, result }) => ({ referenceIds: reported.referenceIds, result })),
    markerCounts: markerCountsOf(dom.citations),
    markerCount: dom.citations.length,
    references: dom.references.map((entry) => ({ identified: carriesPaperId(entry) })),
  });
  return {
    ...findingsToJson(withTextAnalysis(dom, analysis), url),
    sources: sources.map(({ reported }) => reported),
    ...evaluation,
  };
}

/** The page's works as the background sees them: reference entries and the keys each carries. */
function worksOf(findings: Pick<DomFindings, 'references'>): Array<{ referenceIds: string[]; keys: string[] }> {
  return findings.references.map((entry) => ({ referenceIds: [entry.id], keys: keysOfEntry(entry, findings.references) }));
}

/** Resolves the page's keys, then reads the open full text of the sources its claims cite. */
async function resolve(keys: string[], citedKeys: string[], options: CheckOptions): Promise<SourceResult[]> {
  if (options.recordsFile) return fromRecords(keys, await readRecords(options.recordsFile));
  const cache = new SourceCache(fileStore(options.cacheFile ?? join(homedir(), '.cache', 'evidence-lens', 'sources.json')), () =>
    Date.now(),
  );
  const fetch =
    options.fetch ??
    (options.offline
      ? () => Promise.reject(new Error('offline: only cached sources are used'))
      : politeFetch((url, init) => globalThis.fetch(url, init)));
  const resolver = new SourceResolver({ fetch, cache, now: () => new Date() });
  await resolver.resolve(keys);
  await resolver.readFullText(citedKeys);
  return resolver.resolve(keys);
}

async function readRecords(path: string): Promise<SourceRecord[]> {
  const parsed = z.array(SourceRecordSchema).safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a JSON array of source records (see "lens schema").`);
  return parsed.data;
}

/** Answers keys from given records: a key whose work is not among them is not found. */
export function fromRecords(keys: string[], records: SourceRecord[]): SourceResult[] {
  return keys.map((key) => {
    const id = parseIdKey(key);
    const record = id && records.find((r) => (id.kind === 'nct' ? r.ids.nct.includes(id.value) : r.ids[id.kind] === id.value));
    const result: AdapterResult = record ? { state: 'resolved', record } : { state: 'not-found' };
    return toSourceResult(key, result);
  });
}

/** A distinct cited work: what the report says of it, and the result it was built from. */
interface ReportedWork {
  reported: ReportedSource;
  result: SourceResult | null;
}

/** One entry per distinct work, with every reference that cites it (short forms included). */
function sourcesOf(entries: readonly ReferenceEntry[], results: ReadonlyMap<string, SourceResult>): ReportedWork[] {
  const sources = new Map<string, ReportedWork>();
  for (const entry of entries) {
    const keys = keysOfEntry(entry, entries);
    const result = bestResult(keys, results);
    const record = result?.record ?? null;
    const identity = record
      ? (record.ids.doi ?? record.ids.pmid ?? record.ids.pmcid ?? record.ids.nct[0] ?? keys[0]!)
      : (keys[0] ?? `entry:${entry.sameAs ?? entry.id}`);
    const known = sources.get(identity);
    if (known) {
      known.reported.referenceIds.push(entry.id);
      continue;
    }
    const links = record ? linksOf(record) : { doi: null, pubmed: null, pmc: null, fullText: null };
    const nct = record?.registry?.nct ?? record?.ids.nct[0] ?? null;
    const reported: ReportedSource = {
      referenceIds: [entry.id],
      state: result?.state ?? 'no-identifier',
      ids: record ? { ...record.ids } : { doi: entry.ids.doi, pmid: entry.ids.pmid, pmcid: entry.ids.pmcid, nct: [...entry.ids.nct] },
      title: record?.title ?? entry.title,
      journal: record?.journal ?? entry.journal,
      year: record?.year ?? entry.year,
      design: result?.assessment?.design ?? null,
      level: result?.assessment?.level ?? null,
      designEvidence: result?.assessment?.evidence ?? null,
      publicationTypes: record?.publicationTypes ?? [],
      meshTerms: record?.meshTerms ?? [],
      abstract: record?.abstract ?? null,
      isPreprint: record?.isPreprint ?? false,
      notices: (record?.notices ?? []).map((notice) => ({ ...notice, link: workLink({ doi: notice.noticeDoi, pmid: notice.noticePmid }) })),
      noticeOf: record?.noticeOf ? { ...record.noticeOf, link: workLink(record.noticeOf) } : null,
      fullTextRead: record?.fullText ? { pmcid: record.fullText.pmcid, readAt: record.fullText.readAt } : null,
      registry: record?.registry ?? null,
      participants: result?.facts?.participants ?? null,
      durationWeeks: result?.facts?.durationWeeks ?? null,
      primaryEndpoint: result?.facts?.primaryEndpoint ?? null,
      notes: result?.notes ?? [],
      links: { ...links, registry: nct ? `https://clinicaltrials.gov/study/${nct}` : null },
    };
    sources.set(identity, { reported, result });
  }
  return [...sources.values()];
}

function summarise(report: CheckReport): string {
  const lines = [
    report.page.title || '(untitled page)',
    report.summary,
    '',
    `Sources (${report.sources.length} distinct works from ${report.references.length} references)`,
  ];
  for (const source of report.sources) {
    lines.push(`  [${source.referenceIds.join(', ')}] ${source.title ?? '(no title)'}`);
    if (source.state !== 'resolved') {
      lines.push(
        `      ${source.state === 'no-identifier' ? 'no identifier: not looked up' : source.state === 'not-found' ? 'could not resolve: not found' : 'could not resolve: service unavailable'}`,
      );
      continue;
    }
    lines.push(`      ${[source.journal, source.year].filter(Boolean).join(' · ')}`);
    if (source.design) lines.push(`      ${DESIGN_LABELS[source.design]} — ${LEVEL_LABELS[source.level!]} (${source.designEvidence})`);
    if (source.publicationTypes.length > 0) lines.push(`      publication types: ${source.publicationTypes.join('; ')}`);
    if (source.registry) {
      const r = source.registry;
      lines.push(
        `      registered ${r.nct}: ${[r.status, r.allocation, r.masking && `${r.masking} masking`, r.enrollment !== null && `${r.enrollment} ${r.enrollmentActual ? 'enrolled' : 'planned'}`].filter(Boolean).join(', ')}`,
      );
    } else if (source.ids.nct.length > 0) lines.push(`      names trial ${source.ids.nct.join(', ')}`);
    for (const note of source.notes) lines.push(`      ${note.severity === 'info' ? '·' : '!'} ${note.message} (${note.evidence})`);
  }
  lines.push('', `Claim checks (${report.claimChecks.length})`);
  for (const check of report.claimChecks) {
    lines.push(
      `  ${check.severity === 'warning' ? '!' : '·'} [${check.code}] “${report.claims[check.claim]?.text.slice(0, 70) ?? ''}…”`,
      `      ${check.message} (${check.evidence})`,
    );
  }
  lines.push('', 'Checklist');
  for (const item of report.checklist) lines.push(`  ${item.answer.padEnd(7)} ${item.criterion}: ${item.evidence}`);
  return lines.join('\n');
}
