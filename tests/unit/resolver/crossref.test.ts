import { describe, expect, it } from 'vitest';
import { crossrefBatchUrl, lookUpCrossrefBatch } from '../../../lib/resolver/adapters/crossref';
import { mergeRecords } from '../../../lib/resolver/merge-records';
import { readShared } from '../../helpers/shared-data';
import { makeRecord } from '../../helpers/source-record';

const NOW = new Date('2026-11-25T00:00:00Z');
/** A real `/works/{doi}` body, as the same work appears in a `/works?filter=doi:…` list. */
const listOf = (...works: unknown[]) => JSON.stringify({ status: 'ok', 'message-type': 'work-list', message: { items: works } });
const sampleWork = (name: string) => (JSON.parse(readShared(`api-samples/crossref/${name}`)) as { message: unknown }).message;
const answering =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });
const one = async (body: string, doi: string, status = 200) => (await lookUpCrossrefBatch(answering(body, status), [doi], NOW)).get(doi)!;

describe('crossrefBatchUrl', () => {
  it('ORs the DOIs with repeated doi filters and asks for as many rows, with the contact when given', () => {
    const url = new URL(crossrefBatchUrl(['10.1016/s1474-4422(18)30054-1', '10.1136/jnnp-2018-319294'], 'a@b.org'));
    expect(url.origin + url.pathname).toBe('https://api.crossref.org/works');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      filter: 'doi:10.1016/s1474-4422(18)30054-1,doi:10.1136/jnnp-2018-319294',
      rows: '2',
      mailto: 'a@b.org',
    });
  });
});

describe('lookUpCrossrefBatch on real recorded works', () => {
  it('reads a correction from updated-by and the citation count (PLoS ONE mouse study)', async () => {
    const result = await one(listOf(sampleWork('works_10.1371_journal.pone.0033693.json')), '10.1371/journal.pone.0033693');
    expect(result.state).toBe('resolved');
    if (result.state !== 'resolved') return;
    expect(result.record.notices).toEqual([expect.objectContaining({ type: 'correction', source: 'Crossref (publisher)' })]);
    expect(result.record.citedByCount).toBe(72);
    expect(result.record.title).toMatch(/Mice/);
  });

  it('reads clinical-trial-number links as NCT ids (ESMO Open LEMON study)', async () => {
    const result = await one(listOf(sampleWork('works_10.1136_esmoopen-2020-000776.json')), '10.1136/esmoopen-2020-000776');
    expect(result.state === 'resolved' && result.record.ids.nct).toEqual(['NCT03797326', 'NCT04008797']);
  });

  it('turns a JATS abstract into plain text with its section titles', async () => {
    const result = await one(listOf(sampleWork('works_10.1136_jclinpath-2020-206745.json')), '10.1136/jclinpath-2020-206745');
    expect(result.state).toBe('resolved');
    if (result.state !== 'resolved') return;
    expect(result.record.abstract).toMatch(/^Background: /);
    expect(result.record.abstract).not.toMatch(/<|jats:/);
  });

  it('reads a retraction from Retraction Watch in updated-by', async () => {
    const work = {
      DOI: '10.1016/S0140-6736(97)11096-0',
      title: ['Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children'],
      'updated-by': [
        {
          DOI: '10.1016/s0140-6736(10)60175-4',
          type: 'retraction',
          label: 'Retraction',
          source: 'retraction-watch',
          updated: { 'date-time': '2010-02-06T00:00:00Z' },
          'record-id': '4036',
        },
      ],
    };
    const result = await one(listOf(work), '10.1016/s0140-6736(97)11096-0');
    expect(result.state === 'resolved' && result.record.notices).toEqual([
      {
        type: 'retraction',
        date: '2010-02-06',
        noticeDoi: '10.1016/s0140-6736(10)60175-4',
        noticePmid: null,
        source: 'Crossref (retraction-watch)',
      },
    ]);
  });

  it('keeps markup in titles as text and ignores unknown update types', async () => {
    const result = await one(
      listOf({
        DOI: '10.1000/x',
        title: ['<img src=x onerror=alert(1)>Vitamin &amp; <i>mice</i>'],
        'updated-by': [{ type: 'constructor' }],
      }),
      '10.1000/x',
    );
    expect(result.state === 'resolved' && [result.record.title, result.record.notices]).toEqual(['Vitamin & mice', []]);
  });

  it.each([
    ['a DOI the list does not contain', listOf(), 200, { state: 'not-found' }],
    ['a 500', 'err', 500, { state: 'unavailable', reason: 'HTTP 500' }],
    ['malformed JSON', '{"status":', 200, { state: 'unavailable', reason: 'malformed JSON' }],
    ['a body of the wrong shape', '{"status":"ok","message":{}}', 200, { state: 'unavailable', reason: 'unexpected response' }],
  ])('maps %s', async (_, body, status, expected) => {
    expect(await one(body, '10.1000/x', status)).toEqual(expected);
  });
});

describe('mergeRecords', () => {
  it('keeps the primary record’s facts and adds what only Crossref has, one notice per kind', () => {
    const europePmc = makeRecord({
      ids: { doi: '10.1000/x', pmid: '1', pmcid: null, nct: ['NCT00000001'] },
      title: 'Primary title',
      publicationTypes: ['Randomized Controlled Trial'],
      citedByCount: 10,
      notices: [{ type: 'retraction', date: null, noticeDoi: null, source: 'Europe PMC publication type' }],
      provenance: [{ api: 'europepmc', fetchedAt: 't' }],
    });
    const crossref = makeRecord({
      ids: { doi: '10.1000/x', pmid: null, pmcid: null, nct: ['NCT00000002'] },
      title: 'Crossref title',
      citedByCount: 14,
      notices: [
        { type: 'retraction', date: '2020-01-01', noticeDoi: '10.1000/retraction', source: 'Crossref (retraction-watch)' },
        { type: 'correction', date: '2019-01-01', noticeDoi: null, source: 'Crossref (publisher)' },
      ],
      provenance: [{ api: 'crossref', fetchedAt: 't' }],
    });
    expect(mergeRecords(europePmc, crossref)).toMatchObject({
      ids: { doi: '10.1000/x', pmid: '1', nct: ['NCT00000001', 'NCT00000002'] },
      title: 'Primary title',
      publicationTypes: ['Randomized Controlled Trial'],
      citedByCount: 14,
      notices: [
        {
          type: 'retraction',
          date: '2020-01-01',
          noticeDoi: '10.1000/retraction',
          source: 'Europe PMC publication type; Crossref (retraction-watch)',
        },
        { type: 'correction', date: '2019-01-01', noticeDoi: null, source: 'Crossref (publisher)' },
      ],
      provenance: [{ api: 'europepmc' }, { api: 'crossref' }],
    });
  });
});
