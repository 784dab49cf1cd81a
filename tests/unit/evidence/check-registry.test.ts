import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaims, type CheckedSource } from '../../../lib/evidence/claim-checks';
import { CHECKS, SILENCED_BY } from '../../../lib/evidence/checks/registry';
import { CHECK_LABELS } from '../../../lib/evidence/labels';
import { assessSource } from '../../../lib/evidence/source-notes';
import { emptyRecord } from '../../../lib/shared/source-record';
import { checkedClaim } from '../../helpers/checked-claim';
import { PROJECT_ROOT } from '../../helpers/project-root';
import { CHECK_CASES, type CheckCase } from './check-cases';

const README = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const SCHEME = readFileSync(join(PROJECT_ROOT, 'docs/evidence-scheme.md'), 'utf8');

function run(testCase: CheckCase): string[] {
  const sources: CheckedSource[] = testCase.source
    ? [
        {
          referenceIds: ['ref-1'],
          design: testCase.source.design,
          record: emptyRecord(testCase.source.record),
          facts: assessSource(emptyRecord(testCase.source.record), testCase.source.design).facts,
        },
      ]
    : [];
  const claims = [...(testCase.before ?? []), testCase.claim].map((claim) => checkedClaim({ paragraph: claim.text ?? '', ...claim }));
  const last = claims.length - 1;
  return checkClaims(claims, sources)
    .filter((check) => check.claim === last)
    .map((check) => check.code);
}

describe('the registry of claim checks', () => {
  it('has one check per code, each with a label, a README row and a place in the evidence scheme', () => {
    const codes = CHECKS.map((check) => check.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(CHECK_LABELS).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(README, code).toMatch(new RegExp(String.raw`^\| \`${code}\` +\|`, 'm'));
      expect(SCHEME, code).toContain(`\`${code}\``);
    }
  });

  it('names only registered checks in its suppression data', () => {
    const codes = new Set(CHECKS.map((check) => check.code));
    for (const [silenced, by] of Object.entries(SILENCED_BY)) {
      expect(codes.has(silenced as never), silenced).toBe(true);
      for (const code of by) expect(codes.has(code), code).toBe(true);
    }
  });

  it('has two flagged cases and two faithful twins for every check, in more than one field of medicine', () => {
    for (const check of CHECKS) {
      const cases = CHECK_CASES[check.code];
      expect(cases.filter((c) => c.flagged).length, check.code).toBeGreaterThanOrEqual(2);
      expect(cases.filter((c) => !c.flagged).length, check.code).toBeGreaterThanOrEqual(2);
      expect(new Set(cases.filter((c) => c.flagged).map((c) => c.field)).size, check.code).toBeGreaterThanOrEqual(2);
      expect(new Set(cases.filter((c) => !c.flagged).map((c) => c.field)).size, check.code).toBeGreaterThanOrEqual(2);
    }
  });

  describe.each(CHECKS.map((check) => [check.code] as const))('%s', (code) => {
    it.each(CHECK_CASES[code].map((c) => [c.flagged ? 'flags' : 'stays quiet on', c.field, c.claim.text ?? '', c] as const))(
      '%s (%s) “%s”',
      (_verb, _field, _text, testCase) => {
        if (testCase.flagged) expect(run(testCase)).toContain(code);
        else expect(run(testCase)).not.toContain(code);
      },
    );
  });

  it('keeps English wording out of the logic: every message key a check returns has wording', () => {
    for (const check of CHECKS) expect(Object.keys(check.wording).length, check.code).toBeGreaterThan(0);
  });
});
