import { describe, expect, it } from 'vitest';
import { lookUpCrossrefBatch } from '../../../lib/resolver/adapters/crossref';
import { lookUpEuropePmc } from '../../../lib/resolver/adapters/europepmc';
import { parsePubmedXml } from '../../../lib/resolver/adapters/pubmed';
import type { LookupId } from '../../../lib/resolver/adapters/types';
import { mergeRecords } from '../../../lib/resolver/merge-records';
import {
  noticeKey,
  noticeOfPublicationType,
  readNoticeCitation,
  withPublicationTypeRetraction,
  NOTICE_ABOUT_WORK,
} from '../../../lib/resolver/notice-kinds';
import { classifyDesign } from '../../../lib/evidence/classify-design';
import { assessSource } from '../../../lib/evidence/source-notes';
import type { SourceRecord } from '../../../lib/shared/source-record';
import { readShared } from '../../helpers/shared-data';

const NOW = new Date('2026-11-25T00:00:00Z');
const shared = (path: string) => readShared(`api-samples/${path}`);
const answering = (body: string) => async () => new Response(body);
const notesOf = (record: SourceRecord) => assessSource(record, classifyDesign(record).design).notes;
const pmidId = (value: string): LookupId => ({ key: `pmid:${value}`, kind: 'pmid', value });

async function europePmcRecords(file: string): Promise<SourceRecord[]> {
  const body = shared(`europepmc/${file}`);
  const pmids = (JSON.parse(body) as { resultList: { result: Array<{ pmid?: string }> } }).resultList.result.flatMap((r) =>
    r.pmid ? [r.pmid] : [],
  );
  const results = await lookUpEuropePmc(answering(body), pmids.map(pmidId), NOW);
  return [...results.values()].flatMap((r) => (r.state === 'resolved' ? [r.record] : []));
}

async function crossrefRecords(file: string): Promise<SourceRecord[]> {
  const body = shared(`crossref/${file}`);
  const dois = (JSON.parse(body) as { message: { items: Array<{ DOI: string }> } }).message.items.map((i) => i.DOI.toLowerCase());
  const results = await lookUpCrossrefBatch(answering(body), dois, NOW);
  return [...results.values()].flatMap((r) => (r.state === 'resolved' ? [r.record] : []));
}

describe('notices on real Europe PMC records', () => {
  it('keeps the notice PMID, DOI and month of "Retraction in" instead of a bare id', async () => {
    const [first, second] = await europePmcRecords('search_core_retracted_publications.json');
    expect(first!.notices).toEqual([
      {
        type: 'retraction',
        date: '2026-09',
        noticeDoi: '10.3928/02793695-20260817-01',
        noticePmid: '42715445',
        source: 'Europe PMC',
      },
    ]);
    expect(second!.notices).toEqual([
      { type: 'retraction', date: null, noticeDoi: '10.1016/j.jse.2026.06.002', noticePmid: null, source: 'Europe PMC' },
    ]);
    const note = notesOf(first!).find((n) => n.code === 'retracted')!;
    expect(note).toMatchObject({ severity: 'critical' });
    expect(note.evidence).toBe('Retracted: Europe PMC: 2026-09, notice doi 10.3928/02793695-20260817-01, PMID 42715445');
  });

  it('says a cited "Published Erratum" is a correction notice and links the work it corrects (cancer sample)', async () => {
    const records = await europePmcRecords('search_core_query_cancer_25_results.json');
    const errata = records.filter((r) => r.noticeOf);
    expect(errata.map((r) => r.ids.pmid)).toEqual(['39709208', '40377773']);
    expect(errata[0]!.noticeOf).toEqual({
      type: 'correction',
      doi: '10.1016/s0140-6736(24)01653-2',
      pmid: '39293462',
      reference: 'Lancet. 2024 Sep 28;404(10459):1227-1239. doi: 10.1016/S0140-6736(24)01653-2.',
    });
    expect(notesOf(errata[0]!)[0]).toMatchObject({
      code: 'is-notice',
      severity: 'warning',
      message:
        'This is a correction notice, not a study: it corrects Lancet. 2024 Sep 28;404(10459):1227-1239. doi: 10.1016/S0140-6736(24)01653-2.',
    });
    // The 23 ordinary papers of the same answer are not notices.
    expect(records.filter((r) => !r.noticeOf)).toHaveLength(23);
  });
});

