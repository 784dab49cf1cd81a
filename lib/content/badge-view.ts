import { bestResult } from '../shared/best-result';
import type { SourceResult, TextMatch } from '../shared/messages';
import { keysOfEntry } from '../scanner/reference-keys';
import type { ReferenceEntry } from '../scanner/types';
import type { CheckView } from './claim-check-views';

/** One cited reference as a badge and its card show it. */
export interface BadgeItem {
  entryId: string;
  number: number | null;
  text: string;
  /** The number of the fuller entry when this entry is a short form of it. */
  shortFormOf: number | null;
  result: SourceResult | null;
  pending: boolean;
  /** The service did not answer and another try is scheduled. */
  retrying: boolean;
  /** How a reference without identifier fared when looked up by its text. */
  match: Pick<TextMatch, 'state' | 'reason' | 'doi'> | null;
}

/** Everything a badge and its card need. */
export interface BadgeView {
  numbers: number[];
  items: BadgeItem[];
  /** Checks of the page's claims against these references (or, for a claim badge, of its paragraph's claims). */
  checks: CheckView[];
}

/** Resolution results known so far, by identifier key, and the keys still being looked up. */
export interface ResolutionState {
  results: ReadonlyMap<string, SourceResult>;
  pending: ReadonlySet<string>;
  retrying: ReadonlySet<string>;
  /** Text lookups by entry id, and the entries whose text lookup is under way. */
  textMatches: ReadonlyMap<string, TextMatch>;
  pendingText: ReadonlySet<string>;
}

/** The best result for an entry: a resolved one if any of its identifiers resolved, else the first answer. */
export function resultOfEntry(
  entry: ReferenceEntry,
  entries: readonly ReferenceEntry[],
  state: ResolutionState,
): { result: SourceResult | null; pending: boolean; retrying: boolean; match: TextMatch | null } {
  const keys = keysOfEntry(entry, entries);
  if (keys.length === 0) {
    const source = entry.sameAs ?? entry.id;
    const match = state.textMatches.get(source) ?? null;
    return { result: match?.result ?? null, pending: state.pendingText.has(source), retrying: false, match };
  }
  const result = bestResult(keys, state.results);
  const pending = result?.state !== 'resolved' && keys.some((key) => state.pending.has(key));
  const retrying = result?.state === 'unavailable' && keys.some((key) => state.retrying.has(key));
  return { result, pending, retrying, match: null };
}

/** Builds the view of a badge that cites the given entries. */
export function badgeView(
  referenceIds: readonly string[],
  entries: readonly ReferenceEntry[],
  state: ResolutionState,
  checks: CheckView[] = [],
): BadgeView {
  const items = referenceIds.flatMap((id): BadgeItem[] => {
    const entry = entries.find((e) => e.id === id);
    if (!entry) return [];
    const { result, pending, retrying, match } = resultOfEntry(entry, entries, state);
    const fuller = entry.sameAs ? entries.find((e) => e.id === entry.sameAs) : undefined;
    return [
      {
        entryId: entry.id,
        number: entry.number,
        text: entry.text,
        shortFormOf: fuller?.number ?? null,
        result,
        pending,
        retrying,
        match: match && { state: match.state, reason: match.reason, doi: match.doi },
      },
    ];
  });
  return { numbers: items.flatMap((item) => (item.number === null ? [] : [item.number])), items, checks };
}
