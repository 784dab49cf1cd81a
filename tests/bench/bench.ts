/**
 * `npm run bench`: how the scanner costs on every page of ../shared/corpus, in real Chromium.
 * For each page, in the same run: one plain TreeWalker pass collecting all text (the baseline),
 * a full scan, the ratio of the two, the longest slice of a sliced scan (8 ms budget), and the
 * pre-check. Prints a table and medians, and writes bench-results/scanner.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/support/chromium';
import { PROJECT_ROOT } from '../helpers/project-root';
import { corpusPages, startCorpusServer } from '../corpus/corpus-pages';

const REPEATS = 3;

async function main(): Promise<void> {
  const bundle = await build({
    entryPoints: [`${PROJECT_ROOT}/tests/bench/in-page.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  const script = bundle.outputFiles[0]!.text;
  const pages = corpusPages();
  const server = await startCorpusServer({ stripScripts: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const context = await browser.newContext();
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === 'localhost' ? route.continue() : route.abort()));
  const rows: Array<Record<string, number | string | boolean>> = [];
  const page = await context.newPage();
  for (const { path, bytes } of pages) {
    try {
      await page.goto(server.urlOf(path), { waitUntil: 'domcontentloaded', timeout: 20_000 });
      await page.evaluate(script);
      const result = await page.evaluate(
        (repeats) =>
          (globalThis as unknown as { __lensBench: (r: number) => Promise<Record<string, number | boolean>> }).__lensBench(repeats),
        REPEATS,
      );
      rows.push({
        path,
        kb: Math.round(bytes / 1024),
        ...result,
        ratio: Number(result.scanMs) / Math.max(Number(result.baselineMs), 0.001),
      });
    } catch (error) {
      rows.push({ path, kb: Math.round(bytes / 1024), error: String(error).slice(0, 200) });
    }
  }
  await browser.close();
  await server.stop();
  report(rows);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function report(rows: Array<Record<string, number | string | boolean>>): void {
  const ok = rows.filter((row) => row.error === undefined);
  const failed = rows.filter((row) => row.error !== undefined);
  const fmt = (n: unknown, digits = 2) => (typeof n === 'number' ? n.toFixed(digits) : String(n));
  console.log(
    ['page', 'KB', 'baseline ms', 'scan ms', 'ratio', 'longest slice ms', 'pre-check ms', 'refs', 'markers', 'claims', 'disclaimers'].join(
      '\t',
    ),
  );
  for (const row of ok) {
    console.log(
      [
        String(row.path).slice(0, 60),
        row.kb,
        fmt(row.baselineMs, 3),
        fmt(row.scanMs, 3),
        fmt(row.ratio),
        fmt(row.longestSliceMs),
        fmt(row.preCheckMs, 4),
        row.references,
        row.markers,
        row.claims,
        row.disclaimers,
      ].join('\t'),
    );
  }
  for (const row of failed) console.log(`FAILED\t${row.path}\t${row.error}`);
  const largest = ok.reduce((a, b) => (Number(b.kb) > Number(a.kb) ? b : a), ok[0]!);
  const empty = ok.filter((row) => row.found === 0);
  const summary = {
    pages: rows.length,
    failed: failed.length,
    medianRatio: median(ok.map((r) => Number(r.ratio))),
    p90Ratio: [...ok.map((r) => Number(r.ratio))].sort((a, b) => a - b)[Math.floor(ok.length * 0.9)],
    medianScanMs: median(ok.map((r) => Number(r.scanMs))),
    longestSliceMs: Math.max(...ok.map((r) => Number(r.longestSliceMs))),
    largestPage: { path: largest.path, kb: largest.kb, scanMs: largest.scanMs, longestSliceMs: largest.longestSliceMs },
    pagesWithNothingToFind: empty.length,
    medianPreCheckMsOnEmptyPages: median(empty.map((r) => Number(r.preCheckMs))),
    maxPreCheckMsOnEmptyPages: Math.max(...empty.map((r) => Number(r.preCheckMs))),
  };
  console.log('\nSummary');
  console.log(`  pages measured: ${ok.length} of ${rows.length} (failed to load: ${failed.length})`);
  console.log(
    `  scan time ÷ one TreeWalker text pass: median ${fmt(summary.medianRatio)}, 90th percentile ${fmt(summary.p90Ratio)}  (target: median ≤ 3)`,
  );
  console.log(`  median scan time: ${fmt(summary.medianScanMs, 3)} ms`);
  console.log(
    `  longest slice on any page: ${fmt(summary.longestSliceMs)} ms; on the largest page (${largest.path}, ${largest.kb} KB): ${fmt(largest.longestSliceMs)} ms  (target: ≤ 50 ms)`,
  );
  console.log(
    `  pre-check on the ${empty.length} pages with nothing to find: median ${fmt(summary.medianPreCheckMsOnEmptyPages, 4)} ms, max ${fmt(summary.maxPreCheckMsOnEmptyPages, 4)} ms  (target: < 2 ms)`,
  );
  mkdirSync(`${PROJECT_ROOT}/bench-results`, { recursive: true });
  writeFileSync(`${PROJECT_ROOT}/bench-results/scanner.json`, JSON.stringify({ summary, rows }, null, 2));
}

await main();
