import type { PageSignals } from '../evidence/page-checklist';
import { type AnalysePageRequest, type TextMatch } from '../shared/messages';
import { idKey } from '../shared/identifiers';
import { markerCountsOf } from '../scanner/citation-markers';
import { carriesPaperId } from '../evidence/paper-identifier';
import { keysOfEntry } from '../scanner/reference-keys';
import type { DomFindings } from '../scanner/types';

/**
 * The `analysePage` message for a page: its candidate paragraphs (text and where markers end), the
 * signals read from its markup, the distinct works it cites (a short form joins the entry it stands
 * for; a reference found by its text brings the DOI it matched) and its marker counts. The DOM
 * side caps the paragraphs; quotes are capped to the schema's limits here.
 */
export function analysisRequest(findings: DomFindings, textMatches: ReadonlyMap<string, TextMatch>): AnalysePageRequest {
  const { references, citations } = findings;
  const works = new Map<string, { referenceIds: string[]; keys: string[] }>();
  for (const entry of references) {
    const matched = textMatches.get(entry.sameAs ?? entry.id)?.doi;
    const keys = keysOfEntry(entry, references);
    if (keys.length === 0 && matched) keys.push(idKey('doi', matched));
    const identity = keys[0] ?? `entry:${entry.sameAs ?? entry.id}`;
    const work = works.get(identity) ?? { referenceIds: [], keys: keys.slice(0, 10) };
    if (work.referenceIds.length < 50) work.referenceIds.push(entry.id);
    works.set(identity, work);
  }
  return {
    type: 'analysePage',
    paragraphs: findings.paragraphs.map((paragraph) => ({
      text: paragraph.text,
      markers: paragraph.markers.slice(0, 500).map(({ end, referenceIds }) => ({ end, referenceIds: referenceIds.slice(0, 50) })),
      heading: paragraph.heading,
      inArticle: paragraph.inArticle,
      teaser: paragraph.teaser,
      prose: paragraph.prose,
    })),
    metaSignals: cappedSignals(findings.metaSignals),
    works: [...works.values()].slice(0, 500),
    markerCounts: [...markerCountsOf(citations).entries()].slice(0, 5000),
    markerCount: citations.length,
    references: references.slice(0, 5000).map((entry) => ({ identified: carriesPaperId(entry) })),
  };
}

function cappedSignals(signals: PageSignals): PageSignals {
  const cap = (quote: string | null) => quote?.slice(0, 400) ?? null;
  return {
    author: cap(signals.author),
    date: cap(signals.date),
    harms: cap(signals.harms),
    harmsDismissed: cap(signals.harmsDismissed),
    costs: cap(signals.costs),
    limitations: cap(signals.limitations),
    alternatives: cap(signals.alternatives),
    conflicts: cap(signals.conflicts),
    sensational: signals.sensational.slice(0, 10).map((quote) => quote.slice(0, 400)),
    aboutHealth: signals.aboutHealth,
    scholarlyArticle: signals.scholarlyArticle,
  };
}
