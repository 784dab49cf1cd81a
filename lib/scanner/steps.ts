/** How many elements a detector handles between two yields. */
export const ELEMENTS_PER_STEP = 150;

/** Runs a step generator to the end at once and returns its result. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
