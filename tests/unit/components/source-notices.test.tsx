import { render } from 'preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SourceSummary } from '../../../components/shared/SourceSummary';
import { checkReport, fromRecords } from '../../../lib/cli/check-command';
import { parsePubmedXml } from '../../../lib/resolver/adapters/pubmed';
import { toSourceResult } from '../../../lib/resolver/resolve-sources';
import { scanDom } from '../../../lib/scanner/scan-page';
import { emptyRecord, type SourceRecord } from '../../../lib/shared/source-record';
import { parseHtml } from '../../helpers/dom';
import { installEnglishMessages } from '../../helpers/messages';
import { readShared } from '../../helpers/shared-data';

let messages: { missing: string[] };
beforeAll(() => {
  messages = installEnglishMessages();
});
// Every word of the card comes from the messages file: none may be missing from it.
afterAll(() => expect(messages.missing).toEqual([]));

const NOW = new Date('2026-11-25T00:00:00Z');
const pubmed = (file: string) => parsePubmedXml(readShared(`api-samples/pubmed/${file}`), NOW);
/** The real Wakefield record with its RefType changed, under another PMID: the notice kinds no recorded body has. */
const variant = (pmid: string, refType: string): SourceRecord => {
  const xml = readShared('api-samples/pubmed/efetch_9500320_retracted_expression_of_concern.xml')
    .replace('<PMID Version="1">9500320</PMID>', `<PMID Version="1">${pmid}</PMID>`)
    .replace(/<ArticleId IdType="pubmed">9500320<\/ArticleId>/, `<ArticleId IdType="pubmed">${pmid}</ArticleId>`)
    .replace(/<ArticleId IdType="doi">[^<]*<\/ArticleId>/, '')
    .replace(/<ELocationID EIdType="doi"[^>]*>[^<]*<\/ELocationID>/, '')
    .replace(/<PublicationType UI="D016441">Retracted Publication<\/PublicationType>/, '')
    .replace(/RefType="ExpressionOfConcernIn"/, 'RefType="CommentIn"')
    .replace('RefType="RetractionIn"', 'RefType="CommentIn"')
    .replace('RefType="RetractionIn"', `RefType="${refType}"`);
  return parsePubmedXml(xml, NOW)[0]!;
};

const [wakefield] = pubmed('efetch_9500320_retracted_expression_of_concern.xml');
const [retractionNotice, corrected] = pubmed('efetch_20137807_retraction_notice_23300797_erratum.xml');
const partly = variant('90000001', 'PartialRetractionIn');
const republished = variant('90000002', 'RetractedandRepublishedIn');
const CASES: Array<[string, SourceRecord, string, string, string]> = [
  ['retracted', wakefield!, 'retracted', 'Retracted (2004-03-06) · PubMed · notice', 'https://doi.org/10.1016/s0140-6736(04)15715-2'],
  [
    'partly retracted',
    partly,
    'retracted',
    'Partly retracted (2010-02-06) · PubMed · notice',
    'https://doi.org/10.1016/s0140-6736(10)60175-4',
  ],
  [
    'retracted and republished',
    republished,
    'retracted',
    'Retracted and republished (2010-02-06) · PubMed · new version',
    'https://doi.org/10.1016/s0140-6736(10)60175-4',
  ],
  [
    'corrected',
    corrected!,
    'corrected',
    'Corrected (2013) · PubMed · notice',
    'https://doi.org/10.1371/annotation/df743c15-c50e-4d00-a24d-510e15f9a73b',
  ],
];

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});
const mount = (record: SourceRecord) => {
  container = document.createElement('div');
  document.body.append(container);
  const key = `pmid:${record.ids.pmid}`;
  render(<SourceSummary result={toSourceResult(key, { state: 'resolved', record })} />, container);
  return container;
};

