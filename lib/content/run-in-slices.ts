/** Gives the page back its main thread between slices. */
export type Yielder = () => Promise<void>;

/** How long the slices of a run took. */
export interface SliceStats {
  slices: number;
  longestMs: number;
  totalMs: number;
}

/** Yields with a macrotask, so input and rendering can run between slices. */
export const yieldToPage: Yielder = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs a generator in slices of about `budgetMs`, yielding to the page between them, so no scan
 * holds the main thread long enough for a reader to notice.
 */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  { budgetMs = 8, now = () => performance.now(), yieldFn = yieldToPage }: { budgetMs?: number; now?: () => number; yieldFn?: Yielder } = {},
): Promise<{ result: T; stats: SliceStats }> {
  const stats: SliceStats = { slices: 0, longestMs: 0, totalMs: 0 };
  for (;;) {
    const start = now();
    let step = steps.next();
    while (!step.done && now() - start < budgetMs) step = steps.next();
    const elapsed = now() - start;
    stats.slices += 1;
    stats.totalMs += elapsed;
    stats.longestMs = Math.max(stats.longestMs, elapsed);
    if (step.done) return { result: step.value, stats };
    await yieldFn();
  }
}
