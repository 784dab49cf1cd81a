/** A sentence and its claim-strength label (evidence scheme §5). */
export interface Labelled {
  sentence: string;
  label: number;
  kind?: string;
}

/** Per-class precision, recall and F1, their macro mean and the confusion matrix. */
export function evaluate(rows: readonly Labelled[], predict: (sentence: string) => number) {
  const confusion = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
  for (const row of rows) confusion[row.label]![predict(row.sentence)]! += 1;
  const perClass = [0, 1, 2, 3].map((c) => {
    const tp = confusion[c]![c]!;
    const predicted = confusion.reduce((sum, r) => sum + r[c]!, 0);
    const actual = confusion[c]!.reduce((a, b) => a + b, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
  return { perClass, macroF1: perClass.reduce((sum, c) => sum + c.f1, 0) / 4, confusion };
}
