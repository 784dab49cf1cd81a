import { classifyDesign } from '../evidence/classify-design';
import { assessSource } from '../evidence/source-notes';
import { findNctIds, ID_PATTERNS, parseIdKey, type IdKey } from '../shared/identifiers';
import type { SourceResult, TextMatch } from '../shared/messages';
import { matchReference, type MatchResult } from './adapters/crossref-match';
import { emptyRecord, type RegistryFacts, type SourceRecord } from '../shared/source-record';
import { lookUpClinicalTrial, lookUpTrialBySecondaryId, type RegistryResult } from './adapters/clinicaltrials';
import { lookUpFullText, type FullTextResult } from './adapters/europepmc-full-text';
import { mergeRecords } from './merge-records';
import { RECORD_SERVICES } from './record-services';
import { lookUpFreeFullText } from './adapters/unpaywall';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { AdapterResult, Contact, LookupId, RecordService } from './adapters/types';
import type { SourceCache } from './cache';
import type { FetchLike } from './fetch-json';

/** Most full texts read for one page: each is a large request, and a page's claims cite few sources. */
export const MAX_FULL_TEXTS_PER_PAGE = 10;

/** What the resolver needs from its surroundings. */
export interface ResolverDeps {
  fetch: FetchLike;
  cache: SourceCache;
  now: () => Date;
  /** The reader's settings (contact email, NCBI key); defaults when not given. */
  settings?: () => Promise<Settings>;
}

/**
 * Turns identifier keys into source results: cache first, then Europe PMC in batches of up to 100,
 * PubMed for PMIDs Europe PMC does not know, Crossref for every DOI (merged into what Europe PMC or
 * PubMed found), ClinicalTrials.gov for the trials the papers name, and Unpaywall when the reader
 * gave an email. One instance serves every tab, so identical requests in flight are shared. Keys
 * that fail validation are answered `not-found` without any request.
 */
export class SourceResolver {
  private readonly inFlight = new Map<string, Promise<AdapterResult>>();
  private readonly fullTextsInFlight = new Map<string, Promise<FullTextResult>>();

  constructor(private readonly deps: ResolverDeps) {}

  /** Resolves keys; the answer has one result per distinct key, in order. */
  async resolve(keys: readonly string[]): Promise<SourceResult[]> {
    const unique = [...new Set(keys)];
    const answers = new Map<string, Promise<AdapterResult>>();
    // Keys another caller is already resolving are shared; the rest are claimed before any await,
    // so a second tab asking at the same moment waits for this lookup instead of starting its own.
    const mine = new Map<string, (result: AdapterResult) => void>();
    for (const key of unique) {
      const shared = this.inFlight.get(key);
      if (shared) {
        answers.set(key, shared);
        continue;
      }
      const promise = new Promise<AdapterResult>((resolve) => mine.set(key, resolve));
      this.inFlight.set(key, promise);
      answers.set(key, promise);
    }
    if (mine.size > 0) void this.settle(mine);
    return Promise.all(unique.map(async (key) => toSourceResult(key, await answers.get(key)!)));
  }

  /** Answers the claimed keys from the cache or the APIs, never leaving one unsettled. */
  private async settle(claimed: Map<string, (result: AdapterResult) => void>): Promise<void> {
    const answered = new Set<string>();
    const answer = (key: string, result: AdapterResult) => {
      answered.add(key);
      this.inFlight.delete(key);
      claimed.get(key)!(result);
    };
    try {
      const cached = await this.deps.cache.getMany([...claimed.keys()]);
      const toLookUp: LookupId[] = [];
      for (const key of claimed.keys()) {
        const entry = cached.get(key);
        const id = parseIdKey(key);
        if (entry)
          answer(key, entry.state === 'resolved' && entry.record ? { state: 'resolved', record: entry.record } : { state: 'not-found' });
        else if (!id) answer(key, { state: 'not-found' });
        else toLookUp.push({ key: key as IdKey, ...id });
      }
      if (toLookUp.length === 0) return;
      const results = await this.lookUpAndCache(toLookUp);
      for (const id of toLookUp) answer(id.key, results.get(id.key) ?? { state: 'not-found' });
    } catch (error) {
      for (const key of claimed.keys()) if (!answered.has(key)) answer(key, { state: 'unavailable', reason: String(error) });
    }
  }

