import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../../lib/background/handle-message';
import { checksByParagraph } from '../../../lib/content/claim-check-views';
import { evaluationRequest } from '../../../lib/content/evaluation-request';
import { scanPage } from '../../../lib/scanner/scan-page';
import { EvaluatePageRequestSchema, PageEvaluationSchema } from '../../../lib/shared/messages';
import { replayFetch } from '../../helpers/api-replay';
import { parseHtml } from '../../helpers/dom';
import { readShared } from '../../helpers/shared-data';
import { testResolver } from '../../helpers/test-resolver';

const seed = () => scanPage(parseHtml(readShared('seed/greenmedinfo-als-b12.html')));

describe('evaluationRequest', () => {
  it('sends the seed as 4 works (the short form joins its entry), 11 claims and the page signals, within the schema', () => {
    const request = evaluationRequest(seed(), new Map());
    expect(EvaluatePageRequestSchema.safeParse(request).success).toBe(true);
    expect(request.works).toEqual([
      { referenceIds: ['ref-1'], keys: ['doi:10.1016/s1474-4422(18)30054-1'] },
      { referenceIds: ['ref-2', 'ref-3'], keys: ['doi:10.1001/jamaneurol.2022.0901'] },
      { referenceIds: ['ref-4'], keys: ['doi:10.1136/jnnp-2018-319294'] },
      { referenceIds: ['ref-5'], keys: ['doi:10.1016/j.freeradbiomed.2009.04.023'] },
    ]);
    expect(request.markerCount).toBe(5);
    expect(request.references.map((r) => r.identified)).toEqual([true, true, false, true, true]);
  });

  it('keeps a page of huge paragraphs within the limits the background accepts', () => {
    const findings = seed();
    findings.claims[0]!.element!.textContent = 'word '.repeat(5000);
    expect(EvaluatePageRequestSchema.safeParse(evaluationRequest(findings, new Map())).success).toBe(true);
  });
});

describe('the background answering evaluatePage', () => {
  it('checks the seed against its sources and answers the checklist', async () => {
    const answer = await handleMessage(evaluationRequest(seed(), new Map()), { id: 'me' }, 'me', testResolver(replayFetch()));
    const evaluation = PageEvaluationSchema.parse(answer);
    expect(evaluation.summary).toBe('5 references to 4 works: 2 RCTs, 1 secondary analysis, 1 in vitro; 11 claims checked, 7 with issues');
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
  });

  it('ignores malformed or oversized requests', () => {
    const resolver = testResolver(replayFetch());
    const request = evaluationRequest(seed(), new Map());
    expect(handleMessage({ ...request, extra: 1 }, { id: 'me' }, 'me', resolver)).toBeUndefined();
    expect(
      handleMessage({ ...request, works: [{ referenceIds: ['r'], keys: ['http://evil'] }] }, { id: 'me' }, 'me', resolver),
    ).toBeUndefined();
    const long = { ...request, claims: [{ ...request.claims[0]!, text: 'x'.repeat(1001) }] };
    expect(handleMessage(long, { id: 'me' }, 'me', resolver)).toBeUndefined();
    expect(handleMessage(request, { id: 'someone-else' }, 'me', resolver)).toBeUndefined();
  });
});

describe('checksByParagraph', () => {
  it('badges only paragraphs whose unmarked claims have a warning', () => {
    const findings = seed();
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
