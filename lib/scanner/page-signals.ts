import { quoteAround } from '../evidence/classify-design';
import { HYPE_WORDS } from '../text/hype-words';
import { NO_SIGNALS, type PageSignals } from '../evidence/page-checklist';
import { jsonLdItems, type JsonLdItem } from './json-ld';

const HARMS =
  /\b(side[- ]effects?|adverse (events?|effects?|reactions?)|complications?|toxicity|harm(s|ful)?|overdose|drug interactions?|risks? (of|from) (the |this |taking |high )?(treatment|drug|therapy|supplement|injections?|medication|vitamin|dose)\w*)\b/i;
const DISMISSIVE =
  /\b(negligible|no|few|minimal|without|free of|zero|little)\b[^.]{0,25}\b(side[- ]effects?|adverse|risks?|harms?)\b|\b(completely|very|totally|perfectly|entirely) safe\b|\bwell[- ]tolerated\b/i;
const COSTS =
  /\b(costs?|costly|price[sd]?|pricing|expensive|inexpensive|cheap|affordable|insurance|insurer|reimburs\w*|out[- ]of[- ]pocket|per (month|year|dose|injection))\b|[$€£]\s?\d/i;
const LIMITATIONS =
  /\b(limitations?|small (study|trial|sample|number)|(larger|longer|further|more|bigger|additional|independent)\b(?: and \w+)? (studies|trials|research)|more research|preliminary|not yet (been )?(proven|confirmed|replicated|shown)|(interpreted|taken|viewed) with caution|caveats?|observational (study|studies|data)|cannot (prove|show|establish)|does not prove|needs? (to be )?confirm\w*|early[- ]stage research)\b/i;
const ALTERNATIVES =
  /\b(alternatives?|other (treatments?|options|therapies|drugs|medications)|existing (treatments?|drugs|therapies)|standard (treatment|care|therapy)|usual care|(approved|available|current|conventional) (treatments?|drugs|therapies|medications?)|instead of|compared (with|to) (the )?(standard|usual|existing|current))\b/i;
const FUNDING =
  /\b(was|were|is|are) (funded|financed|sponsored|paid for|supported) (in part )?by\b|\bdisclosures?:|\bhas no (financial|competing|conflicts?)\b/i;
const DATED =
  /\b(published|updated|posted|last (updated|reviewed|modified)|reviewed)(?: on)?:?\s+((?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+(?:\d{1,2},?\s+)?\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})/i;
const BYLINE = /^\s*(?:[Bb]y|[Ww]ritten by|[Aa]uthor:|[Ww]ords by)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}/u;
const MAX_SENSATIONAL = 5;

const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'citation_author', 'parsely-author', 'sailthru.author'];
const DATE_META = [
  'article:published_time',
  'article:modified_time',
  'date',
  'dc.date',
  'dc.date.issued',
  'citation_publication_date',
  'citation_date',
  'pubdate',
  'publish-date',
  'og:updated_time',
];

/** Starts the page's signals from what its markup says: author and date metadata, and the headline. */
export function pageMetaSignals(document: Document, ld: readonly JsonLdItem[] = jsonLdItems(document)): PageSignals {
  const signals: PageSignals = { ...NO_SIGNALS, sensational: [] };
  const meta = (names: readonly string[]) =>
    [...document.querySelectorAll('meta[name], meta[property]')].find(
      (m) =>
        names.includes((m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase()) && m.getAttribute('content')?.trim(),
    );
  const authorMeta = meta(AUTHOR_META);
  const byline = document.querySelector('[rel="author"], [itemprop="author"], .byline, .author-name, .article-author');
  const article = jsonLdArticle(ld);
  signals.author =
    (authorMeta && `Author: ${authorMeta.getAttribute('content')!.trim()}`) ||
    (byline?.textContent?.trim() && `Byline: ${byline.textContent.trim().replace(/\s+/g, ' ').slice(0, 80)}`) ||
    (article.author && `Author: ${article.author}`) ||
    null;
  const dateMeta = meta(DATE_META);
  const time = document.querySelector('time[datetime]');
  signals.date =
    (dateMeta && `Date: ${dateMeta.getAttribute('content')!.trim()}`) ||
    (time && `Date: ${(time.textContent?.trim() || time.getAttribute('datetime'))!}`) ||
    (article.date && `Date: ${article.date}`) ||
    null;
  const headline = document.querySelector('h1')?.textContent?.trim() || document.title.trim();
  noteSensational(headline, signals);
  return signals;
}

/** Notes what one sentence of the page says for the checklist; the first quote of each kind is kept. */
export function noteSentenceSignals(sentence: string, signals: PageSignals, inArticle: boolean): void {
  const quote = (match: RegExpExecArray) => quoteAround(sentence, match.index, match[0].length, 60);
  if (!signals.author) {
    const byline = BYLINE.exec(sentence);
    if (byline && sentence.length < 80) signals.author = `Byline: ${sentence.trim()}`;
  }
  if (!signals.date) {
    const dated = DATED.exec(sentence);
    if (dated) signals.date = quote(dated);
  }
  if (!signals.conflicts) {
    const funding = FUNDING.exec(sentence);
    if (funding) signals.conflicts = quote(funding);
  }
  if (!inArticle) return;
  const harms = signals.harms ? null : HARMS.exec(sentence);
  if (harms) {
    if (DISMISSIVE.test(sentence)) signals.harmsDismissed ??= quote(harms);
    else signals.harms = quote(harms);
  } else if (!signals.harms && !signals.harmsDismissed) {
    const dismissive = DISMISSIVE.exec(sentence);
    if (dismissive) signals.harmsDismissed = quote(dismissive);
  }
  for (const [key, pattern] of [
    ['costs', COSTS],
    ['limitations', LIMITATIONS],
    ['alternatives', ALTERNATIVES],
  ] as const) {
    if (signals[key]) continue;
    const match = pattern.exec(sentence);
    if (match) signals[key] = quote(match);
  }
  noteSensational(sentence, signals);
}

/** Keeps a quote of sensational wording, once per phrase ("glimmer of hope" in the headline and the text is one). */
function noteSensational(text: string, signals: PageSignals): void {
  if (signals.sensational.length >= MAX_SENSATIONAL) return;
  const match = HYPE_WORDS.exec(text);
  if (!match) return;
  const phrase = match[0].toLowerCase();
  if (signals.sensational.some((quote) => quote.toLowerCase().includes(phrase))) return;
  signals.sensational.push(quoteAround(text, match.index, match[0].length, 30));
}

function jsonLdArticle(items: readonly JsonLdItem[]): { author: string | null; date: string | null } {
  for (const record of items) {
    const author = [record.author].flat()[0] as { name?: unknown } | string | undefined;
    const name = typeof author === 'string' ? author : typeof author?.name === 'string' ? author.name : null;
    const date =
      typeof record.datePublished === 'string'
        ? record.datePublished
        : typeof record.dateModified === 'string'
          ? record.dateModified
          : null;
    if (name || date) return { author: name, date };
  }
  return { author: null, date: null };
}
