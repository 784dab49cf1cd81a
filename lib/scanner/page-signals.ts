import { noteSensational } from '../pipeline/sentence-signals';
import { NO_SIGNALS, type PageSignals } from '../evidence/page-checklist';
import { jsonLdItems, type JsonLdItem } from './json-ld';

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

/** An author value that is a link, not a person's name. */
const LINK_NOT_NAME = /^(?:https?:\/\/|www\.)/i;

/** Starts the page's signals from what its markup says: author and date metadata, and the headline. */
export function pageMetaSignals(document: Document, ld: readonly JsonLdItem[] = jsonLdItems(document)): PageSignals {
  const signals: PageSignals = { ...NO_SIGNALS, sensational: [] };
  const meta = (names: readonly string[]) =>
    [...document.querySelectorAll('meta[name], meta[property]')].find(
      (m) =>
        names.includes((m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase()) && m.getAttribute('content')?.trim(),
    );
  // Open Graph's article:author is a profile URL ("https://www.facebook.com/livescience"), not a name.
  const authorMeta = [meta(AUTHOR_META)].find((m) => m && !LINK_NOT_NAME.test(m.getAttribute('content')!.trim()));
  const byline = document.querySelector('[rel="author"], [itemprop="author"], .byline, .author-name, .article-author');
  const article = jsonLdArticle(ld);
  signals.author =
    (authorMeta && `Author: ${authorMeta.getAttribute('content')!.trim()}`) ||
    (byline?.textContent?.trim() && `Byline: ${byline.textContent.trim().replace(/\s+/g, ' ').slice(0, 80)}`) ||
    (article.author && !LINK_NOT_NAME.test(article.author) && `Author: ${article.author}`) ||
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
