import { describe, expect, it } from 'vitest';
import { checkClaims, type CheckedClaim, type CheckedSource } from '../../../lib/evidence/claim-checks';
import { checkCommand } from '../../../lib/cli/check-command';
import { CheckReportSchema } from '../../../lib/cli/check-report';
import { classifyDesign } from '../../../lib/evidence/classify-design';
import { assessSource } from '../../../lib/evidence/source-notes';
import type { SourceRecord } from '../../../lib/shared/source-record';
import { checkedClaim } from '../../helpers/checked-claim';
import { FIXTURES_DIR, SHARED_DIR, readFixture } from '../../helpers/shared-data';
import { join } from 'node:path';

const seed = JSON.parse(readFixture('seed/records.json')) as SourceRecord[];
const source = (record: SourceRecord, referenceIds: string[]): CheckedSource => {
  const { design } = classifyDesign(record);
  return { referenceIds, record, design, facts: assessSource(record, design).facts };
};
const oki = source(seed[1]!, ['ref-2', 'ref-3']);
const claim = (over: Partial<CheckedClaim>): CheckedClaim => checkedClaim({ referenceIds: ['ref-2'], ...over });

describe('lens check on the seed article (shared/seed/sources.md)', () => {
  it('produces the checks a careful reader would want, each with evidence', async () => {
    const report = JSON.parse(
      await checkCommand(join(SHARED_DIR, 'seed/greenmedinfo-als-b12.html'), {
        offline: true,
        recordsFile: join(FIXTURES_DIR, 'seed/records.json'),
        json: true,
      }),
    );
    const byClaim = (start: string) =>
      report.claimChecks
        .filter((c: { claim: number }) => report.claims[c.claim].text.startsWith(start))
        .map((c: { code: string }) => c.code);
    expect(byClaim('After 16 weeks')).toEqual(expect.arrayContaining(['effect-misstated', 'relative-only']));
    expect(byClaim('After 16 weeks')).not.toContain('duration-mismatch');
    expect(byClaim('The study divided 130')).toEqual([]);
    expect(byClaim('The effects were similar')).toEqual(['contradicts-source']);
    expect(byClaim('Methylcobalamin was also well-tolerated')).toEqual(['safety-overreach']);
    expect(byClaim('This modified form of vitamin B12')).toEqual(expect.arrayContaining(['population-mismatch']));
    expect(byClaim('But these exciting results suggest readily supplementing')).toEqual(['intervention-mismatch']);
    expect(byClaim('A randomized trial in Japan')).toEqual(['hype-language']);
    expect(byClaim('Whereas FDA-approved treatments')).toEqual([]);
    // Each safety statement is judged on the study it cites or names: the paragraph's →4, the lead author's JETALS.
    const safetyOf = (start: string) =>
      report.claimChecks.find(
        (c: { code: string; claim: number }) => c.code === 'safety-overreach' && report.claims[c.claim].text.startsWith(start),
      );
    expect(safetyOf('Methylcobalamin was also well-tolerated').evidence).toContain('Source: 373 people over about 182 weeks');
    expect(safetyOf('Lead author Dr. Ryosuke Oki').evidence).toContain('Source: 130 people over about 16 weeks');
    for (const check of report.claimChecks) expect(check.evidence.length).toBeGreaterThan(10);
    // The report follows the shape of CheckReportSchema, the schema `lens schema` prints.
    expect(CheckReportSchema.safeParse(report).success).toBe(true);
    expect(report.summary).toBe(
      '5 references to 4 works: 2 RCTs, 1 secondary analysis, 1 in vitro; 11 claims: 9 checked against their sources, 7 with issues; 2 not checked (no source cited)',
    );
    const answers = Object.fromEntries(report.checklist.map((i: { criterion: string; answer: string }) => [i.criterion, i.answer]));
    expect(answers).toEqual({
      'sources-cited': 'yes',
      'primary-sources-linked': 'yes',
      'benefit-quantified-absolute': 'no',
      'harms-mentioned': 'no',
      'costs-mentioned': 'no',
      'evidence-quality-discussed': 'yes',
      'alternatives-mentioned': 'yes',
      'conflicts-disclosed': 'no',
      'author-named': 'no',
      'date-shown': 'no',
      'disclaimer-present': 'yes',
      'sensational-language': 'yes',
    });
    const sensational = report.checklist.find((i: { criterion: string }) => i.criterion === 'sensational-language');
    expect(sensational.evidence).toContain('Glimmer of Hope');
    expect(sensational.evidence).toContain('long sought after');
  });

  it('finds the same checks in the text form of the article', async () => {
    const report = JSON.parse(
      await checkCommand(join(SHARED_DIR, 'seed/greenmedinfo-als-b12.txt'), {
        offline: true,
        recordsFile: join(FIXTURES_DIR, 'seed/records.json'),
        json: true,
      }),
    );
    expect(report.claimChecks.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining([
        'effect-misstated',
        'contradicts-source',
        'safety-overreach',
        'population-mismatch',
        'intervention-mismatch',
      ]),
    );
  });
});

