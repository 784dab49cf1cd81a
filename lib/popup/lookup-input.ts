import { findDois, findNctIds, findPmcids, findPmids, idKey, parseIdKey, type IdKey } from '../shared/identifiers';

/** Longest text the look-up field reads; a DOI or a URL is far shorter. */
export const MAX_LOOKUP_LENGTH = 500;

const BARE_PMID = /^[1-9]\d{0,8}$/;
const EUROPE_PMC_MED = /europepmc\.org\/(?:abstract|article)\/MED\/([1-9]\d{0,8})\b/i;

/**
 * The identifier key of what a reader pasted: a DOI (bare, `doi:` or any link that carries one),
 * a PMID (bare number, "PMID: …", PubMed or Europe PMC link), a PMCID or an NCT number, alone or in
 * a link. Returns null for anything else, such as a link to a page that names no identifier.
 */
export function parseLookup(text: string): IdKey | null {
  const input = text.trim().slice(0, MAX_LOOKUP_LENGTH);
  if (input === '') return null;
  const candidates: Array<IdKey | null> = [
    first(findDois(input), (doi) => idKey('doi', doi)),
    first(findNctIds(input), (nct) => idKey('nct', nct)),
    first(findPmcids(input), (pmcid) => idKey('pmcid', pmcid)),
    first(findPmids(input), (pmid) => idKey('pmid', pmid)),
    first(
      [EUROPE_PMC_MED.exec(input)?.[1]].filter((v): v is string => Boolean(v)),
      (pmid) => idKey('pmid', pmid),
    ),
    BARE_PMID.test(input) ? idKey('pmid', input) : null,
  ];
  // Re-validated like every key that crosses to the background.
  return candidates.find((key): key is IdKey => key !== null && parseIdKey(key) !== null) ?? null;
}

function first(values: string[], key: (value: string) => IdKey): IdKey | null {
  return values.length > 0 ? key(values[0]!) : null;
}