describe('notices on real PubMed records', () => {
  it('keeps both retractions and the expression of concern of the Wakefield paper, with dates and ids', () => {
    const [record] = parsePubmedXml(shared('pubmed/efetch_9500320_retracted_expression_of_concern.xml'), NOW);
    expect(record!.notices.map((n) => [n.type, n.date, n.noticePmid])).toEqual([
      ['retraction', '2004-03-06', '15016483'],
      ['retraction', '2010-02-06', '20137807'],
      ['expression-of-concern', expect.any(String), expect.any(String)],
    ]);
    const retracted = notesOf(record!).find((n) => n.code === 'retracted')!;
    expect(retracted.evidence).toContain('PMID 15016483');
    expect(retracted.evidence).toContain('2010-02-06, notice doi 10.1016/s0140-6736(10)60175-4, PMID 20137807');
  });

  it('says a cited retraction notice retracts the Wakefield paper, and decodes numeric references in names', () => {
    const [notice, erratum] = parsePubmedXml(shared('pubmed/efetch_20137807_retraction_notice_23300797_erratum.xml'), NOW);
    expect(notice!.noticeOf).toEqual({
      type: 'retraction',
      doi: '10.1016/s0140-6736(97)11096-0',
      pmid: '9500320',
      reference: 'Lancet. 1998 Feb 28;351(9103):637-41. doi: 10.1016/s0140-6736(97)11096-0.',
    });
    expect(notesOf(notice!)[0]).toMatchObject({ code: 'is-notice', severity: 'critical' });
    expect(notesOf(notice!)[0]!.message).toMatch(/^This is a retraction notice, not a study: it retracts Lancet\. 1998/);
    // The erratum of the other record has no PMID, only its DOI and year.
    expect(erratum!.notices).toEqual([
      {
        type: 'correction',
        date: '2013',
        noticeDoi: '10.1371/annotation/df743c15-c50e-4d00-a24d-510e15f9a73b',
        noticePmid: null,
        source: 'PubMed',
      },
    ]);
    expect(erratum!.noticeOf).toBeNull();
  });

  it('decodes "Barrera-Bugue&#xf1;o" in a real author list', () => {
    const [record] = parsePubmedXml(shared('pubmed/efetch_38147649_erratum-in.xml'), NOW);
    expect(record!.authors).toContain('Barrera-Bugueño C');
    expect(record!.authors.join(' ')).not.toMatch(/&#/);
  });

  it.each([
    ['PartialRetractionIn', 'partial-retraction', 'retracted', 'warning', /^Part of this paper has been retracted/],
    ['RetractedandRepublishedIn', 'retracted-and-republished', 'retracted', 'warning', /replaced by a corrected version/],
    ['CorrectedandRepublishedIn', 'corrected-and-republished', 'corrected', 'info', /corrected version of this paper/],
  ])('maps %s (the real record with its RefType changed)', (refType, type, code, severity, message) => {
    const xml = shared('pubmed/efetch_9500320_retracted_expression_of_concern.xml')
      .replace(/<PublicationType UI="D016441">Retracted Publication<\/PublicationType>/, '')
      .replaceAll('RefType="RetractionIn"', `RefType="${refType}"`)
      .replace(/RefType="ExpressionOfConcernIn"/, 'RefType="CommentIn"');
    const [record] = parsePubmedXml(xml, NOW);
    expect(record!.notices.map((n) => n.type)).toEqual([type, type]);
    expect(notesOf(record!).find((n) => n.code === code)).toMatchObject({ severity, message: expect.stringMatching(message) });
  });
});

describe('notices on real Crossref work lists', () => {
  it('says each of the PLoS ONE correction notices (update-to) corrects its work, and no other item is a notice', async () => {
    const records = [
      ...(await crossrefRecords('journals_1932-6203_works_cursor_page1_correction_notices.json')),
      ...(await crossrefRecords('journals_1932-6203_works_cursor_page2.json')),
      ...(await crossrefRecords('journals_2167-8359_works_list_20_jats.json')),
    ];
    expect(records).toHaveLength(80);
    const notices = records.filter((r) => r.noticeOf);
    expect(notices).toHaveLength(12);
    expect(notices.every((r) => r.noticeOf!.type === 'correction' && /^10\.1371\//.test(r.noticeOf!.doi!))).toBe(true);
    expect(records.find((r) => r.ids.doi === '10.1371/journal.pone.0129989')!.noticeOf).toEqual({
      type: 'correction',
      doi: '10.1371/journal.pone.0120799',
      pmid: null,
      reference: null,
    });
    expect(notices.every((r) => !records.filter((o) => !o.noticeOf).includes(r))).toBe(true);
  });

  it.each([
    ['retraction', 'retraction', 'critical'],
    ['partial_retraction', 'partial-retraction', 'warning'],
    ['withdrawal', 'withdrawal', 'critical'],
    ['removal', 'removal', 'critical'],
    ['expression_of_concern', 'expression-of-concern', 'warning'],
    ['corrigendum', 'correction', 'info'],
    ['erratum', 'correction', 'info'],
    ['addendum', 'addendum', 'info'],
    ['clarification', 'clarification', 'info'],
    ['new_version', 'new-version', 'info'],
  ])('maps updated-by type %s (the real Wakefield entry with its type changed)', async (crossrefType, type, severity) => {
    const entry = {
      DOI: '10.1016/s0140-6736(10)60175-4',
      type: crossrefType,
      label: 'Retraction',
      source: 'retraction-watch',
      updated: { 'date-time': '2010-02-06T00:00:00Z' },
      'record-id': '4036',
    };
    const body = JSON.stringify({ status: 'ok', message: { items: [{ DOI: '10.1016/S0140-6736(97)11096-0', 'updated-by': [entry] }] } });
    const result = (await lookUpCrossrefBatch(answering(body), ['10.1016/s0140-6736(97)11096-0'], NOW)).get(
      '10.1016/s0140-6736(97)11096-0',
    );
    const record = result?.state === 'resolved' ? result.record : null;
    expect(record!.notices).toEqual([
      { type, date: '2010-02-06', noticeDoi: '10.1016/s0140-6736(10)60175-4', noticePmid: null, source: 'Crossref (retraction-watch)' },
    ]);
    expect(notesOf(record!)[0]!.severity).toBe(severity);
  });

  it('keeps a non-NCT trial number (ISRCTN) as the scanner writes it', async () => {
    const records = await crossrefRecords('journals_1932-6203_works_cursor_page2.json');
    expect(records.find((r) => r.ids.doi === '10.1371/journal.pone.0000542')!.ids).toMatchObject({ nct: [], trials: ['ISRCTN75784880'] });
  });
});

describe('one notice reported by two services', () => {
  it('is one note naming both, with every id (Europe PMC and Crossref on one retraction)', async () => {
    const [europePmc] = await europePmcRecords('search_core_retracted_publications.json');
    const crossref = {
      ...europePmc!,
      notices: [
        {
          type: 'retraction' as const,
          date: '2026-09-14',
          noticeDoi: '10.3928/02793695-20260817-01',
          noticePmid: null,
          source: 'Crossref (retraction-watch)',
        },
      ],
      provenance: [{ api: 'crossref' as const, fetchedAt: 't' }],
    };
    const merged = mergeRecords(europePmc!, crossref);
    expect(merged.notices).toEqual([
      {
        type: 'retraction',
        date: '2026-09-14',
        noticeDoi: '10.3928/02793695-20260817-01',
        noticePmid: '42715445',
        source: 'Europe PMC; Crossref (retraction-watch)',
      },
    ]);
    expect(notesOf(merged).filter((n) => n.code === 'retracted')).toHaveLength(1);
  });
});

describe('notice kinds', () => {
  it('reads the notice DOI and date from the citation a service gives', () => {
    expect(readNoticeCitation('Lancet. 1998 Feb 28;351(9103):637-41. doi: 10.1016/s0140-6736(97)11096-0.')).toEqual({
      doi: '10.1016/s0140-6736(97)11096-0',
      date: '1998-02-28',
    });
    expect(readNoticeCitation('10.1016/j.jse.2026.06.002')).toEqual({ doi: '10.1016/j.jse.2026.06.002', date: null });
  });

  it('keys Crossref, PubMed and Europe PMC spellings alike', () => {
    expect(['Retraction in', 'RetractionIn', 'retraction_in'].map(noticeKey)).toEqual(['retractionin', 'retractionin', 'retractionin']);
    expect(NOTICE_ABOUT_WORK[noticeKey('Retracted and republished in')]).toBe('retracted-and-republished');
  });
});

describe('notices read from publication types alone', () => {
  it('adds a retraction when the type says "Retracted Publication" and no retraction notice is linked', () => {
    expect(withPublicationTypeRetraction([], ['Journal Article', 'Retracted Publication'], 'PubMed (publication type)')).toEqual([
      { type: 'retraction', date: null, noticeDoi: null, noticePmid: null, source: 'PubMed (publication type)' },
    ]);
  });

  it('adds nothing to a linked retraction, nor to a paper that is not retracted (a corrected trial)', () => {
    const linked = [{ type: 'retraction' as const, date: '2010-02-06', noticeDoi: null, noticePmid: '20137807', source: 'PubMed' }];
    expect(withPublicationTypeRetraction([...linked], ['Retracted Publication'], 'PubMed (publication type)')).toEqual(linked);
    expect(withPublicationTypeRetraction([], ['Randomized Controlled Trial'], 'Europe PMC (publication type)')).toEqual([]);
  });

  it('knows a notice item by its publication type, and an ordinary paper as none', () => {
    expect(noticeOfPublicationType(['Published Erratum'])?.type).toBe('correction');
    expect(noticeOfPublicationType(['Journal Article', 'Randomized Controlled Trial'])).toBeNull();
  });
});
