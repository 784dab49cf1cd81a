/**
 * `npm run measure` (part): would a small fitted model beat the rules at claim strength? A softmax
 * (multinomial logistic) regression over the rules' own answer and the word classes they read
 * (`strengthFeatures`), fitted only on this project's labelled sentences, never on Yu 2019 (GPL-3.0:
 * measure only). Reported: 5-fold cross-validated macro-F1 of model and rules on the same folds, and
 * the model fitted on all own sentences, measured on Yu 2019 (held out for the model). Nothing ships
 * unless the model wins held out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { causalStrength, strengthFeatures } from '../../lib/text/causal-strength';
import { FIXTURES_DIR, SHARED_DIR } from '../helpers/shared-data';
import { evaluate } from './claim-strength-eval';

const CLASSES = 4;
const EPOCHS = 400;
const LEARNING_RATE = 0.5;
const L2 = 0.001;
const FOLDS = 5;

interface Row {
  sentence: string;
  label: number;
}

function features(sentence: string): number[] {
  const rule = causalStrength(sentence);
  return [1, ...[0, 1, 2, 3].map((c) => (c === rule ? 1 : 0)), ...strengthFeatures(sentence)];
}

function fit(rows: readonly Row[]): number[][] {
  const xs = rows.map((r) => features(r.sentence));
  const width = xs[0]!.length;
  const w = Array.from({ length: CLASSES }, () => new Array<number>(width).fill(0));
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    const grad = Array.from({ length: CLASSES }, () => new Array<number>(width).fill(0));
    xs.forEach((x, i) => {
      const p = softmax(w.map((wc) => dot(wc, x)));
      for (let c = 0; c < CLASSES; c += 1) {
        const error = p[c]! - (rows[i]!.label === c ? 1 : 0);
        for (let j = 0; j < width; j += 1) grad[c]![j]! += (error * x[j]!) / xs.length;
      }
    });
    for (let c = 0; c < CLASSES; c += 1) for (let j = 0; j < width; j += 1) w[c]![j]! -= LEARNING_RATE * (grad[c]![j]! + L2 * w[c]![j]!);
  }
  return w;
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((sum, v, i) => sum + v * b[i]!, 0);
function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}
const predictWith = (w: number[][]) => (sentence: string) => {
  const x = features(sentence);
  const scores = w.map((wc) => dot(wc, x));
  return scores.indexOf(Math.max(...scores));
};

function main(): void {
  const own: Row[] = readFileSync(join(FIXTURES_DIR, 'claim-strength/labelled-sentences.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [label, , sentence] = line.split('\t');
      return { label: Number(label), sentence: sentence! };
    });
  const folds = Array.from({ length: FOLDS }, (_, k) => own.filter((_, i) => i % FOLDS === k));
  let model = 0;
  let rules = 0;
  folds.forEach((test, k) => {
    const train = folds.filter((_, j) => j !== k).flat();
    model += evaluate(test, predictWith(fit(train))).macroF1 / FOLDS;
    rules += evaluate(test, causalStrength).macroF1 / FOLDS;
  });
  const yu = (
    parseCsv(readFileSync(join(SHARED_DIR, 'datasets/causal-language-yu2019/pubmed_causal_language_use.normalized.csv'), 'utf8'), {
      columns: true,
    }) as Array<{ sentence: string; strength: string }>
  ).map((row) => ({ sentence: row.sentence, label: Number(row.strength) }));
  const whole = fit(own);
  console.log('\nClaim strength: a softmax regression over the rules and their word classes, fitted on own sentences only');
  console.log(`  own sentences, ${FOLDS}-fold cross-validated macro-F1: model ${model.toFixed(3)}, rules ${rules.toFixed(3)} (same folds)`);
  console.log(
    `  Yu 2019 (held out for the model; not for the rules, whose word lists were revised while reading it): model ${evaluate(yu, predictWith(whole)).macroF1.toFixed(3)}, rules ${evaluate(yu, causalStrength).macroF1.toFixed(3)}`,
  );
}

main();
