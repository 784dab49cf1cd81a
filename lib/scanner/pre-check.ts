const CANDIDATES =
  'sup, ol, a[href*="doi.org/"], a[href*="pubmed"], a[href*="ncbi.nlm.nih.gov"], a[href*="europepmc.org"], a[href*="clinicaltrials.gov"], meta[name^="citation_"], meta[name="dc.identifier"]';
const WORDS =
  /\b(stud(y|ies)|trials?|research(ers)?|scientists|patients|participants|placebo|doi|pmid|et al|medical advice|doctor|physician|clinical|supplements?|disease|treatment|references|sources|bibliography)\b/i;

/**
 * A cheap first look: could this page have references, markers, claims or disclaimers at all?
 * One selector query and one regular expression over the text; pages that fail it are not scanned.
 */
export function mightHaveFindings(document: Document): boolean {
  const body = document.body;
  if (!body) return false;
  if (document.querySelector(CANDIDATES)) return true;
  const text = body.textContent ?? '';
  return text.length > 80 && WORDS.test(text);
}
