import type { IdKey, IdKind } from '../../shared/identifiers';
import type { SourceRecord } from '../../shared/source-record';
import type { FetchLike } from '../fetch-json';

/** An identifier validated by the background, ready to be put into a URL. */
export interface LookupId {
  key: IdKey;
  kind: IdKind;
  value: string;
}

/** What one adapter found for one identifier. */
export type AdapterResult = { state: 'resolved'; record: SourceRecord } | { state: 'not-found' } | { state: 'unavailable'; reason: string };

/** The reader's contact details some services ask for (Crossref `mailto`, NCBI `email` and key). */
export interface Contact {
  email?: string;
  apiKey?: string;
}

/**
 * One scholarly service that describes works, behind the one interface the resolver uses: what it
 * can answer, when it is asked, and how to ask it for a batch. Adding a service is one adapter
 * file, one entry in `RECORD_SERVICES` and its recorded bodies.
 */
export interface RecordService {
  api: SourceRecord['provenance'][number]['api'];
  /** The identifier kinds it can look up. */
  kinds: readonly IdKind[];
  /** Most identifiers in one request. */
  batchSize: number;
  /**
   * `first`: asked at once, side by side with the other first services, for every identifier it
   * can answer; `fallback`: asked only for identifiers no first service resolved.
   */
  round: 'first' | 'fallback';
  /** Also asked about the DOIs other services' records name, for what only it has (notices, trial numbers). */
  enrichesByDoi: boolean;
  /** Looks up one batch; every identifier of the batch gets an answer. */
  lookUp(fetch: FetchLike, ids: readonly LookupId[], now: Date, contact: Contact): Promise<Map<string, AdapterResult>>;
}
