import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../../lib/background/handle-message';
import { checksByParagraph } from '../../../lib/content/claim-check-views';
import { analysisRequest } from '../../../lib/content/analysis-request';
import { MAX_PARAGRAPH_LENGTH, scanDom, scanPage } from '../../../lib/scanner/scan-page';
import { AnalysePageRequestSchema, PageAnalysisSchema } from '../../../lib/shared/messages';
import { replayFetch } from '../../helpers/api-replay';
import { parseHtml } from '../../helpers/dom';
import { readShared } from '../../helpers/shared-data';
import { testResolver } from '../../helpers/test-resolver';

const seedHtml = () => readShared('seed/greenmedinfo-als-b12.html');
const seedDom = () => scanDom(parseHtml(seedHtml()));

describe('analysisRequest', () => {
  it('sends the seed as 4 works (the short form joins its entry), its paragraphs with their markers and the markup signals, within the schema', () => {
    const request = analysisRequest(seedDom(), new Map());
    expect(AnalysePageRequestSchema.safeParse(request).success).toBe(true);
    expect(request.works).toEqual([
      { referenceIds: ['ref-1'], keys: ['doi:10.1016/s1474-4422(18)30054-1'] },
      { referenceIds: ['ref-2', 'ref-3'], keys: ['doi:10.1001/jamaneurol.2022.0901'] },
      { referenceIds: ['ref-4'], keys: ['doi:10.1136/jnnp-2018-319294'] },
      { referenceIds: ['ref-5'], keys: ['doi:10.1016/j.freeradbiomed.2009.04.023'] },
    ]);
    expect(request.markerCount).toBe(5);
    expect(request.references.map((r) => r.identified)).toEqual([true, true, false, true, true]);
    expect(request.paragraphs.flatMap((p) => p.markers.flatMap((m) => m.referenceIds))).toEqual([
      'ref-1',
      'ref-2',
      'ref-3',
      'ref-4',
      'ref-5',
    ]);
    // No reference entry's own text is sent as a paragraph: entries are read on the DOM side.
    expect(request.paragraphs.some((p) => p.text.includes('Lancet Neurol'))).toBe(false);
  });

  it('keeps a page of huge paragraphs within the limits the background accepts', () => {
    const dom = scanDom(parseHtml(`<article><p>${'A randomized trial of 130 patients found a 40% drop. '.repeat(4000)}</p></article>`));
    expect(dom.paragraphs[0]!.text.length).toBe(MAX_PARAGRAPH_LENGTH);
    expect(AnalysePageRequestSchema.safeParse(analysisRequest(dom, new Map())).success).toBe(true);
  });
});

describe('the background answering analysePage', () => {
  it('reads the seed’s claims in the background, checks them against its sources and answers the checklist', async () => {
    const dom = seedDom();
    const answer = await handleMessage(analysisRequest(dom, new Map()), { id: 'me' }, 'me', testResolver(replayFetch()));
    const { claims, disclaimers, evaluation } = PageAnalysisSchema.parse(answer);
    expect(evaluation.summary).toBe(
      '5 references to 4 works: 2 RCTs, 1 secondary analysis, 1 in vitro; 11 claims: 9 checked against their sources, 7 with issues; 2 not checked (no source cited)',
    );
    expect(evaluation.claimChecks.map((c) => c.code)).toEqual(
      expect.arrayContaining([
        'effect-misstated',
        'contradicts-source',
        'intervention-mismatch',
        'population-mismatch',
        'safety-overreach',
      ]),
    );
    expect(evaluation.checklist.find((item) => item.criterion === 'sensational-language')?.answer).toBe('yes');
    // The same claims the command-line tool reads, each pointing back at its paragraph.
    const local = scanPage(parseHtml(seedHtml()));
    expect(claims.map((c) => c.text)).toEqual(local.claims.map((c) => c.text));
    expect(claims.map((c) => dom.paragraphElements[c.paragraph]?.textContent)).toEqual(local.claims.map((c) => c.element?.textContent));
    expect(disclaimers).toEqual(local.disclaimers);
  });

  it('ignores malformed or oversized requests', () => {
    const resolver = testResolver(replayFetch());
    const request = analysisRequest(seedDom(), new Map());
    expect(handleMessage({ ...request, extra: 1 }, { id: 'me' }, 'me', resolver)).toBeUndefined();
    expect(
      handleMessage({ ...request, works: [{ referenceIds: ['r'], keys: ['http://evil'] }] }, { id: 'me' }, 'me', resolver),
    ).toBeUndefined();
    const long = { ...request, paragraphs: [{ ...request.paragraphs[0]!, text: 'x'.repeat(MAX_PARAGRAPH_LENGTH + 1) }] };
    expect(handleMessage(long, { id: 'me' }, 'me', resolver)).toBeUndefined();
    const negative = { ...request, paragraphs: [{ ...request.paragraphs[0]!, markers: [{ end: -1, referenceIds: [] }] }] };
    expect(handleMessage(negative, { id: 'me' }, 'me', resolver)).toBeUndefined();
    expect(handleMessage(request, { id: 'someone-else' }, 'me', resolver)).toBeUndefined();
  });
});

