import { describe, expect, it } from 'vitest';
import { crossrefWorkUrl, lookUpCrossref } from '../../../lib/resolver/adapters/crossref';
import type { LookupId } from '../../../lib/resolver/adapters/types';
import { readShared } from '../../helpers/shared-data';

const NOW = new Date('2026-11-25T00:00:00Z');
const doi = (value: string): LookupId => ({ key: `doi:${value}`, kind: 'doi', value });
const answering =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });

describe('crossrefWorkUrl', () => {
  it('keeps the DOI prefix/suffix slash and encodes reserved characters in segments', () => {
    expect(crossrefWorkUrl('10.1016/s1474-4422(18)30054-1')).toBe('https://api.crossref.org/works/10.1016/s1474-4422(18)30054-1');
    expect(crossrefWorkUrl('10.1002/a<b>;c')).toBe('https://api.crossref.org/works/10.1002/a%3Cb%3E%3Bc');
  });
});

describe('lookUpCrossref on real recorded works', () => {
  it('reads a correction from updated-by and the citation count (PLoS ONE mouse study)', async () => {
    const result = await lookUpCrossref(
      answering(readShared('api-samples/crossref/works_10.1371_journal.pone.0033693.json')),
      doi('10.1371/journal.pone.0033693'),
      NOW,
    );
    expect(result.state).toBe('resolved');
    if (result.state !== 'resolved') return;
    expect(result.record.notices).toEqual([expect.objectContaining({ type: 'correction', source: 'Crossref (publisher)' })]);
    expect(result.record.citedByCount).toBe(72);
    expect(result.record.title).toMatch(/Mice/);
  });

  it('reads clinical-trial-number links as NCT ids (ESMO Open LEMON study)', async () => {
    const result = await lookUpCrossref(
      answering(readShared('api-samples/crossref/works_10.1136_esmoopen-2020-000776.json')),
      doi('10.1136/esmoopen-2020-000776'),
      NOW,
    );
    expect(result.state === 'resolved' && result.record.ids.nct).toEqual(['NCT03797326', 'NCT04008797']);
  });

  it('turns a JATS abstract into plain text with its section titles', async () => {
    const result = await lookUpCrossref(
      answering(readShared('api-samples/crossref/works_10.1136_jclinpath-2020-206745.json')),
      doi('10.1136/jclinpath-2020-206745'),
      NOW,
    );
    expect(result.state).toBe('resolved');
    if (result.state !== 'resolved') return;
    expect(result.record.abstract).toMatch(/^Background: /);
    expect(result.record.abstract).not.toMatch(/<|jats:/);
  });

  it('reads a retraction from Retraction Watch in updated-by', async () => {
    const body = JSON.stringify({
      status: 'ok',
      message: {
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
      },
    });
    const result = await lookUpCrossref(answering(body), doi('10.1016/s0140-6736(97)11096-0'), NOW);
    expect(result.state === 'resolved' && result.record.notices).toEqual([
      { type: 'retraction', date: '2010-02-06', noticeDoi: '10.1016/s0140-6736(10)60175-4', source: 'Crossref (retraction-watch)' },
    ]);
  });

  it('keeps markup in titles as text and ignores unknown update types', async () => {
    const body = JSON.stringify({
      status: 'ok',
      message: {
        DOI: '10.1000/x',
        title: ['<img src=x onerror=alert(1)>Vitamin &amp; <i>mice</i>'],
        'updated-by': [{ type: 'constructor' }],
      },
    });
    const result = await lookUpCrossref(answering(body), doi('10.1000/x'), NOW);
    expect(result.state === 'resolved' && [result.record.title, result.record.notices]).toEqual(['Vitamin & mice', []]);
  });

  it.each([
    ['404', answering('Resource not found.', 404), { state: 'not-found' }],
    ['500', answering('err', 500), { state: 'unavailable', reason: 'HTTP 500' }],
    ['malformed JSON', answering('{"status":'), { state: 'unavailable', reason: 'malformed JSON' }],
    ['a body of the wrong shape', answering('{"status":"ok","message":{}}'), { state: 'unavailable', reason: 'unexpected response' }],
  ])('maps %s', async (_, fetch, expected) => {
    expect(await lookUpCrossref(fetch, doi('10.1000/x'), NOW)).toEqual(expected);
  });
});
