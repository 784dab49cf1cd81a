import { describe, expect, it } from 'vitest';
import { NO_LOOKUPS, pageVerdict, withPageRetries } from '../../../lib/popup/page-verdict';
import { topWarnings } from '../../../lib/popup/top-warnings';
import { groupSources } from '../../../lib/popup/source-groups';
import type { PageEvaluationResponse } from '../../../lib/shared/messages';
import { makeClaim, makeReference, makeReport, resolvedResult, unavailableResult } from '../../helpers/page-report';

const evaluation = (claimChecks: PageEvaluationResponse['claimChecks'] = []): PageEvaluationResponse => ({
  claimChecks,
  checklist: [],
  summary: '',
});

/** A cardiology page whose two trials both failed to answer, with three claims, two citing them. */
const offlinePage = makeReport({
  references: [
    makeReference({ id: 'r1', number: 1, keys: ['doi:10.1056/nejmoa1'], result: unavailableResult('doi:10.1056/nejmoa1') }),
    makeReference({ id: 'r2', number: 2, keys: ['pmid:123'], result: unavailableResult('pmid:123') }),
  ],
  claims: [
    makeClaim('A trial found statins cut strokes by 20%.', ['r1']),
    makeClaim('Another trial agreed.', ['r2']),
    makeClaim('Uncited study.'),
  ],
  evaluation: evaluation(),
});

describe('pageVerdict', () => {
  it('counts no claim as clean when no source could be checked: every one is "not checked", with why', () => {
    const verdict = pageVerdict(offlinePage);
    expect(verdict).toMatchObject({ works: 2, resolved: 0, withIssues: 0, clean: 0, unresolved: { unavailable: 2 } });
    expect(verdict.unchecked).toEqual({ unavailable: 2, 'no-citation': 1 });
    expect(verdict.retrying).toBe(false);
  });

  it('says "retrying" while the popup asks again, for the sources and the claims that cite them', () => {
    const verdict = pageVerdict(offlinePage, { results: new Map(), retrying: new Set(['doi:10.1056/nejmoa1', 'pmid:123']) });
    expect(verdict.retrying).toBe(true);
    expect(verdict.unresolved).toEqual({ retrying: 2 });
    expect(verdict.unchecked).toEqual({ retrying: 2, 'no-citation': 1 });
  });

  it('says "retrying" for unanswered sources and their claims while the page retries, even after the popup’s own try failed', () => {
    const failedOwnTry = { results: new Map([['pmid:123', unavailableResult('pmid:123')]]), retrying: new Set<string>() };
    const verdict = pageVerdict(offlinePage, withPageRetries(offlinePage, failedOwnTry, true));
    expect(verdict.unresolved).toEqual({ retrying: 2 });
    expect(verdict.unchecked).toEqual({ retrying: 2, 'no-citation': 1 });
    expect(pageVerdict(offlinePage, withPageRetries(offlinePage, failedOwnTry, false)).unchecked).toEqual({
      unavailable: 2,
      'no-citation': 1,
    });
  });

  it('counts a claim clean only when checked against a resolved source without warning; a warning counts wherever it is', () => {
    // A dermatology page: one source resolved, one not; one claim warned, one clean, one unchecked.
    const page = makeReport({
      references: [
        makeReference({ id: 'a', number: 1, keys: ['pmid:1'], result: resolvedResult('pmid:1') }),
        makeReference({
          id: 'b',
          number: 2,
          keys: ['pmid:2'],
          result: { key: 'pmid:2', state: 'not-found', record: null, assessment: null },
        }),
        makeReference({ id: 'c', number: 3, text: 'Short form', sameAs: 'a', keys: ['pmid:1'], result: resolvedResult('pmid:1') }),
      ],
      claims: [
        makeClaim('Retinoid cream cleared acne in 8 weeks.', ['a']),
        makeClaim('It is a breakthrough.', ['b']),
        makeClaim('A study said so.', ['b']),
      ],
      evaluation: evaluation([
        { claim: 1, referenceId: null, code: 'hype-language', severity: 'warning', message: 'm', evidence: 'e' },
        { claim: 0, referenceId: 'a', code: 'relative-only', severity: 'info', message: 'm', evidence: 'e' },
      ]),
    });
    const verdict = pageVerdict(page);
    expect(verdict).toMatchObject({ works: 2, resolved: 1, withIssues: 1, clean: 1, unresolved: { 'not-found': 1 } });
    expect(verdict.unchecked).toEqual({ 'not-found': 1 });
  });

  it('takes the popup’s own fresher answer over the page’s', () => {
    const verdict = pageVerdict(offlinePage, { results: new Map([['pmid:123', resolvedResult('pmid:123')]]), retrying: new Set() });
    expect(verdict).toMatchObject({ resolved: 1, clean: 1, unresolved: { unavailable: 1 } });
  });

  it('says claims are not checked yet while the page has not been evaluated', () => {
    const page = {
      ...offlinePage,
      status: 'resolving' as const,
      evaluation: null,
      references: [makeReference({ id: 'r1', keys: ['pmid:9'] })],
    };
    expect(pageVerdict(page).unchecked).toEqual({ pending: 3 });
  });
});

describe('topWarnings and groupSources', () => {
  const retraction = { type: 'retraction' as const, date: null, noticeDoi: null, source: 'Crossref' };
  const page = makeReport({
    references: [
      makeReference({ id: 'a', number: 1, keys: ['pmid:1'], result: resolvedResult('pmid:1', { notices: [retraction] }) }),
      makeReference({ id: 'b', number: 2, keys: ['pmid:2'], result: resolvedResult('pmid:2', {}, 'in-vitro') }),
      makeReference({ id: 'c', number: 3, keys: [] }),
    ],
    claims: [makeClaim('One.', ['a']), makeClaim('Two.', ['b']), makeClaim('Three.', ['b'])],
    evaluation: evaluation([
      { claim: 0, referenceId: 'a', code: 'sample-size-mismatch', severity: 'warning', message: 'm0', evidence: 'e' },
      { claim: 0, referenceId: 'a', code: 'duration-mismatch', severity: 'warning', message: 'm0b', evidence: 'e' },
      { claim: 1, referenceId: 'b', code: 'relative-only', severity: 'info', message: 'm1', evidence: 'e' },
      { claim: 2, referenceId: 'b', code: 'population-mismatch', severity: 'warning', message: 'm2', evidence: 'e' },
    ]),
  });

  it('put a retracted source first, then one warning per claim, never an info note', () => {
    const shown = topWarnings(page, NO_LOOKUPS).map((w) => (w.kind === 'claim' ? `${w.claim}:${w.code}` : `retracted:${w.referenceId}`));
    expect(shown).toEqual(['retracted:a', '0:sample-size-mismatch', '2:population-mismatch']);
    expect(topWarnings(page, NO_LOOKUPS, 2)).toHaveLength(2);
  });

  it('group sources strongest first and the unresolved last', () => {
    expect(groupSources(page, NO_LOOKUPS).map((g) => [g.key, g.references.map((r) => r.id)])).toEqual([
      ['2', ['a']],
      ['preclinical', ['b']],
      ['unresolved', ['c']],
    ]);
  });
});