describe('the background loading the scanner', () => {
  const resolver = testResolver(replayFetch());

  it('injects it into the tab and frame that asked, and nowhere else', async () => {
    const injected: Array<[number, number]> = [];
    const inject = async (tab: number, frame: number) => (injected.push([tab, frame]), true);
    expect(await handleMessage({ type: 'loadScanner' }, { id: 'me', tab: { id: 7 }, frameId: 0 }, 'me', resolver, inject)).toEqual({
      loaded: true,
    });
    expect(await handleMessage({ type: 'loadScanner' }, { id: 'me' }, 'me', resolver, inject)).toEqual({ loaded: false });
    expect(handleMessage({ type: 'loadScanner' }, { id: 'other', tab: { id: 8 } }, 'me', resolver, inject)).toBeUndefined();
    expect(handleMessage({ type: 'loadScanner', file: '/x.js' }, { id: 'me', tab: { id: 9 } }, 'me', resolver, inject)).toBeUndefined();
    expect(injected).toEqual([[7, 0]]);
  });

  it('injects the card, and only the card file, into the frame that asked for it', async () => {
    const injected: Array<[number, number, string | undefined]> = [];
    const inject = async (tab: number, frame: number, file?: string) => (injected.push([tab, frame, file]), true);
    expect(await handleMessage({ type: 'loadCard' }, { id: 'me', tab: { id: 7 }, frameId: 3 }, 'me', resolver, inject)).toEqual({
      loaded: true,
    });
    expect(handleMessage({ type: 'loadCard', file: '/x.js' }, { id: 'me', tab: { id: 7 } }, 'me', resolver, inject)).toBeUndefined();
    expect(handleMessage({ type: 'loadCard' }, { id: 'other', tab: { id: 7 } }, 'me', resolver, inject)).toBeUndefined();
    expect(injected).toEqual([[7, 3, '/card.js']]);
  });
});

describe('checksByParagraph', () => {
  it('badges only paragraphs whose unmarked claims have a warning', () => {
    const findings = scanPage(parseHtml(seedHtml()));
    const paragraphs = checksByParagraph(findings.claims, {
      summary: '',
      checklist: [],
      claimChecks: [
        { claim: 5, referenceId: 'ref-2', code: 'safety-overreach', severity: 'warning', message: 'm', evidence: 'e' },
        { claim: 9, referenceId: null, code: 'uncited-claim', severity: 'info', message: 'm', evidence: 'e' },
        { claim: 3, referenceId: 'ref-2', code: 'effect-misstated', severity: 'warning', message: 'm', evidence: 'e' },
      ],
    });
    expect([...paragraphs.keys()].map((p) => p.textContent?.slice(0, 30))).toEqual(['The effects were similar to th']);
  });
});
