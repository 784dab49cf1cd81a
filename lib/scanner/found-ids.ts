import type { FoundIds, ReferenceEntry } from './types';

/** Identifiers with nothing found yet. */
export function noIds(url: string | null = null): FoundIds {
  return { doi: null, pmid: null, pmcid: null, nct: [], registry: [], arxiv: null, url };
}

/** True when two sets of identifiers name the same work. */
export function sameWork(a: FoundIds, b: FoundIds): boolean {
  return Boolean(
    (a.doi && a.doi === b.doi) ||
    (a.pmid && a.pmid === b.pmid) ||
    (a.pmcid && a.pmcid === b.pmcid) ||
    (a.arxiv && a.arxiv === b.arxiv) ||
    (b.nct[0] && a.nct.includes(b.nct[0])) ||
    (b.registry[0] && a.registry.includes(b.registry[0])),
  );
}

/** An entry for a work cited outside any reference list: by a link or an identifier in the text. */
export function entryFromIds(id: string, kind: 'link' | 'text', text: string, ids: FoundIds): ReferenceEntry {
  return {
    id,
    number: null,
    text,
    ids,
    authors: [],
    firstAuthor: null,
    year: null,
    title: null,
    journal: null,
    volume: null,
    pages: null,
    sameAs: null,
    kind,
    element: null,
  };
}
