import { runInSlices } from '../../lib/content/run-in-slices';
import { mightHaveFindings } from '../../lib/scanner/pre-check';
import { scanDomSteps, scanPage } from '../../lib/scanner/scan-page';

/** One plain TreeWalker pass collecting all text: the baseline a scan is compared with. */
function baseline(document: Document): string {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join('');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Median time of one run, over `repeats` batches. Each batch repeats the run until it has taken
 * at least 20 ms, because the browser's clock is coarse (0.1 ms) for a single short run.
 */
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

/** Measures this page: baseline, full scan, sliced scan and pre-check, in the same run. */
async function measure(repeats: number) {
  const findings = scanPage(document);
  const found = findings.references.length + findings.claims.length + findings.disclaimers.length;
  const baselineMs = time(() => baseline(document), repeats);
  const scanMs = time(() => scanPage(document), repeats);
  const preCheckMs = time(() => mightHaveFindings(document), repeats);
  const { stats } = await runInSlices(scanDomSteps(document), { budgetMs: 8 });
  return {
    baselineMs,
    scanMs,
    preCheckMs,
    preCheckPasses: mightHaveFindings(document),
    longestSliceMs: stats.longestMs,
    slices: stats.slices,
    found,
    references: findings.references.length,
    markers: findings.citations.length,
    claims: findings.claims.length,
    disclaimers: findings.disclaimers.length,
    textKB: Math.round(baseline(document).length / 1024),
  };
}

(globalThis as unknown as { __lensBench: typeof measure }).__lensBench = measure;
