import { parseIdKey } from '../shared/identifiers';

/** One identifier of a reference as the popup shows it, with the page a reader can open for it. */
export interface IdentifierLink {
  kind: 'doi' | 'pmid' | 'pmcid' | 'nct';
  value: string;
  /** Where the identifier itself leads: doi.org, PubMed, PMC or ClinicalTrials.gov. */
  href: string;
  /** For a DOI: PubMed searched for it, where the study may be indexed under another identifier. */
  pubmedSearch: string | null;
}

/** Longest part of a reference's text put into a search link. */
export const MAX_SEARCH_TEXT = 250;

/** Links for the identifier keys of a reference; keys that do not re-validate get none. */
export function identifierLinks(keys: readonly string[]): IdentifierLink[] {
  return keys.flatMap((key): IdentifierLink[] => {
    const id = parseIdKey(key);
    if (!id) return [];
    const { kind, value } = id;
    switch (kind) {
      case 'doi':
        return [
          {
            kind,
            value,
            href: `https://doi.org/${value.split('/').map(encodeURIComponent).join('/')}`,
            pubmedSearch: `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(`${value}[doi]`)}`,
          },
        ];
      case 'pmid':
        return [{ kind, value, href: `https://pubmed.ncbi.nlm.nih.gov/${value}/`, pubmedSearch: null }];
      case 'pmcid':
        return [{ kind, value, href: `https://pmc.ncbi.nlm.nih.gov/articles/${value}/`, pubmedSearch: null }];
      case 'nct':
        return [{ kind, value, href: `https://clinicaltrials.gov/study/${value}`, pubmedSearch: null }];
    }
  });
}

/**
 * A PubMed search for a reference's own words, for the reader to open: the text goes to PubMed
 * only if the reader follows the link.
 */
export function referenceSearchLink(text: string): string | null {
  const words = text.replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_TEXT);
  return words.length < 10 ? null : `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(words)}`;
}
