import { analyseClaim, opensCase, opensStudy, type ClaimContext } from '../text/claim-analysis';
import { noiseFamily } from '../text/claim-noise';
import { isAboutHealth } from '../text/health-topic';
import { isNewsEvent } from '../text/news-event';
import { isNarratorStory, nonFindingFamily } from '../text/non-finding';
import { isOnTopic } from '../text/page-topic';
import type { Sentence } from '../text/sentences';
import { isUnsourcedOffHealth } from '../text/unsourced-statement';
import type { Claim } from './types';

const TRAILING_MARKER = /(?<=[.!?]["”’)]*)(?:\d{1,3}(?:[,–-]\d{1,3})*|(?:\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\])+)$/;

const MIGHT_BE_CLAIM =
  /\d|stud(y|ies)|trial|research|scientist|investigat|random|placebo|double-blind|cohort|analys|review|mice|mouse|\brats?\b|rodent|animal|vitro|cell|safe|toler|side[- ]effect|adverse|harm|toxic|patients|participants|volunteers|subjects|people|adults|children|women|\bmen\b|findings|results|evidence|\bdata\b|report|author|treat|cure|prevent|disease|cancer|breakthrough|miracle|\bwe (?:show|demonstrate|perform|report|identify|describe|present)\b/i;

/** Blocks that are not running prose: table cells, captions, comment threads, bylines, bios, teasers. */
const NOT_PROSE_BLOCK = new Set(['TD', 'TH', 'CAPTION', 'FIGCAPTION', 'DT', 'LABEL', 'SUMMARY', 'ADDRESS']);
const NOT_PROSE_CONTAINER =
  /(^|[\s_-])(comments?|byline|author-?bio|bio|about-the-author|related|recommended|newsletter|promo|teaser|excerpt|breadcrumbs?|share|social|caption)([\s_-]|$)/i;
const PAGE_ROOTS = new Set(['HTML', 'BODY']);
/** Elements only an article's own container holds. */
const ARTICLE_PARTS = 'article, main, h1';
/** Whether an element holds the article (the page's root and body always do). */
function holdsArticle(node: Element): boolean {
  return PAGE_ROOTS.has(node.tagName.toUpperCase()) || node.querySelector(ARTICLE_PARTS) !== null;
}

/** Share of a block's text inside links above which it is a list of links (a teaser, a menu), not prose. */
const MAX_LINK_SHARE = 0.6;

/**
 * True when a block is running prose, where a finding can be reported. `widgets` keeps each
 * ancestor's answer for one scan: a page's blocks share their ancestors.
 */
export function isProse(element: Element, widgets: Map<Element, boolean> = new Map()): boolean {
  if (NOT_PROSE_BLOCK.has(element.tagName.toUpperCase())) return false;
  if (NOT_PROSE_CONTAINER.test(nameOf(element)) || isTableOrLink(element) || insideWidget(element.parentElement, widgets)) return false;
  const links = element.getElementsByTagName('a');
  if (links.length === 0) return true;
  const total = (element.textContent ?? '').trim().length;
  const linked = [...links].reduce((sum, a) => sum + (a.textContent ?? '').trim().length, 0);
  return total === 0 || linked / total <= MAX_LINK_SHARE;
}

const nameOf = (element: Element) => `${element.id} ${element.getAttribute('class') ?? ''}`;

/** A table, or a teaser card whose whole text is a link to another article. */
const isTableOrLink = (element: Element) => element.tagName === 'TABLE' || element.tagName === 'A';

/** True when an ancestor is a widget (comments, byline, related, …), a table or a link. */
function insideWidget(node: Element | null, widgets: Map<Element, boolean>): boolean {
  if (!node) return false;
  const known = widgets.get(node);
  if (known !== undefined) return known;
  // The page's root and body carry feature flags ("f_caption_muted_videos_on" on Gizmodo), and
  // an element that holds the article's main heading or body is no widget, whatever its name.
  const answer =
    (NOT_PROSE_CONTAINER.test(nameOf(node)) && !holdsArticle(node)) || isTableOrLink(node) || insideWidget(node.parentElement, widgets);
  widgets.set(node, answer);
  return answer;
}

/** A sentence as a reader would quote it: without a citation number glued to its end. */
export function quotedSentence(text: string): string {
  return text.replace(TRAILING_MARKER, '').trim();
}

/**
 * The claims of one paragraph. A sentence is a claim when it reports a study (design words, a
 * study and a reporting verb, participants, an effect figure or a safety statement), or when it
 * is cited and states a relationship. A claim without its own marker takes the paragraph's
 * markers, since a paragraph that continues a cited finding usually cites once, at its end.
 */
export function claimsOfParagraph(
  sentences: readonly Sentence[],
  markerIdsOf: (sentence: Sentence) => string[],
  element: Element | null,
  context: ClaimContext = { inStudy: false },
): Claim[] {
  const paragraphIds = [...new Set(sentences.flatMap(markerIdsOf))];
  const claims: Claim[] = [];
  // Whether the block is prose is read once, and only when one of its sentences might be a claim.
  let prose: boolean | null = null;
  for (const sentence of sentences) {
    const text = quotedSentence(sentence.text);
    // A question asks; it does not report a finding.
    if (/\?["”’)]*$/.test(text)) continue;
    const own = markerIdsOf(sentence);
    // Most sentences on most pages say nothing about a study: one cheap look before the full analysis.
    if (own.length === 0 && !context.inStudy && !MIGHT_BE_CLAIM.test(text)) continue;
    prose ??= element === null || isProse(element);
    if (!prose) return claims;
    // A sentence that cites a source speaks of that source's study, wherever on the page it stands.
    const { isClaim, ...analysis } = analyseClaim(text, own.length > 0 ? { ...context, inParagraphStudy: true } : context);
    // A news event or a figure off health with no research behind it opens no study: it is judged
    // by the study its paragraph reported before it, and the sentences after it are not its findings.
    const unsourced = isNewsEvent(text) || (isUnsourcedOffHealth(text) && context.inCase !== true && context.inParagraphStudy !== true);
    const studyBefore = context.inParagraphStudy === true;
    if (opensStudy(text) && !unsourced) {
      context.inStudy = true;
      if (context.inParagraphStudy !== undefined) context.inParagraphStudy = true;
      if (opensCase(text)) context.inCase = true;
    }
    if (!isClaim && !(own.length > 0 && analysis.strength > 0 && noiseFamily(text) === null && isAboutHealth(text))) continue;
    // On a page off health and research, what a sentence is about decides: a tutorial's "we
    // found" or a company's revenue figure is no finding, a study its paragraph reported before it is.
    if (context.offTopicPage === true && !studyBefore && !isOnTopic(text)) continue;
    // An aim or a hypothesis still opens the study it frames, but is no finding of it.
    if (unsourced || nonFindingFamily(text) !== null || (own.length === 0 && isNarratorStory(text))) continue;
    const referenceIds = own.length > 0 ? own : paragraphIds;
    claims.push({
      text,
      referenceIds,
      citedBy: own.length > 0 ? 'marker' : paragraphIds.length > 0 ? 'paragraph' : 'none',
      ...analysis,
      element,
    });
  }
  return claims;
}
