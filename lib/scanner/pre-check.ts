/** Links to papers and trials: a page that has one has something to badge. */
const PAPER_LINK = /doi\.org\/|pubmed|ncbi\.nlm\.nih\.gov|europepmc\.org|clinicaltrials\.gov/;
const SCHOLARLY_META = 'meta[name^="citation_"], meta[name="dc.identifier"]';
const WORDS =
  /\b(stud(y|ies)|trials?|research(ers)?|scientists|patients|participants|placebo|doi|pmid|et al|medical advice|doctor|physician|clinical|supplements?|disease|treatment|references|sources|bibliography)\b/i;
/** Less text than this is a stub, an error page or an app shell: nothing to read yet. */
const MIN_TEXT_LENGTH = 80;

/**
 * A cheap first look: could this page have references, markers, claims or disclaimers at all?
 * Superscripts, ordered lists, scholarly metadata or a link to a paper; else one regular
 * expression over the text. Tag-name collections and the links list are the browser's own
 * indexes, so this costs less than one selector query over every element.
 */
export function mightHaveFindings(document: Document): boolean {
  const body = document.body;
  if (!body) return false;
  if (document.getElementsByTagName('sup').length > 0 || document.getElementsByTagName('ol').length > 0) return true;
  if (document.head?.querySelector(SCHOLARLY_META)) return true;
  const links = document.links;
  for (let i = 0; i < links.length; i += 1) if (PAPER_LINK.test(links[i]!.getAttribute('href') ?? '')) return true;
  const text = body.textContent ?? '';
  return text.length > MIN_TEXT_LENGTH && WORDS.test(text);
}
