/**
 * `npm run measure` (part): claim strength (evidence scheme §5) against labelled sentences.
 *  - causal-language-yu2019 (GPL-3.0, read in place, used only to measure): 3,061 PubMed conclusion
 *    sentences. The word lists were revised while reading its errors, so this is not held out.
 *  - tests/fixtures/claim-strength/labelled-sentences.tsv: conclusion and press-release style
 *    sentences labelled for this project, never used to revise the word lists (the held-out figure).
 * The rules are not fitted; a fitted model is compared with them in claim-strength-model.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { causalStrength } from '../../lib/text/causal-strength';
import { FIXTURES_DIR, SHARED_DIR } from '../helpers/shared-data';
import { evaluate, type Labelled } from './claim-strength-eval';

const NAMES = ['0 no relationship', '1 correlational', '2 conditional causal', '3 direct causal'];

function print(title: string, rows: readonly Labelled[]): void {
  const result = evaluate(rows, causalStrength);
  console.log(`\n${title}: ${rows.length} sentences`);
  result.perClass.forEach((c, i) =>
    console.log(`  ${NAMES[i]!.padEnd(22)} precision ${c.precision.toFixed(2)}  recall ${c.recall.toFixed(2)}  F1 ${c.f1.toFixed(2)}`),
  );
  console.log(`  macro-F1 ${result.macroF1.toFixed(3)}; confusion (rows = label, columns = predicted) ${JSON.stringify(result.confusion)}`);
}

function main(): void {
  const yu = (
    parseCsv(readFileSync(join(SHARED_DIR, 'datasets/causal-language-yu2019/pubmed_causal_language_use.normalized.csv'), 'utf8'), {
      columns: true,
    }) as Array<{ sentence: string; strength: string }>
  ).map((row) => ({ sentence: row.sentence, label: Number(row.strength) }));
  const own = readFileSync(join(FIXTURES_DIR, 'claim-strength/labelled-sentences.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [label, kind, sentence] = line.split('\t');
      return { label: Number(label), kind: kind!, sentence: sentence! };
    });
  console.log('Claim strength (lib/text/causal-strength.ts), macro-F1 over the four classes of the evidence scheme §5');
  print(
    'causal-language-yu2019, PubMed conclusion sentences (word lists revised while reading it: not held out; published BERT model 0.88)',
    yu,
  );
  print('Own labelled sentences, held out: never read to revise the word lists (tests/fixtures/claim-strength)', own);
  print(
    '  of which conclusion sentences of abstracts',
    own.filter((r) => r.kind === 'conclusion'),
  );
  print(
    '  of which press-release style sentences',
    own.filter((r) => r.kind === 'press'),
  );
}

main();