describe('checkClaims', () => {
  // A lung-cancer page that never names the marker its trial enrolled by: the page drops it once, not once per sentence.
  it('tells a marker subgroup the page never names once per source, on its first claim', () => {
    const record = {
      ...seed[1]!,
      title: 'Zavortinib in EGFR exon 20 insertion-positive non-small-cell lung cancer',
      abstract: 'Methods: 356 patients were randomly assigned.',
    };
    const trial = { referenceIds: ['ref-1'], record, design: 'rct' as const, facts: assessSource(record, 'rct').facts };
    const claims = [
      checkedClaim({
        text: 'The trial enrolled 356 people with advanced lung cancer.',
        referenceIds: ['ref-1'],
        participants: 356,
        strength: 0,
      }),
      checkedClaim({ text: 'Patients on the drug lived 7.9 months without their cancer growing.', referenceIds: ['ref-1'], strength: 1 }),
    ];
    const found = checkClaims(claims, [trial]).filter((c) => c.code === 'population-mismatch');
    expect(found.map((c) => c.claim)).toEqual([0]);
  });

  // A smoking-cessation app that did not raise quit rates, told as one that helped: the reader is told the source found no effect, not "a link".
  it('names a null conclusion as no effect found, and a cautious one as a link', () => {
    const run = (conclusion: string) => {
      const record = {
        ...seed[1]!,
        title: 'A quit-smoking app: a randomised trial',
        abstract: `Methods: 2,240 smokers were randomly assigned. Conclusions: ${conclusion}`,
      };
      const trial = { referenceIds: ['ref-1'], record, design: 'rct' as const, facts: assessSource(record, 'rct').facts };
      const found = checkClaims(
        [checkedClaim({ text: 'Using the app helped smokers quit.', referenceIds: ['ref-1'], strength: 3 })],
        [trial],
      );
      return found.find((c) => c.code === 'exaggeration')?.message;
    };
    expect(run('The app did not significantly increase verified abstinence at 6 months.')).toMatch(/\(that no effect was found\)/);
    expect(run('Use of the app was associated with higher abstinence at 6 months.')).toMatch(/\(a link\)/);
  });

  // A melatonin page: "the study shows melatonin is completely safe" names the study itself and is read beside the finding before it too.
  it('tells a claim of safety once when it is checked on its own and also read beside the cited finding', () => {
    const record = {
      ...seed[1]!,
      title: 'Melatonin for sleep in children with ADHD: a randomised trial',
      abstract:
        'Methods: 60 children were randomly assigned to melatonin or placebo for 8 weeks. Conclusions: Melatonin improved sleep onset.',
    };
    const trial = { referenceIds: ['ref-1'], record, design: 'rct' as const, facts: assessSource(record, 'rct').facts };
    const safe = 'The study shows melatonin is completely safe for children.';
    const claims = [
      checkedClaim({
        text: 'In a trial of 60 children with ADHD, melatonin helped them fall asleep sooner.',
        referenceIds: ['ref-1'],
        participants: 60,
        strength: 3,
        nearby: [{ text: safe, paragraph: safe, strength: 0 }],
      }),
      checkedClaim({ text: safe, referenceIds: ['ref-1'], safety: true }),
    ];
    const safety = checkClaims(claims, [trial]).filter((c) => c.code === 'safety-overreach');
    expect(safety.map((c) => c.claim)).toEqual([1]);
  });

  // A sports-cardiology page saying twice that endurance training "causes" the arrhythmia its cohort only linked it with.
  it('tells an overreached cause of one cohort once, and the later claim gets no exaggeration instead', () => {
    const record = {
      ...seed[1]!,
      title: 'Lifetime endurance training and atrial fibrillation: a cohort study',
      abstract:
        'Methods: In this prospective cohort, 4,210 adults were followed for 9 years. Conclusions: More endurance training was associated with a higher risk of atrial fibrillation.',
    };
    const cohort = { referenceIds: ['ref-1'], record, design: 'cohort' as const, facts: assessSource(record, 'cohort').facts };
    const claims = [
      checkedClaim({ text: 'Years of endurance training cause atrial fibrillation.', referenceIds: ['ref-1'], strength: 3 }),
      checkedClaim({
        text: 'Marathons nearly double the risk, the cohort study of 4,210 adults found.',
        referenceIds: ['ref-1'],
        participants: 4210,
        strength: 3,
      }),
    ];
    const codes = checkClaims(claims, [cohort])
      .filter((c) => c.severity === 'warning')
      .map((c) => [c.claim, c.code]);
    expect(codes).toEqual([[0, 'causal-overreach']]);
  });

  // An AI energy report: "doubled every 3.4 months" is no treatment effect; on a health page a claim is checked as ever.
  it('checks no claim off health on a page that does not read as health, but checks a health claim there', () => {
    const power = checkedClaim({
      text: 'The computing power required has doubled roughly every 3.4 months.',
      referenceIds: [],
      citedBy: 'none',
      effects: [{ text: 'doubled', value: 2, unit: 'fold', relative: true }],
      strength: 3,
    });
    const drug = checkedClaim({
      text: 'The drug cut heart attacks by 23%.',
      referenceIds: [],
      citedBy: 'none',
      effects: [{ text: 'by 23%', value: 23, unit: '%', relative: true }],
      strength: 3,
    });
    expect(checkClaims([power, drug], [], { aboutHealth: false }).map((c) => c.claim)).toEqual(expect.arrayContaining([1]));
    expect(checkClaims([power, drug], [], { aboutHealth: false }).map((c) => c.claim)).not.toContain(0);
    expect(checkClaims([power, drug], []).map((c) => c.claim)).toContain(0);
  });

  // An Annals article page: its own Results cite nothing, and are no unsourced claim; on a news page they are.
  it('tells a scholarly article’s own results no "uncited claim"', () => {
    const own = checkedClaim({
      text: 'Turning 65 was associated with a 17% rise in influenza vaccination.',
      referenceIds: [],
      citedBy: 'none',
      effects: [{ text: '17%', value: 17, unit: '%', relative: true }],
      strength: 1,
    });
    expect(checkClaims([own], [], { scholarlyArticle: true }).map((c) => c.code)).not.toContain('uncited-claim');
    expect(checkClaims([own], []).map((c) => c.code)).toContain('uncited-claim');
  });

  it('still checks a claim off health that cites a resolved study, whatever the page’s vocabulary', () => {
    const lenses = claim({ text: 'In the trial, 999 children wore the special lenses for two years.', participants: 999, strength: 0 });
    const codes = checkClaims([lenses], [oki], { aboutHealth: false }).map((c) => c.code);
    expect(codes).toContain('sample-size-mismatch');
  });

  it('raises no warning on claims that report the trial faithfully', () => {
    const faithful = [
      claim({
        text: 'A randomized trial of 130 patients with early ALS found that methylcobalamin injections slowed decline in a disability score over 16 weeks.',
        design: 'rct',
        participants: 130,
        duration: { value: 16, unit: 'week' },
        dose: { route: 'injections', amount: null, unit: null },
        strength: 3,
      }),
      claim({ text: 'Scores fell by 2.66 points with methylcobalamin and 4.63 with placebo.', effects: [] }),
      claim({ text: 'Side effects were similar in both groups during the 16 weeks.', safety: true }),
    ];
    expect(checkClaims(faithful, [oki]).filter((c) => c.severity === 'warning')).toEqual([]);
  });

  it('flags a wrong head count and a wrong duration, quoting the source', () => {
    const checks = checkClaims(
      [claim({ text: 'A trial of 300 patients over 6 months.', participants: 300, duration: { value: 6, unit: 'month' } })],
      [oki],
    );
    expect(checks.map((c) => [c.code, c.evidence])).toEqual([
      ['sample-size-mismatch', 'Source: 130 participants'],
      ['duration-mismatch', 'Source: about 16 weeks'],
    ]);
  });

  it('flags a study result with no citation', () => {
    const checks = checkClaims(
      [claim({ text: 'In one study, 46 adults slept longer.', referenceIds: [], citedBy: 'none', participants: 46 })],
      [],
    );
    expect(checks.map((c) => c.code)).toEqual(['uncited-claim']);
  });
});
