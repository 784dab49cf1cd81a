import { describe, expect, it } from 'vitest';
import { WRITTEN_CASES_DIR, codesAt, runEvidenceCases } from '../../helpers/evidence-cases';

const cases = runEvidenceCases();

/** Written-case sets that have been tuned on. */
const TUNED_SETS = /^[a-v]-/;

describe('written evidence cases (tests/fixtures/evidence-cases)', () => {
  it('has at least 10 cases, 3 of them faithful', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.expected.faithful).length).toBeGreaterThanOrEqual(3);
  });

  describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, { expected, report }) => {
    it('classifies each source and gives it the expected notes', () => {
      for (const [doi, source] of Object.entries(expected.sources)) {
        const reported = report.sources.find((s) => s.ids.doi === doi);
        expect(reported, doi).toBeDefined();
        expect({ design: reported!.design, level: reported!.level }).toEqual({ design: source.design, level: source.level });
        expect(reported!.notes.map((note) => note.code)).toEqual(expect.arrayContaining(source.notes));
        for (const note of reported!.notes) expect(note.evidence, note.code).not.toBe('');
      }
    });

    it('raises exactly the expected warnings, and the expected notes for information', () => {
      expect(codesAt(report, 'warning')).toEqual([...expected.warnings].sort());
      expect(codesAt(report, 'info')).toEqual(expect.arrayContaining(expected.infos));
      if (expected.faithful) expect(codesAt(report, 'warning')).toEqual([]);
      for (const check of report.claimChecks) expect(check.evidence, check.code).not.toBe('');
    });

    it('answers the checklist and sums the page up', () => {
      expect(report.checklist).toHaveLength(12);
      for (const [criterion, answer] of Object.entries(expected.checklist ?? {}))
        expect(report.checklist.find((item) => item.criterion === criterion)?.answer, criterion).toBe(answer);
      if (expected.summary) expect(report.summary).toBe(expected.summary);
    });
  });
});

describe('written cases in other fields of medicine (tests/fixtures/written-cases)', () => {
  const written = runEvidenceCases(WRITTEN_CASES_DIR);

  it('has at least 90 cases to tune on, 40 faithful, in at least 20 fields, held-out cases only from a fresh set, and every case says its half', () => {
    const tune = written.filter((c) => c.expected.half === 'tune');
    expect(tune.length).toBeGreaterThanOrEqual(90);
    expect(tune.filter((c) => c.expected.faithful).length).toBeGreaterThanOrEqual(40);
    expect(new Set(tune.map((c) => c.expected.field)).size).toBeGreaterThanOrEqual(20);
    // The sets TUNED_SETS names have been measured and tuned on: none of them can be held out again.
    for (const { name } of written.filter((c) => c.expected.half === 'held-out')) expect(name, name).not.toMatch(TUNED_SETS);
    for (const { name, expected } of written) expect(expected.half, name).toBeDefined();
  });

  it('gives every check it raises its evidence', () => {
    for (const { report } of written) for (const check of report.claimChecks) expect(check.evidence, check.code).not.toBe('');
  });
});