  /**
   * Reads the open full text (Europe PMC JATS) of the given sources, which should be those a claim
   * on the page cites, and keeps its sections in their cached records, so the claim checks can
   * look beyond the abstract. Only open-access records with a PMCID are read, each once, at most
   * `MAX_FULL_TEXTS_PER_PAGE` per call; only the PMCID is sent. A failed read leaves the record as
   * it was (to be tried again); a paper with no full text is remembered as such (`fullText: null`).
   */
  async readFullText(keys: readonly string[]): Promise<void> {
    const settings = (await this.deps.settings?.()) ?? DEFAULT_SETTINGS;
    if (!settings.fullTextReading) return;
    const cached = await this.deps.cache.getMany([...new Set(keys)]);
    const wanted = [...cached].flatMap(([key, entry]) => {
      const record = entry.state === 'resolved' ? entry.record : null;
      const pmcid = record?.ids.pmcid;
      return record && record.openAccess && record.fullText === undefined && pmcid && ID_PATTERNS.pmcid.test(pmcid)
        ? [{ key, record, pmcid }]
        : [];
    });
    const pmcids = [...new Set(wanted.map((w) => w.pmcid))].slice(0, MAX_FULL_TEXTS_PER_PAGE);
    const read = new Map(
      await Promise.all(
        pmcids.map(async (pmcid): Promise<[string, FullTextResult]> => {
          let pending = this.fullTextsInFlight.get(pmcid);
          if (!pending) {
            pending = lookUpFullText(this.deps.fetch, pmcid, this.deps.now()).finally(() => this.fullTextsInFlight.delete(pmcid));
            this.fullTextsInFlight.set(pmcid, pending);
          }
          return [pmcid, await pending];
        }),
      ),
    );
    const updates = wanted.flatMap(({ key, record, pmcid }) => {
      const result = read.get(pmcid);
      if (!result || result.state === 'unavailable') return [];
      const fullText = result.state === 'read' ? result.fullText : null;
      return [{ key, state: 'resolved' as const, record: { ...record, fullText } }];
    });
    if (updates.length > 0) await this.deps.cache.putMany(updates);
  }

  /**
   * Finds references that carry no identifier by their text (Crossref bibliographic search with
   * validation), then resolves the DOI found like any other. Matches are cached by the text.
   */
  async matchReferences(references: ReadonlyArray<{ id: string; text: string }>): Promise<TextMatch[]> {
    const settings = (await this.deps.settings?.()) ?? DEFAULT_SETTINGS;
    if (!settings.allowReferenceText) {
      return references.map(({ id }) => ({
        id,
        state: 'not-found',
        reason: 'looking up references by their text is switched off',
        doi: null,
        result: null,
      }));
    }
    const cacheKeys = references.map(({ text }) => `text:${textHash(text)}`);
    const cachedMatches = await this.deps.cache.getMany(cacheKeys);
    return Promise.all(
      references.map(async ({ id, text }, index): Promise<TextMatch> => {
        const cacheKey = cacheKeys[index]!;
        const cached = cachedMatches.get(cacheKey);
        const match: MatchResult = cached
          ? cached.record?.ids.doi
            ? { state: 'matched', doi: cached.record.ids.doi, evidence: 'Crossref search (cached)' }
            : { state: 'not-found', reason: 'Crossref found no convincing match' }
          : await matchReference(this.deps.fetch, text, settings.contactEmail ?? undefined);
        if (match.state !== 'matched') {
          if (!cached && match.state === 'not-found') await this.deps.cache.putMany([{ key: cacheKey, state: 'not-found', record: null }]);
          return { id, state: match.state, reason: match.reason, doi: null, result: null };
        }
        const [result] = await this.resolve([`doi:${match.doi}`]);
        if (!cached && result?.record) await this.deps.cache.putMany([{ key: cacheKey, state: 'resolved', record: result.record }]);
        return { id, state: 'matched', reason: match.evidence, doi: match.doi, result: result ?? null };
      }),
    );
  }

  private async lookUpAndCache(ids: readonly LookupId[]): Promise<Map<string, AdapterResult>> {
    const results = await lookUp(ids, this.deps);
    await this.deps.cache.putMany(
      [...results].flatMap(([key, result]) =>
        result.state === 'unavailable' ? [] : [{ key, state: result.state, record: result.state === 'resolved' ? result.record : null }],
      ),
    );
    return results;
  }
}

/** Resolves keys with a one-off resolver (tests and the command-line tool). */
export function resolveSources(keys: readonly string[], deps: ResolverDeps): Promise<SourceResult[]> {
  return new SourceResolver(deps).resolve(keys);
}

