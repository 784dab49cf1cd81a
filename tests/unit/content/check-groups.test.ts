import { describe, expect, it } from 'vitest';
import { groupChecksByClaim, sourceWords } from '../../../lib/content/check-groups';
import type { CheckView } from '../../../lib/content/claim-check-views';

const check = (claimText: string, code: string, severity: CheckView['severity'], over: Partial<CheckView> = {}): CheckView => ({
  claimText,
  code,
  severity,
  message: `${code} message`,
  evidence: `Page: “${claimText}”`,
  sourceName: null,
  ...over,
});

describe('groupChecksByClaim', () => {
  const als = 'Patients who took methylcobalamin kept over 40% more functional abilities.';
  it('quotes a claim checked three times once, with its three checks, warnings first', () => {
    const groups = groupChecksByClaim([
      check(als, 'relative-only', 'info'),
      check(als, 'effect-misstated', 'warning', { sourceName: 'Oki et al., 2022' }),
      check(als, 'causal-overreach', 'warning', { sourceName: 'Oki et al., 2022' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.claimText).toBe(als);
    expect(groups[0]!.checks.map((c) => c.code)).toEqual(['effect-misstated', 'causal-overreach', 'relative-only']);
    expect(groups[0]!.sources).toEqual(['Oki et al., 2022']);
  });

  it('keeps two claims of a cardiology paragraph apart, the one with a warning first', () => {
    const statin = 'Statins lowered LDL cholesterol by 38% in the trial.';
    const aspirin = 'Aspirin cut heart attacks in 22,071 physicians.';
    const groups = groupChecksByClaim([check(statin, 'relative-only', 'info'), check(aspirin, 'sample-size-mismatch', 'warning')]);
    expect(groups.map((g) => g.claimText)).toEqual([aspirin, statin]);
    expect(groups.map((g) => g.checks.length)).toEqual([1, 1]);
  });
});

describe('sourceWords', () => {
  it('drops the parts that quote the page and keeps the source’s', () => {
    expect(
      sourceWords(
        'Page: “over 40% more functional abilities”; source: “a slower decline; 43% smaller” but “least-squares mean change in ALSFRS-R total score”',
      ),
    ).toBe('source: “a slower decline; 43% smaller” but “least-squares mean change in ALSFRS-R total score”');
    expect(sourceWords('Source design: rct; page: “Methylcobalamin cures ALS”')).toBe('Source design: rct');
    expect(sourceWords('Page: “The supplement is a miracle”')).toBe('');
  });

  it('keeps a source quote that itself mentions a page, as in a dermatology abstract', () => {
    expect(sourceWords('Source: “lesion counts on page 4 of the supplement fell”; page: “Acne cleared in 12 weeks”')).toBe(
      'Source: “lesion counts on page 4 of the supplement fell”',
    );
  });
});
