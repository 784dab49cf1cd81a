import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registryFacts, StudySchema } from '../../../lib/resolver/adapters/clinicaltrials';
import { lookUpCrossrefBatch } from '../../../lib/resolver/adapters/crossref';
import { lookUpEuropePmc } from '../../../lib/resolver/adapters/europepmc';
import { parsePubmedXml } from '../../../lib/resolver/adapters/pubmed';
import { SourceRecordSchema } from '../../../lib/shared/source-record';
import { readShared, SHARED_DIR } from '../../helpers/shared-data';

const NOW = new Date('2026-11-25T00:00:00Z');
const files = (folder: string, ext: string) =>
  readdirSync(join(SHARED_DIR, 'api-samples', folder))
    .filter((file) => file.endsWith(ext))
    .map((file) => `api-samples/${folder}/${file}`);

describe('every real recorded body in ../shared/api-samples', () => {
  it('Europe PMC: every record of every search answer becomes a valid record', async () => {
    let count = 0;
    for (const file of files('europepmc', '.json')) {
      const body = readShared(file);
      const results = (JSON.parse(body) as { resultList: { result: Array<{ pmid?: string; pmcid?: string; doi?: string }> } }).resultList
        .result;
      // Every recorded Europe PMC record has a PMID; each is asked for by it.
      const ids = results.map((r) => ({ key: `pmid:${r.pmid!}` as const, kind: 'pmid' as const, value: r.pmid! }));
      const answers = await lookUpEuropePmc(async () => new Response(body), ids, NOW);
      for (const answer of answers.values()) {
        expect(answer.state).toBe('resolved');
        if (answer.state === 'resolved') expect(SourceRecordSchema.safeParse(answer.record).success).toBe(true);
      }
      count += answers.size;
    }
    expect(count).toBe(29);
  });

  it('Crossref: every work and every item of every work list becomes a valid record', async () => {
    let count = 0;
    for (const file of files('crossref', '.json')) {
      const message = (JSON.parse(readShared(file)) as { message: { items?: Array<{ DOI: string }>; DOI?: string } }).message;
      const items = message.items ?? [message as { DOI: string }];
      const body = JSON.stringify({ status: 'ok', message: { items } });
      const dois = items.map((item) => item.DOI.toLowerCase());
      const answers = await lookUpCrossrefBatch(async () => new Response(body), dois, NOW);
      for (const doi of dois) {
        const answer = answers.get(doi)!;
        expect(answer.state).toBe('resolved');
        if (answer.state === 'resolved') expect(SourceRecordSchema.safeParse(answer.record).success).toBe(true);
      }
      count += dois.length;
    }
    expect(count).toBe(83);
  });

  it('PubMed and ClinicalTrials.gov: every article and study', () => {
    const articles = files('pubmed', '.xml').flatMap((file) => parsePubmedXml(readShared(file), NOW));
    expect(articles).toHaveLength(7);
    expect(articles.every((record) => SourceRecordSchema.safeParse(record).success)).toBe(true);
    const { studies } = JSON.parse(readShared('api-samples/clinicaltrials/studies_search_page_10_full_records.json')) as {
      studies: unknown[];
    };
    expect(studies.map((study) => registryFacts(StudySchema.parse(study)).nct)).toHaveLength(10);
  });
});