async function lookUp(ids: readonly LookupId[], deps: ResolverDeps): Promise<Map<string, AdapterResult>> {
  const now = deps.now();
  const settings = (await deps.settings?.()) ?? DEFAULT_SETTINGS;
  const contact = { email: settings.contactEmail ?? undefined, apiKey: settings.ncbiApiKey ?? undefined };
  const results = await askRecordServices(ids, deps.fetch, now, contact);
  await attachRegistries(ids, results, deps, now);
  if (settings.contactEmail) await attachFreeFullText(results, deps.fetch, settings.contactEmail);
  for (const id of ids) if (!results.has(id.key)) results.set(id.key, { state: 'not-found' });
  return results;
}

/** One question to a service: an identifier, and the requested keys its answer belongs to. */
interface Ask {
  id: LookupId;
  targets: string[];
  /** True when the identifier was read from another service's record, not requested. */
  derived: boolean;
}

/** What each service said about each requested key. */
type Answers = Map<string, Array<{ service: RecordService; result: AdapterResult; derived: boolean }>>;

/**
 * Asks the record services in the order `RECORD_SERVICES` gives: the first services side by side,
 * then the fallbacks for what none resolved, together with the services that enrich by DOI for the
 * DOIs the records found name; then merges each key's records by precedence.
 */
async function askRecordServices(
  ids: readonly LookupId[],
  fetch: FetchLike,
  now: Date,
  contact: Contact,
): Promise<Map<string, AdapterResult>> {
  const answers: Answers = new Map(ids.map((id) => [id.key, []]));
  const asked = new Set<string>();
  const ask = async (service: RecordService, asks: Ask[]) => {
    const fresh = asks.filter((a) => a.targets.length > 0);
    for (const a of fresh) for (const target of a.targets) asked.add(`${service.api} ${target}`);
    await Promise.all(
      chunks(fresh, service.batchSize).map(async (batch) => {
        const found = await service.lookUp(
          fetch,
          batch.map((a) => a.id),
          now,
          contact,
        );
        for (const a of batch)
          for (const target of a.targets)
            answers.get(target)!.push({ service, result: found.get(a.id.key) ?? { state: 'not-found' }, derived: a.derived });
      }),
    );
  };
  const direct = (service: RecordService, which: readonly LookupId[]) =>
    which.filter((id) => service.kinds.includes(id.kind)).map((id) => ({ id, targets: [id.key], derived: false }));
  const resolvedRecord = (key: string) =>
    answers.get(key)!.find((answer) => answer.result.state === 'resolved')?.result as { record: SourceRecord } | undefined;
  const byDoi = (service: RecordService): Ask[] => {
    const targets = new Map<string, string[]>();
    for (const id of ids) {
      const doi = resolvedRecord(id.key)?.record.ids.doi;
      if (doi && !asked.has(`${service.api} ${id.key}`)) targets.set(doi, [...(targets.get(doi) ?? []), id.key]);
    }
    return [...targets].map(([doi, keys]) => ({
      id: { key: `doi:${doi}` as IdKey, kind: 'doi', value: doi },
      targets: keys,
      derived: true,
    }));
  };
  const first = RECORD_SERVICES.filter((service) => service.round === 'first');
  const fallbacks = RECORD_SERVICES.filter((service) => service.round === 'fallback');
  const enrichers = RECORD_SERVICES.filter((service) => service.enrichesByDoi);
  await Promise.all(first.map((service) => ask(service, direct(service, ids))));
  const unresolved = ids.filter((id) => !resolvedRecord(id.key));
  await Promise.all([
    ...fallbacks.map((service) => ask(service, direct(service, unresolved))),
    ...enrichers.map((service) => ask(service, byDoi(service))),
  ]);
  // Records the fallbacks found may name DOIs not asked about yet.
  await Promise.all(enrichers.map((service) => ask(service, byDoi(service))));
  return new Map(ids.map((id) => [id.key, combine(answers.get(id.key)!)]));
}

/**
 * One answer from every service's: the resolved records merged in order of precedence; with none
 * resolved, "unavailable" when a service asked directly did not answer (so a fallback's miss never
 * hides that the first service was down), else "not found".
 */
function combine(answers: Answers extends Map<string, infer A> ? A : never): AdapterResult {
  const order = (service: RecordService) => RECORD_SERVICES.indexOf(service);
  const records = answers
    .filter((answer) => answer.result.state === 'resolved')
    .sort((a, b) => order(a.service) - order(b.service))
    .map((answer) => (answer.result as { record: SourceRecord }).record);
  if (records.length > 0) return { state: 'resolved', record: records.reduce((merged, next) => mergeRecords(merged, next)) };
  const down = answers.find((answer) => !answer.derived && answer.result.state === 'unavailable');
  return down ? down.result : { state: 'not-found' };
}

