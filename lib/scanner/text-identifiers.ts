import { findDois, findNctIds, findPmcids, findRegistryIds, normaliseDoi } from '../shared/identifiers';
import type { TextBlock } from './text-blocks';
import { positionAt, type TextMarker } from './text-markers';
import { entryFromIds, noIds, sameWork } from './found-ids';
import { isOwnWork } from './page-identity';
import { canMerge, isIdGap, mergeInto } from './merge-ids';
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
  let previous: { entry: ReferenceEntry; end: number } | null = null;
  for (const match of block.text.matchAll(IDENTIFIER)) {
    const ids = idsOf(match[0]);
    if (!ids || isOwnWork(ids, page)) continue;
    const end = match.index + match[0].replace(/[.,;:)\]]+$/, '').length;
    const position = positionAt(block, end);
    if (!position || claimed(position.node)) continue;
    let entry = entries.find((e) => sameWork(e.ids, ids));
    // "doi:10.1/x; PMID: 123": identifiers written side by side name one work.
    if (!entry && previous && isIdGap(block.text.slice(previous.end, match.index)) && canMerge(previous.entry.ids, ids)) {
      mergeInto(previous.entry.ids, ids);
      entry = previous.entry;
    }
    if (!entry) {
      entry = entryFromIds(`text-${entries.filter((e) => e.kind === 'text').length + 1}`, 'text', match[0].replace(/[.,;:)\]]+$/, ''), ids);
      entries.push(entry);
    }
    previous = { entry, end };
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
  const empty = noIds();
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
