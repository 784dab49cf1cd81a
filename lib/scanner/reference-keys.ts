import { idKey, type IdKey } from '../shared/identifiers';
import type { ReferenceEntry } from './types';

/**
 * The identifier keys to resolve for an entry, most specific first. Short forms resolve through
 * the entry they stand for, so they are never looked up on their own.
 */
export function keysOfEntry(entry: ReferenceEntry, entries: readonly ReferenceEntry[]): IdKey[] {
  const source = entry.sameAs ? (entries.find((e) => e.id === entry.sameAs) ?? entry) : entry;
  const { doi, pmid, pmcid, nct } = source.ids;
  const keys: IdKey[] = [];
  if (doi) keys.push(idKey('doi', doi));
  if (pmid) keys.push(idKey('pmid', pmid));
  if (pmcid) keys.push(idKey('pmcid', pmcid));
  for (const id of nct) keys.push(idKey('nct', id));
  return keys;
}

/**
 * True when an entry itself names or links its paper: an identifier, a registry number or a link.
 * A short form ("Oki et al. 2022") does not, even though the entry it stands for may.
 */
export function isIdentified(entry: ReferenceEntry): boolean {
  const { doi, pmid, pmcid, nct, registry, arxiv, url } = entry.ids;
  return Boolean(doi ?? pmid ?? pmcid ?? arxiv ?? url) || nct.length > 0 || registry.length > 0 || entry.kind === 'link';
}
