/**
 * Publishers' article pages whose address names the article but carries no DOI. Such a link is a
 * cited paper: it is listed as a source by its link (publisher and link text), never dropped.
 * Each entry: the publisher a reader knows, and the address pattern of one of its article pages.
 */
export const PUBLISHER_ARTICLE_LINKS: ReadonlyArray<{ publisher: string; pattern: RegExp }> = [
  { publisher: 'JAMA Network', pattern: /^(?:www\.)?jamanetwork\.com\/journals\/[\w-]+\/(?:fullarticle|article-abstract)\/\d+/i },
  { publisher: 'ScienceDirect (Elsevier)', pattern: /^(?:www\.)?sciencedirect\.com\/science\/article\/(?:abs\/)?pii\/[SB]\w{10,}/i },
  { publisher: 'The Lancet', pattern: /^(?:www\.)?thelancet\.com\/journals\/\w+\/article\/PII[SB][\w()-]+/i },
  { publisher: 'Cell Press', pattern: /^(?:www\.)?cell\.com\/[\w-]+\/(?:fulltext|abstract)\/[SB][\w()-]+/i },
  { publisher: 'Oxford University Press', pattern: /^academic\.oup\.com\/[\w-]+\/article(?:-abstract)?\/\d+\/\d+/i },
  { publisher: 'BMJ', pattern: /^(?:www\.|[\w-]+\.)?bmj\.com\/content\/(?:bmj\/)?\d+\/[\w.-]+/i },
  { publisher: 'CDC MMWR', pattern: /^(?:www\.)?cdc\.gov\/mmwr\/(?:volumes\/\d+\/[\w-]+\/[\w-]+|preview\/mmwrhtml\/[\w-]+)/i },
  { publisher: 'NCBI Bookshelf', pattern: /^(?:www\.)?ncbi\.nlm\.nih\.gov\/books\/NBK\d+/i },
  { publisher: 'MDPI', pattern: /^(?:www\.)?mdpi\.com\/\d{4}-\d{3}[\dX]\/\d+\/\d+\/\d+/i },
  { publisher: 'Wiley', pattern: /^(?:[\w-]+\.)?onlinelibrary\.wiley\.com\/doi\/(?:abs\/|full\/)?10\./i },
  // Science and its sister journals (Science Translational Medicine at stm.sciencemag.org) name articles by volume, issue and page.
  { publisher: 'Science (AAAS)', pattern: /^(?:[\w-]+\.)?sciencemag\.org\/content\/\d+\/\d+\/[\w.-]+/i },
  { publisher: 'PNAS', pattern: /^(?:www\.)?pnas\.org\/content\/(?:early\/\d{4}\/\d\d\/\d\d\/[\w.-]+|\d+\/\d+\/[\w.-]+)/i },
];

/** Cheap test of an address before it is parsed: might it be one of the publisher pages above? */
export const PUBLISHER_HOST_HINT =
  /jamanetwork\.com|sciencedirect\.com|thelancet\.com|cell\.com|academic\.oup\.com|bmj\.com|cdc\.gov\/mmwr|ncbi\.nlm\.nih\.gov\/books|mdpi\.com|wiley\.com|sciencemag\.org|pnas\.org/i;

/** The publisher of an article page named by its address, or null when the address is no known article page. */
export function publisherArticle(url: URL): string | null {
  const address = `${url.hostname}${url.pathname}`;
  return PUBLISHER_ARTICLE_LINKS.find(({ pattern }) => pattern.test(address))?.publisher ?? null;
}
