import { describe, expect, it } from 'vitest';
import type { ClaimCheck } from '../../../lib/evidence/claim-checks';
import { claimStandings, pageSummary, UNCHECKED_REASONS, type ClaimStanding } from '../../../lib/evidence/page-summary';

const warning = (claim: number): ClaimCheck => ({
  claim,
  referenceId: null,
  code: 'hype-language',
  severity: 'warning',
  message: '',
  evidence: '',
});
const info = (claim: number): ClaimCheck => ({
  claim,
  referenceId: null,
  code: 'relative-only',
  severity: 'info',
  message: '',
  evidence: '',
});
const standings = (...list: ClaimStanding[]) => list;

describe('claimStandings', () => {
  const works = [
    { referenceIds: ['ref-1'], state: 'resolved' as const },
    { referenceIds: ['ref-2', 'ref-3'], state: 'unavailable' as const },
    { referenceIds: ['ref-4'], state: 'not-found' as const },
    { referenceIds: ['ref-5'], state: null },
  ];
  const claims = [['ref-1'], ['ref-3'], ['ref-4'], ['ref-5'], [], ['ref-9'], ['ref-3', 'ref-4']].map((referenceIds) => ({ referenceIds }));

  it('calls a claim checked only when it met a resolved source, else says why not', () => {
    expect(claimStandings(claims, works, [true, false, false, false, false, false, false])).toEqual([
      'checked',
      'unavailable',
      'not-resolved',
      'not-resolved',
      'no-source',
      'not-resolved',
      'unavailable',
    ]);
  });

  it('counts an uncited claim that named a resolved source as checked', () => {
    expect(claimStandings([{ referenceIds: [] }], works, [true])).toEqual(['checked']);
  });

  it('names every reason in plain words', () => {
    expect(Object.values(UNCHECKED_REASONS).every((words) => /^[a-z ]+$/.test(words))).toBe(true);
  });
});

describe('pageSummary', () => {
  it('says how many claims were checked against their sources, and why the others were not (ALS seed)', () => {
    expect(
      pageSummary({
        referenceCount: 5,
        designs: ['secondary-analysis', 'rct', 'rct', 'in-vitro'],
        retracted: 0,
        claims: standings(...Array<ClaimStanding>(9).fill('checked'), 'no-source', 'no-source'),
        claimChecks: [warning(1), info(1), info(3)],
      }),
    ).toBe(
      '5 references to 4 works: 2 RCTs, 1 secondary analysis, 1 in vitro; 11 claims: 9 checked against their sources, 1 with issues; 2 not checked (no source cited)',
    );
  });

  it('never says "0 with issues" when no claim met a source: services down for a cardiology page', () => {
    const line = pageSummary({
      referenceCount: 8,
      designs: Array(8).fill(null),
      retracted: 0,
      claims: standings('unavailable', 'unavailable', 'not-resolved', 'no-source'),
      claimChecks: [info(0)],
    });
    expect(line).toBe(
      '8 sources: 8 not resolved; 4 claims: none checked against a source; 4 not checked (2 service unavailable, 1 source not resolved, 1 no source cited)',
    );
    expect(line).not.toMatch(/\b0 with issues|no issues|none with issues/);
  });

  it('still counts warnings read from the page alone when nothing could be checked', () => {
    expect(
      pageSummary({
        referenceCount: 1,
        designs: [null],
        retracted: 0,
        claims: standings('unavailable', 'unavailable'),
        claimChecks: [warning(1)],
      }),
    ).toBe('1 source: 1 not resolved; 2 claims: none checked against a source, 1 with issues; 2 not checked (service unavailable)');
  });

  it('says "none with issues" only of claims that were checked: the oncology twin whose sources resolved', () => {
    expect(
      pageSummary({
        referenceCount: 2,
        designs: ['rct', 'cohort'],
        retracted: 0,
        claims: standings('checked', 'checked', 'checked'),
        claimChecks: [info(2)],
      }),
    ).toBe('2 sources: 1 RCT, 1 observational study; 3 claims: all checked against their sources, none with issues');
    expect(
      pageSummary({
        referenceCount: 2,
        designs: ['rct', null],
        retracted: 1,
        claims: standings('checked', 'not-resolved'),
        claimChecks: [],
      }),
    ).toBe(
      '2 sources: 1 RCT, 1 not resolved, 1 retracted; 2 claims: 1 checked against their sources, no issues; 1 not checked (source not resolved)',
    );
  });

  it('says when a page reports no study at all', () => {
    expect(pageSummary({ referenceCount: 0, designs: [], retracted: 0, claims: [], claimChecks: [] })).toBe(
      'No sources cited; no claims about studies',
    );
  });
});
