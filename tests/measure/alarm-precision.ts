/**
 * `npm run measure` (part): how often the claim checks cry wolf. Runs the first written cases
 * (tests/fixtures/evidence-cases) and the written cases in other fields of medicine
 * (tests/fixtures/written-cases), the latter in their two halves: `tune` (rules may be adjusted on
 * them) and `held-out` (fresh cases written by someone who did not read the rules, never tuned on).
 * Per set it prints the share of raised warnings the case expects, the share of expected warnings
 * raised, and the faithful cases that got a warning (every one a false alarm). Per case lines (the
 * warnings raised against those expected) are printed for the tune sets only: reading a held-out
 * case's failure is tuning on it, so its lines appear only with `--all`.
 */
import { CASES_DIR, WRITTEN_CASES_DIR, codesAt, runEvidenceCases, type EvidenceCase } from '../helpers/evidence-cases';

const pct = (n: number, d: number) => (d === 0 ? `– (0/0)` : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);

/** Matches raised warning codes against expected ones, one for one. */
function matched(got: readonly string[], want: readonly string[]): number {
  const left = [...want];
  let hits = 0;
  for (const code of got) {
    const at = left.indexOf(code);
    if (at >= 0) {
      left.splice(at, 1);
      hits += 1;
    }
  }
  return hits;
}

/** How much of a set's per-case detail to print. */
type Detail = 'failures' | 'every case' | 'figures only';

function report(title: string, cases: readonly EvidenceCase[], detail: Detail): void {
  let raised = 0;
  let expected = 0;
  let correct = 0;
  let exact = 0;
  const faithful = cases.filter((c) => c.expected.faithful);
  const fields = new Set(cases.map((c) => c.expected.field ?? 'unstated'));
  console.log(`\n${title}: ${cases.length} cases (${faithful.length} faithful) in ${fields.size} fields`);
  for (const { name, expected: want, report: got } of cases) {
    const codes = codesAt(got, 'warning');
    const hits = matched(codes, want.warnings);
    raised += codes.length;
    expected += want.warnings.length;
    correct += hits;
    const ok = hits === codes.length && hits === want.warnings.length;
    if (ok) exact += 1;
    if (detail === 'every case' || (detail === 'failures' && !ok))
      console.log(
        `  ${ok ? ' ' : '✗'} ${name.padEnd(52)} ${want.faithful ? 'faithful' : '        '} raised [${codes.join(', ')}] expected [${want.warnings.join(', ')}]`,
      );
  }
  const flaggedFaithful = faithful.filter((c) => codesAt(c.report, 'warning').length > 0);
  console.log(`  warnings raised that the case expects / all warnings raised: ${pct(correct, raised)}`);
  console.log(`  expected warnings raised: ${pct(correct, expected)}`);
  console.log(`  faithful cases with a warning: ${pct(flaggedFaithful.length, faithful.length)}`);
  console.log(`  cases with exactly the expected warnings: ${pct(exact, cases.length)}`);
}

function main(): void {
  const all = process.argv.includes('--all');
  const tuneDetail: Detail = all ? 'every case' : 'failures';
  console.log(
    'Alarm precision of the claim checks on written cases (✗: not exactly the expected warnings; per case lines for tune sets only, --all lists every case of every set)',
  );
  report('First written cases (tests/fixtures/evidence-cases, written alongside the rules)', runEvidenceCases(CASES_DIR), tuneDetail);
  const written = runEvidenceCases(WRITTEN_CASES_DIR);
  const tune = written.filter((c) => c.expected.half === 'tune');
  const heldOut = written.filter((c) => c.expected.half === 'held-out');
  report(`Written cases, tune (${tune.length})`, tune, tuneDetail);
  report('Written cases, held-out (fresh cases, never tuned on; figures only)', heldOut, all ? 'every case' : 'figures only');
  // Each fresh set on its own too: the e- set was written after the d- set had been measured.
  for (const prefix of [...new Set(heldOut.map((c) => c.name.slice(0, 2)))].sort())
    report(
      `  held-out set ${prefix}`,
      heldOut.filter((c) => c.name.startsWith(prefix)),
      all ? 'every case' : 'figures only',
    );
}

main();
