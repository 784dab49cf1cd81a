import type { CitationMarker, Claim, PageFindings, ReferenceEntry } from './types';

/** The scanner's findings as plain JSON: no elements, every missing value `null`. */
export interface FindingsJson {
  url: string | null;
  page: PageFindings['page'];
  references: Array<Omit<ReferenceEntry, 'element' | 'firstAuthor'>>;
  citations: Array<Omit<CitationMarker, 'element' | 'textEnd'>>;
  claims: Array<Omit<Claim, 'element' | 'duration'> & { duration: { value: number; unit: string } | null }>;
  disclaimers: PageFindings['disclaimers'];
}

/** Converts findings to the JSON the command-line tool prints and the golden tests compare. */
export function findingsToJson(findings: PageFindings, url: string | null): FindingsJson {
  return {
    url,
    page: { ...findings.page },
    references: findings.references.map((r) => ({
      id: r.id,
      number: r.number,
      kind: r.kind,
      text: r.text,
      ids: { ...r.ids, nct: [...r.ids.nct], registry: [...r.ids.registry] },
      authors: [...r.authors],
      year: r.year,
      title: r.title,
      journal: r.journal,
      volume: r.volume,
      pages: r.pages,
      sameAs: r.sameAs,
      ...(r.publisher ? { publisher: r.publisher } : {}),
    })),
    citations: findings.citations.map((c) => ({
      marker: c.marker,
      style: c.style,
      referenceIds: [...c.referenceIds],
      sentence: c.sentence,
    })),
    claims: findings.claims.map((c) => ({
      text: c.text,
      referenceIds: [...c.referenceIds],
      citedBy: c.citedBy,
      design: c.design,
      designWords: [...c.designWords],
      participants: c.participants,
      duration: c.duration ? { value: c.duration.value, unit: c.duration.unit } : null,
      dose: c.dose ? { ...c.dose } : null,
      effects: c.effects.map((e) => ({ ...e })),
      strength: c.strength,
      safety: c.safety,
    })),
    disclaimers: findings.disclaimers.map((d) => ({ ...d })),
  };
}
