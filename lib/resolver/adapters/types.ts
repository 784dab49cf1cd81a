import type { IdKey, IdKind } from '../../shared/identifiers';
import type { SourceRecord } from '../../shared/source-record';

/** An identifier validated by the background, ready to be put into a URL. */
export interface LookupId {
  key: IdKey;
  kind: IdKind;
  value: string;
}

/** What one adapter found for one identifier. */
export type AdapterResult = { state: 'resolved'; record: SourceRecord } | { state: 'not-found' } | { state: 'unavailable'; reason: string };
