/** The identifiers a reference entry may carry for its paper; a plain web address is none of them. */
export interface PaperIds {
  doi: string | null;
  pmid: string | null;
  pmcid: string | null;
  arxiv: string | null;
  nct: readonly string[];
  registry: readonly string[];
}

/**
 * True when a reference names its paper by an identifier: a DOI, a PubMed or PMC number, an arXiv
 * number or a trial registration. A link to a paper counts through the identifier read from its
 * address; a link to any other page (a news story, a home page) names no paper, whatever it cites.
 */
export function carriesPaperId(entry: { ids: PaperIds }): boolean {
  const { doi, pmid, pmcid, arxiv, nct, registry } = entry.ids;
  return Boolean(doi ?? pmid ?? pmcid ?? arxiv) || nct.length > 0 || registry.length > 0;
}
