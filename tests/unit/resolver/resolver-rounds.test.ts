import { describe, expect, it } from 'vitest';
import { RECORD_SERVICES } from '../../../lib/resolver/record-services';
import { replayFetch } from '../../helpers/api-replay';
import { testResolver } from '../../helpers/test-resolver';

const SEED_DOI = 'doi:10.1001/jamaneurol.2022.0901';

describe('the resolver asks the services as RECORD_SERVICES says', () => {
  it('asks Europe PMC and Crossref about a DOI side by side, not one after the other', async () => {
    const events: string[] = [];
    const replay = replayFetch();
    const slow = async (url: string) => {
      const host = new URL(url).hostname;
      events.push(`ask ${host}`);
      await new Promise((done) => setTimeout(done, 30));
      events.push(`answer ${host}`);
      return replay(url);
    };
    const [result] = await testResolver(slow).resolve([SEED_DOI]);
    expect(result!.state).toBe('resolved');
    expect(events.slice(0, 2).sort()).toEqual(['ask api.crossref.org', 'ask www.ebi.ac.uk']);
    expect(result!.record!.provenance.map((p) => p.api)).toEqual(['europepmc', 'clinicaltrials']);
  });

  it('keeps its order of precedence as data: Europe PMC, then PubMed, then Crossref', () => {
    expect(RECORD_SERVICES.map((s) => [s.api, s.round, s.enrichesByDoi])).toEqual([
      ['europepmc', 'first', false],
      ['pubmed', 'fallback', false],
      ['crossref', 'first', true],
    ]);
  });

  it('asks Crossref about the DOI of a work found by its PMID, after Europe PMC named it', async () => {
    const log: string[] = [];
    const [result] = await testResolver(replayFetch(log)).resolve(['pmid:35532908']);
    expect(result!.state).toBe('resolved');
    const crossref = log.filter((url) => url.includes('api.crossref.org'));
    expect(crossref).toHaveLength(1);
    expect(new URL(crossref[0]!).searchParams.get('filter')).toBe('doi:10.1001/jamaneurol.2022.0901');
  });
});
