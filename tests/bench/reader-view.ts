import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { mightHaveFindings } from '../../lib/scanner/pre-check';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median time of one run over `repeats` batches of at least 20 ms each (the browser's clock is coarse). */
function time(run: () => unknown, repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now();
    let runs = 0;
    do {
      run();
      runs += 1;
    } while (performance.now() - start < 20);
    times.push((performance.now() - start) / runs);
  }
  return median(times);
}

/**
 * What Firefox's Reader View does with this page, timed in the page: `Readability.parse` on a
 * clone of the document (the clone is made outside the timing, as Firefox parses a copy), and
 * `isProbablyReaderable`, the check Firefox runs on page loads; next to the extension's pre-check.
 */
function measure(repeats: number) {
  const parses: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const clone = document.cloneNode(true) as Document;
    const start = performance.now();
    new Readability(clone).parse();
    parses.push(performance.now() - start);
  }
  return {
    readabilityMs: median(parses),
    readerableMs: time(() => isProbablyReaderable(document), repeats),
    preCheckMs: time(() => mightHaveFindings(document), repeats),
    preCheckPasses: mightHaveFindings(document),
  };
}

(globalThis as unknown as { __lensReaderView: typeof measure }).__lensReaderView = measure;
