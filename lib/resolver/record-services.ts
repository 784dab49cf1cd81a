import { CROSSREF_BATCH_SIZE, lookUpCrossrefBatch } from './adapters/crossref';
import { EUROPE_PMC_BATCH_SIZE, EUROPE_PMC_KINDS, lookUpEuropePmc } from './adapters/europepmc';
import { lookUpPubmed, PUBMED_BATCH_SIZE } from './adapters/pubmed';
import type { AdapterResult, RecordService } from './adapters/types';

/**
 * The services that describe works, in order of precedence: when two describe the same work, the
 * earlier one's fields win and the later fill gaps (Europe PMC and PubMed carry MeSH, publication
 * types and structured abstracts; Crossref adds notices, trial numbers and citation counts).
 * Europe PMC and Crossref are asked side by side, so a slow network costs the slower, not the sum.
 */
export const RECORD_SERVICES: readonly RecordService[] = [
  {
    api: 'europepmc',
    kinds: EUROPE_PMC_KINDS,
    batchSize: EUROPE_PMC_BATCH_SIZE,
    round: 'first',
    enrichesByDoi: false,
    lookUp: (fetch, ids, now) => lookUpEuropePmc(fetch, ids, now),
  },
  {
    api: 'pubmed',
    kinds: ['pmid'],
    batchSize: PUBMED_BATCH_SIZE,
    round: 'fallback',
    enrichesByDoi: false,
    lookUp: (fetch, ids, now, contact) => lookUpPubmed(fetch, ids, now, contact),
  },
  {
    api: 'crossref',
    kinds: ['doi'],
    batchSize: CROSSREF_BATCH_SIZE,
    round: 'first',
    enrichesByDoi: true,
    lookUp: async (fetch, ids, now, contact) => {
      const byDoi = await lookUpCrossrefBatch(
        fetch,
        ids.map((id) => id.value),
        now,
        contact.email,
      );
      return new Map(ids.map((id): [string, AdapterResult] => [id.key, byDoi.get(id.value) ?? { state: 'not-found' }]));
    },
  },
];