/** A short, stable key for a reference text (FNV-1a over its letters and digits). */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

/** Asks Unpaywall (which needs the reader's email) for a free copy of papers that have none yet. */
async function attachFreeFullText(results: Map<string, AdapterResult>, fetch: FetchLike, email: string): Promise<void> {
  const papers = [
    ...new Set(
      [...results.values()].flatMap((r) => (r.state === 'resolved' && r.record.ids.doi && !r.record.fullTextUrl ? [r.record] : [])),
    ),
  ];
  await Promise.all(
    papers.map(async (paper) => {
      paper.fullTextUrl = await lookUpFreeFullText(fetch, paper.ids.doi!, email);
    }),
  );
}

/**
 * Looks up each trial once: NCT keys asked for directly, and the NCT ids papers name (Crossref's
 * clinical-trial-number, or "Trial registration: NCT…" in the abstract); a paper that names only
 * another registry's id is looked up by it. A paper's first trial is attached to its record; a
 * missing registry record never hides the paper.
 */
async function attachRegistries(
  ids: readonly LookupId[],
  results: Map<string, AdapterResult>,
  deps: ResolverDeps,
  now: Date,
): Promise<void> {
  for (const result of results.values()) {
    if (result.state !== 'resolved') continue;
    const named = [...result.record.ids.nct, ...findNctIds(result.record.abstract ?? '')];
    result.record.ids.nct = [...new Set(named)];
  }
  const papers = [...results.values()].flatMap((r) => (r.state === 'resolved' && r.record.ids.nct[0] ? [r.record] : []));
  const wanted = new Set([...ids.filter((id) => id.kind === 'nct').map((id) => id.value), ...papers.map((p) => p.ids.nct[0]!)]);
  const registries = new Map<string, RegistryResult>();
  await Promise.all([...wanted].map(async (nct) => registries.set(nct, await lookUpClinicalTrial(deps.fetch, nct))));
  for (const paper of papers) {
    const registry = registries.get(paper.ids.nct[0]!);
    if (registry?.state === 'resolved') {
      paper.registry = registry.facts;
      paper.provenance.push({ api: 'clinicaltrials', fetchedAt: now.toISOString() });
    }
  }
  // Trials registered elsewhere (ISRCTN, EudraCT…) are found where ClinicalTrials.gov lists them too.
  const elsewhere = [...results.values()].flatMap((r) =>
    r.state === 'resolved' && r.record.ids.nct.length === 0 && r.record.ids.trials?.[0] ? [r.record] : [],
  );
  const bySecondaryId = new Map<string, Promise<RegistryResult>>();
  for (const paper of elsewhere) {
    const trial = paper.ids.trials![0]!;
    if (!bySecondaryId.has(trial)) bySecondaryId.set(trial, lookUpTrialBySecondaryId(deps.fetch, trial));
  }
  for (const paper of elsewhere) {
    const registry = await bySecondaryId.get(paper.ids.trials![0]!)!;
    if (registry.state === 'resolved') {
      paper.registry = registry.facts;
      paper.ids.nct = [registry.facts.nct];
      paper.provenance.push({ api: 'clinicaltrials', fetchedAt: now.toISOString() });
    }
  }
  for (const id of ids.filter((i) => i.kind === 'nct')) {
    const registry = registries.get(id.value)!;
    results.set(id.key, registry.state === 'resolved' ? { state: 'resolved', record: registryRecord(registry.facts, now) } : registry);
  }
}

/** A record for a trial known only from its registry entry. */
function registryRecord(facts: RegistryFacts, now: Date): SourceRecord {
  return emptyRecord({
    ids: { doi: null, pmid: null, pmcid: null, nct: [facts.nct] },
    title: facts.title,
    journal: 'ClinicalTrials.gov',
    year: facts.startDate ? Number(facts.startDate.slice(0, 4)) || null : null,
    registry: facts,
    provenance: [{ api: 'clinicaltrials', fetchedAt: now.toISOString() }],
  });
}

/** The answer for one key: the record and its design assessment, or the state it is in. */
export function toSourceResult(key: string, result: AdapterResult): SourceResult {
  if (result.state !== 'resolved') return { key, state: result.state, record: null, assessment: null };
  const { design, level, evidence, confidence } = classifyDesign(result.record);
  const { facts, notes } = assessSource(result.record, design);
  return { key, state: 'resolved', record: result.record, assessment: { design, level, evidence, confidence }, facts, notes };
}
