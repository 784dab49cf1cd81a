/**
 * Words in a link's text that say it leads to a research work or report: "a study in Nature",
 * "in the paper", "World Drug Report 2014", "published a review", "findings of …".
 */
export const RESEARCH_LINK_WORDS =
  /\b(?:stud(?:y|ies)|paper|report|research|clinical trials?|meta-analys[ie]s|analys[ie]s|survey|findings|data brief|published|preprint)\b/i;

/** Words that make a link another kind of page: a product or film review, a free trial, a newspaper's edition. */
export const NOT_RESEARCH_WORDS = /\b(?:reviews?|free trial|today[’']s paper|newspaper|blog post|podcast|video)\b/i;

/** Fewest words of the paragraph around a research link: a link in a list of headlines or a menu is none. */
export const MIN_PROSE_WORDS = 12;

/** Most of its paragraph's text a research link may be: a teaser card is all link. */
export const MAX_LINK_SHARE = 0.5;

/** Link texts that name a file or an action, not a work: a page's own "PDF", "Download", "Full text". */
export const FILE_ACTION_TEXT = /^\s*(?:full[- ]?text|pdf|download|print|view|epub|read more|more)\b/i;

/** Hosts whose documents are reports: government, universities, international and non-profit bodies. */
export const REPORT_HOST = /\.(?:gov|gov\.[a-z]{2}|edu|ac\.[a-z]{2}|int|org|nhs\.uk)$/i;

/** Paths under which public bodies publish their reports: "/publications/research-reports/…", "/data-briefs/…". */
export const REPORT_PATH = /\/(?:publications?|research-reports?|reports?|studies|papers|data-?briefs?|fact-?sheets?)\//i;

/** Longest link text, in characters, read for research words; a longer one is a teaser card, not a citation. */
export const MAX_LINK_TEXT = 160;

/**
 * True when a link in running text cites a research work or report without any identifier: its
 * text names one ("a study in Nature Climate Change", "World Drug Report 2014"), or it is a PDF
 * document or a publication of a government, university or non-profit body; and it sits in a sentence of prose. A
 * file or action link ("PDF", "Download"), a review or free trial, a link outside a paragraph (a
 * menu, a list of headlines), one that is most of its paragraph (a teaser) and one without such
 * words ("tips for better sleep") are not.
 */
export function isResearchLink(text: string, url: URL, paragraph: string): boolean {
  const label = text.replace(/\s+/g, ' ').trim();
  if (label === '' || label.length > MAX_LINK_TEXT || FILE_ACTION_TEXT.test(label) || NOT_RESEARCH_WORDS.test(label)) return false;
  if (!isProseAround(label, paragraph)) return false;
  if (RESEARCH_LINK_WORDS.test(label)) return true;
  return (/\.pdf$/i.test(url.pathname) || REPORT_PATH.test(url.pathname)) && REPORT_HOST.test(url.hostname);
}

/** True when a link sits in a sentence of prose: a paragraph of several words, most of them not the link's. */
function isProseAround(label: string, paragraph: string): boolean {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  return text.split(' ').length >= MIN_PROSE_WORDS && label.length <= MAX_LINK_SHARE * text.length;
}

/** Cheap look at a link before its address is parsed: might it be a research link? */
export function mightBeResearchLink(text: string, href: string): boolean {
  return RESEARCH_LINK_WORDS.test(text) || /\.pdf(?:$|[?#])/i.test(href) || REPORT_PATH.test(href);
}
