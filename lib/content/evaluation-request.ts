import type { PageSignals } from '../evidence/page-checklist';
import { MAX_CLAIMS_PER_PAGE, type EvaluatePageRequest, type TextMatch } from '../shared/messages';
import { idKey } from '../shared/identifiers';
import { normaliseSpace } from '../scanner/reference-list';
import { markerCountsOf } from '../scanner/citation-markers';
import { isIdentified, keysOfEntry } from '../scanner/reference-keys';
import type { PageFindings } from '../scanner/types';

/**
 * The `evaluatePage` message for a page: its claims with their paragraphs, the distinct works it
 * cites (a short form joins the entry it stands for; a reference found by its text brings the DOI
 * it matched), its checklist signals and disclaimers. Page text is capped to the schema's limits.
 */
export function evaluationRequest(findings: PageFindings, textMatches: ReadonlyMap<string, TextMatch>): EvaluatePageRequest {
  const { references, citations, claims } = findings;
  const works = new Map<string, { referenceIds: string[]; keys: string[] }>();
  for (const entry of references) {
    const matched = textMatches.get(entry.sameAs ?? entry.id)?.doi;
    const keys = keysOfEntry(entry, references);
    if (keys.length === 0 && matched) keys.push(idKey('doi', matched));
    const identity = keys[0] ?? `entry:${entry.sameAs ?? entry.id}`;
    const work = works.get(identity) ?? { referenceIds: [], keys: keys.slice(0, 10) };
    work.referenceIds.push(entry.id);
    works.set(identity, work);
  }
  return {
    type: 'evaluatePage',
    claims: claims.slice(0, MAX_CLAIMS_PER_PAGE).map((claim) => ({
      text: claim.text.slice(0, 1000),
      paragraph: normaliseSpace(claim.element?.textContent ?? '').slice(0, 4000),
      referenceIds: claim.referenceIds.slice(0, 50),
      citedBy: claim.citedBy,
      design: claim.design,
      designWords: claim.designWords.slice(0, 20).map((word) => word.slice(0, 60)),
      participants: claim.participants,
      duration: claim.duration && { value: claim.duration.value, unit: claim.duration.unit },
      dose: claim.dose && {
        route: claim.dose.route?.slice(0, 60) ?? null,
        amount: claim.dose.amount,
        unit: claim.dose.unit?.slice(0, 20) ?? null,
      },
      effects: claim.effects.slice(0, 30).map((e) => ({ text: e.text.slice(0, 100), value: e.value, relative: e.relative, unit: e.unit })),
      strength: claim.strength,
      safety: claim.safety,
    })),
    works: [...works.values()].slice(0, 500),
    markerCounts: [...markerCountsOf(citations).entries()].slice(0, 5000),
    markerCount: citations.length,
    references: references.slice(0, 5000).map((entry) => ({ identified: isIdentified(entry) })),
    signals: cappedSignals(findings.signals),
    disclaimers: findings.disclaimers.slice(0, 100).map((d) => ({ kind: d.kind, text: d.text.slice(0, 2000) })),
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
  };
}
