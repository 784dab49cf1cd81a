/**
 * `npm run measure` (part): how often the claim checks cry wolf. Runs the written cases in
 * tests/fixtures/evidence-cases and prints, per case, the warnings raised against those expected,
 * then the precision and recall of warnings, and the warnings on the faithful cases (all false alarms).
 */
import { codesAt, runEvidenceCases } from '../helpers/evidence-cases';

const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}% (${n}/${d})`;

function main(): void {
  const cases = runEvidenceCases();
  let raised = 0;
  let expected = 0;
  let correct = 0;
  let faithfulClaims = 0;
  let faithfulWarnings = 0;
  console.log(`Alarm precision on the written cases (tests/fixtures/evidence-cases, ${cases.length} cases)`);
  for (const { name, expected: want, report } of cases) {
    const got = codesAt(report, 'warning');
    const left = [...want.warnings];
    let hits = 0;
    for (const code of got) {
      const at = left.indexOf(code);
      if (at >= 0) {
        left.splice(at, 1);
        hits += 1;
      }
    }
    raised += got.length;
    expected += want.warnings.length;
    correct += hits;
    if (want.faithful) {
      faithfulClaims += report.claims.length;
      faithfulWarnings += got.length;
    }
    console.log(
      `  ${name.padEnd(42)} ${want.faithful ? 'faithful ' : '         '} warnings raised [${got.join(', ')}] expected [${want.warnings.join(', ')}]`,
    );
  }
  console.log(`  precision of warnings (raised and expected / raised): ${pct(correct, raised)}`);
  console.log(`  recall of warnings (raised and expected / expected): ${pct(correct, expected)}`);
  console.log(
    `  faithful cases: ${cases.filter((c) => c.expected.faithful).length}, ${faithfulClaims} claims, ${faithfulWarnings} warnings (every one a false alarm)`,
  );
}

main();
