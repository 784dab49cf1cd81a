import { findDois, findNctIds, findPmcids, findRegistryIds, normaliseDoi } from '../shared/identifiers';
import type { TextBlock } from './text-blocks';
import { positionAt, type TextMarker } from './text-markers';
import type { FoundIds, PageIdentity, ReferenceEntry } from './types';

const IDENTIFIER =
  /\b(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/[^\s"'<>]+|\bPMID:?\s*[1-9]\d{0,8}\b|\bPMC\d{4,9}\b|\bNCT\d{8}\b|\bISRCTN\d{8}\b|\b(?:jRCTs?\d{9,10}|UMIN\d{9}|ACTRN\d{14}|DRKS\d{8}|ChiCTR-?[A-Z]{0,4}-?\d{8,})\b/gi;

/**
 * Identifiers written in running text ("DOI: 10.5555/x", "(NCT02456740)") are citations too. Each
 * becomes a marker; a work the page does not list yet becomes an entry of kind `text`. The page's
 * own identifiers are not citations and are left out.
 */
export function findTextIdentifiers(
  block: TextBlock,
  entries: ReferenceEntry[],
  page: PageIdentity,
  claimed: (node: Text) => boolean,
): TextMarker[] {
  const markers: TextMarker[] = [];
  for (const match of block.text.matchAll(IDENTIFIER)) {
    const ids = idsOf(match[0]);
    if (!ids || (ids.doi && ids.doi === page.doi) || (ids.pmid && ids.pmid === page.pmid)) continue;
    const end = match.index + match[0].replace(/[.,;:)\]]+$/, '').length;
    const position = positionAt(block, end);
    if (!position || claimed(position.node)) continue;
    let entry = entries.find((e) => sameWork(e.ids, ids));
    if (!entry) {
      entry = textEntry(ids, match[0], entries.filter((e) => e.kind === 'text').length + 1);
      entries.push(entry);
    }
    markers.push({
      marker: {
        marker: match[0].replace(/[.,;:)\]]+$/, ''),
        style: 'identifier',
        referenceIds: [entry.id],
        sentence: '',
        element: null,
        textEnd: position,
      },
      end,
    });
  }
  return markers;
}

function idsOf(text: string): FoundIds | null {
  const empty: FoundIds = { doi: null, pmid: null, pmcid: null, nct: [], registry: [], arxiv: null, url: null };
  const doi = /10\.\d{4,9}\//.test(text) ? (findDois(text)[0] ?? normaliseDoi(text)) : null;
  if (doi) return { ...empty, doi };
  const pmid = /PMID:?\s*(\d+)/i.exec(text)?.[1];
  if (pmid) return { ...empty, pmid };
  const pmcid = findPmcids(text)[0];
  if (pmcid) return { ...empty, pmcid };
  const nct = findNctIds(text);
  if (nct.length > 0) return { ...empty, nct };
  const registry = findRegistryIds(text);
  return registry.length > 0 ? { ...empty, registry } : null;
}

function sameWork(a: FoundIds, b: FoundIds): boolean {
  return Boolean(
    (a.doi && a.doi === b.doi) ||
    (a.pmid && a.pmid === b.pmid) ||
    (a.pmcid && a.pmcid === b.pmcid) ||
    (b.nct[0] && a.nct.includes(b.nct[0])) ||
    (b.registry[0] && a.registry.includes(b.registry[0])),
  );
}

function textEntry(ids: FoundIds, text: string, index: number): ReferenceEntry {
  return {
    id: `text-${index}`,
    number: null,
    text: text.replace(/[.,;:)\]]+$/, ''),
    ids,
    authors: [],
    firstAuthor: null,
    year: null,
    title: null,
    journal: null,
    volume: null,
    pages: null,
    sameAs: null,
    kind: 'text',
    element: null,
  };
}