describe('notices in the card, from the real PubMed records', () => {
  it.each(CASES)('%s: the note, the notice line with its date and the link', (_, record, code, line, href) => {
    const root = mount(record);
    expect(root.querySelector(`[data-code="${code}"]`)).not.toBeNull();
    const notice = root.querySelector('.el-notice')!;
    expect(notice.textContent).toBe(line);
    expect(notice.querySelector('a')!.getAttribute('href')).toBe(href);
  });

  it('a cited retraction notice says what it is, in place of a design, and links the retracted paper', () => {
    const root = mount(retractionNotice!);
    expect(root.querySelector('.el-notice-of')!.textContent).toBe(
      'Retraction notice · not a study: it retracts Lancet. 1998 Feb 28;351(9103):637-41. doi: 10.1016/s0140-6736(97)11096-0.',
    );
    expect(root.querySelector('.el-notice-of a')!.getAttribute('href')).toBe('https://doi.org/10.1016/s0140-6736(97)11096-0');
    expect(root.querySelector('[data-code="is-notice"]')).not.toBeNull();
  });

  it('an ordinary paper shows its design and no notice line', () => {
    const root = mount(
      emptyRecord({ ids: { doi: '10.5555/x', pmid: '1', pmcid: null, nct: [] }, publicationTypes: ['Randomized Controlled Trial'] }),
    );
    expect(root.querySelector('.el-design')!.textContent).toMatch(/^Randomised controlled trial|RCT|randomi[sz]ed/i);
    expect(root.querySelector('.el-notice, .el-notice-of')).toBeNull();
  });
});

describe('notices in lens check --json, from the same records', () => {
  it('gives each source its note, notice date and link, and the notice item what it retracts', () => {
    const records = [...CASES.map(([, record]) => record), retractionNotice!];
    const html = `<article><p>Text.</p><h2>References</h2><ol>${records
      .map((r, i) => `<li id="ref-${i + 1}">Author A. A paper. Journal. 2000. PMID: ${r.ids.pmid}</li>`)
      .join('')}</ol></article>`;
    const findings = scanDom(parseHtml(html));
    const keys = records.map((r) => `pmid:${r.ids.pmid}`);
    const report = checkReport(findings, null, fromRecords(keys, records));
    expect(report.sources).toHaveLength(5);
    for (const [index, [, , code, line, href]] of CASES.entries()) {
      const source = report.sources[index]!;
      expect(source.notes.map((n) => n.code)).toContain(code);
      expect(source.notices[0]).toMatchObject({ date: line.match(/\((\d[\d-]*)\)/)![1], link: href });
    }
    expect(report.sources[4]!.noticeOf).toMatchObject({
      type: 'retraction',
      pmid: '9500320',
      link: 'https://doi.org/10.1016/s0140-6736(97)11096-0',
    });
    expect(report.sources[4]!.notes[0]).toMatchObject({ code: 'is-notice', severity: 'critical' });
  });
});

describe('the card says when the full text was read, and what the registry says of a stopped trial', () => {
  it('shows "Full text read" with the PMCID and date only when it was read', () => {
    const base = emptyRecord({ ids: { doi: '10.5555/el.oa.acne', pmid: '99000002', pmcid: 'PMC9990002', nct: [] } });
    const read = {
      ...base,
      fullText: { pmcid: 'PMC9990002', readAt: '2026-11-25T10:00:00.000Z', methods: '', results: '', conclusions: '', tables: '' },
    };
    expect(mount(read).querySelector('.el-full-text')!.textContent).toMatch(/^Full text read \(PMC9990002, 2026-11-25\)/);
    render(null, container);
    container.remove();
    expect(mount({ ...base, fullText: null }).querySelector('.el-full-text')).toBeNull();
  });

  it('shows why a trial stopped, its dates as happened, and an estimate kept after recruiting as an estimate', () => {
    const registry = {
      nct: 'NCT01126879',
      title: null,
      status: 'TERMINATED',
      studyType: 'INTERVENTIONAL',
      phases: [],
      allocation: null,
      masking: null,
      enrollment: 40,
      enrollmentActual: false,
      hasResults: false,
      leadSponsor: null,
      industrySponsored: false,
      startDate: '2011-02-03',
      completionDate: '2013-12-28',
      startDateType: 'actual' as const,
      completionDateType: 'actual' as const,
      whyStopped: 'Closed due to low accrual',
      resultPmids: [],
    };
    const line = mount(emptyRecord({ ids: { doi: null, pmid: null, pmcid: null, nct: ['NCT01126879'] }, registry })).querySelector(
      '.el-registry',
    )!.textContent;
    expect(line).toBe(
      'Registered NCT01126879: terminated, about 40 (estimated), started 2011-02-03, ended 2013-12-28, stopped early: “Closed due to low accrual”, no results posted',
    );
  });
});
