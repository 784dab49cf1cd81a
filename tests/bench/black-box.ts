/**
 * `npm run bench` (third part): what the built extension costs a reader's browser, black-box, in
 * real Chromium. Every page of ../shared/corpus is served from localhost without its own scripts,
 * with the network closed (the scholarly APIs answered from recordings, every other host refused),
 * and loaded twice in the same run: with the extension and without it. For each page: the page's
 * main-thread script time from CDP `Performance.getMetrics` (ScriptDuration) with and without the
 * extension, long tasks (PerformanceObserver), the extension's own longest slice, and, in the page
 * without the extension, `Readability.parse` on a clone and `isProbablyReaderable` (what Firefox's
 * Reader View does) next to the extension's pre-check. Then the time from DOMContentLoaded to the
 * first badge on the seed article. Prints a table and the targets, writes bench-results/black-box.json.
 *
 * `LENS_BENCH_LOADS=N` loads each page N times per browser and keeps the least script time of each
 * (what a busy machine adds is never less than nothing). `LENS_BASELINE_BUILD=<dir of another
 * chrome-mv3 build>` also loads every page and times the seed's
 * first badge with that build, in the same run, so two versions compare on the same machine state. `LENS_BENCH_LIMIT=N` measures only every k-th page, N in all.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { builtExtension } from '../e2e/support/build-output';
import { CHROMIUM_PATH, chromiumArgs } from '../e2e/support/chromium';
import { FakeInternet } from '../e2e/support/fake-internet';
import { startPageServer } from '../e2e/support/page-server';
import { PROJECT_ROOT } from '../helpers/project-root';
import { corpusPages, startCorpusServer } from '../corpus/corpus-pages';

/** How long script time must stay flat before a load counts as settled. */
const QUIET_MS = 600;
const POLL_MS = 100;
const MAX_WAIT_MS = 12_000;
/** A task the reader may feel (the Long Tasks API's own threshold). */
const LONG_TASK_MS = 50;
const SEED_LOADS = 5;
const LOADS = Math.max(1, Number(process.env.LENS_BENCH_LOADS ?? 1));

const PERF_OBSERVERS = `
  globalThis.__lensPerf = { longTasks: [], extensionScripts: [] };
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) __lensPerf.longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries())
        for (const script of frame.scripts ?? [])
          if (String(script.sourceURL).startsWith('chrome-extension://')) __lensPerf.extensionScripts.push(script.duration);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  new MutationObserver((records, observer) => {
    if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'EVIDENCE-LENS-BADGE'))) {
      __lensPerf.firstBadge = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

interface Browser {
  context: BrowserContext;
  extensionId: string | null;
  close(): Promise<void>;
}

async function launch(extension: string | null, proxyPort: number): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'evidence-lens-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extension, proxyPort),
  });
  await context.addInitScript(PERF_OBSERVERS);
  let extensionId: string | null = null;
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** The extension's isolated world in the page's main frame, if its scripts run there. */
async function extensionWorld(cdp: CDPSession, extensionId: string): Promise<number | null> {
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
  const listener = (event: { context: (typeof contexts)[number] }) => contexts.push(event.context);
  cdp.on('Runtime.executionContextCreated', listener);
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.disable');
  cdp.off('Runtime.executionContextCreated', listener);
  return contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId))?.id ?? null;
}

async function inWorld<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T | null> {
  const { result } = (await cdp.send('Runtime.evaluate', { contextId, expression, awaitPromise: true, returnByValue: true })) as {
    result: { value?: T };
  };
  return result.value ?? null;
}

const SLOT = `globalThis[Symbol.for('evidence-lens.scanner')]`;

interface Load {
  scriptMs: number;
  longTasks: number[];
  extensionScripts: number[];
  html: string;
  scanner: { state: string; status: string | null; longestSliceMs: number | null; references: number; claims: number } | null;
  firstBadgeMs: number | null;
}

/**
 * Loads a page in a fresh tab and waits until its script time has been flat for QUIET_MS (and,
 * with the extension, until the scanner, if it was loaded, says it is done): nothing is evaluated
 * in the page while it is measured, so the figure is the page's and the extension's alone.
 */
async function load(browser: Browser, url: string): Promise<Load> {
  const page: Page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const start = Date.now();
    let last = await scriptMs(cdp);
    let quietSince = Date.now();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const now = await scriptMs(cdp);
      if (now !== last) {
        last = now;
        quietSince = Date.now();
      }
      if (Date.now() - start > MAX_WAIT_MS) break;
      if (Date.now() - quietSince < QUIET_MS) continue;
      if (!browser.extensionId) break;
      // Settled; now (and only now) ask the scanner whether it is finished.
      const world = await extensionWorld(cdp, browser.extensionId);
      const status = world === null ? null : await inWorld<string>(cdp, world, `${SLOT}?.status?.() ?? ${SLOT}?.state ?? 'idle'`);
      if (status === null || ['idle', 'done', 'nothing-found'].includes(status)) break;
      last = await scriptMs(cdp);
      quietSince = Date.now();
    }
    const measured = last;
    const perf = await page.evaluate(() => {
      const p = (globalThis as unknown as { __lensPerf: { longTasks: number[]; extensionScripts: number[]; firstBadge?: number } })
        .__lensPerf;
      const ready = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        longTasks: p.longTasks,
        extensionScripts: p.extensionScripts,
        firstBadgeMs: p.firstBadge !== undefined && ready ? p.firstBadge - ready.domContentLoadedEventEnd : null,
        html: document.documentElement.outerHTML,
      };
    });
    let scanner: Load['scanner'] = null;
    if (browser.extensionId) {
      const world = await extensionWorld(cdp, browser.extensionId);
      scanner =
        world === null
          ? null
          : await inWorld(
              cdp,
              world,
              `(async () => { const slot = ${SLOT}; if (!slot || slot.state !== 'loaded') return { state: slot?.state ?? 'none', status: null, longestSliceMs: null, references: 0, claims: 0 };
                const r = await slot.answer({ type: 'pageReport' });
                return { state: slot.state, status: r.status, longestSliceMs: r.timing?.longestSliceMs ?? null, references: r.references.length, claims: r.claims.length }; })()`,
            );
    }
    return { scriptMs: measured, scanner, ...perf };
  } finally {
    await page.close();
  }
}

/** Loads a page LOADS times and keeps the load with the least script time. */
async function leastOf(browser: Browser, url: string): Promise<Load> {
  let best: Load | null = null;
  for (let i = 0; i < LOADS; i += 1) {
    const run = await load(browser, url);
    if (!best || run.scriptMs < best.scriptMs) best = run;
  }
  return best!;
}

async function readerView(browser: Browser, url: string, script: string) {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.evaluate(script);
    return await page.evaluate(() =>
      (
        globalThis as unknown as {
          __lensReaderView: (r: number) => { readabilityMs: number; readerableMs: number; preCheckMs: number; preCheckPasses: boolean };
        }
      ).__lensReaderView(3),
    );
  } finally {
    await page.close();
  }
}

type Row = Record<string, number | string | boolean | null>;

function quantile(values: number[], q: number): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
}

async function main(): Promise<void> {
  const extension = builtExtension('chrome-mv3');
  const bundle = await build({
    entryPoints: [`${PROJECT_ROOT}/tests/bench/reader-view.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  const readerScript = bundle.outputFiles[0]!.text;
  const internet = new FakeInternet();
  const proxyPort = await internet.start();
  const server = await startCorpusServer({ stripScripts: true });
  const lens = await launch(extension, proxyPort);
  const plain = await launch(null, proxyPort);
  const baselineDir = process.env.LENS_BASELINE_BUILD;
  const baseline = baselineDir ? await launch(baselineDir, proxyPort) : null;
  const all = corpusPages();
  const limit = Number(process.env.LENS_BENCH_LIMIT ?? all.length);
  const step = Math.max(1, Math.floor(all.length / limit));
  const pages = all.filter((_, index) => index % step === 0).slice(0, limit);
  const rows: Row[] = [];
  console.log(
    [
      'page',
      'KB',
      'ext ms',
      'Readability ms',
      'ext ÷ R',
      'pre-check',
      'pre-check ms',
      'readerable ms',
      'pre ÷ r',
      'slice ms',
      'long ext/plain',
    ].join('\t'),
  );
  for (const { path, bytes } of pages) {
    const url = server.urlOf(path);
    try {
      // Alternate the order, so neither load always runs on a warmer machine.
      const first = rows.length % 2 === 0;
      const withLens = first ? await leastOf(lens, url) : null;
      const without = await leastOf(plain, url);
      const withLensLoad = withLens ?? (await leastOf(lens, url));
      const reader = await readerView(plain, url, readerScript);
      const baselineLoad = baseline ? await leastOf({ ...baseline, extensionId: null }, url) : null;
      const extensionMs = Math.max(0, withLensLoad.scriptMs - without.scriptMs);
      const longest = (tasks: number[]) => Math.max(0, ...tasks);
      const row: Row = {
        path,
        kb: Math.round(bytes / 1024),
        extensionMs,
        withMs: withLensLoad.scriptMs,
        withoutMs: without.scriptMs,
        baselineExtensionMs: baselineLoad ? Math.max(0, baselineLoad.scriptMs - without.scriptMs) : null,
        ...reader,
        ratio: extensionMs / Math.max(reader.readabilityMs, 0.01),
        preCheckRatio: reader.preCheckMs / Math.max(reader.readerableMs, 0.001),
        scannerLoaded: withLensLoad.scanner?.state === 'loaded',
        status: withLensLoad.scanner?.status ?? null,
        references: withLensLoad.scanner?.references ?? 0,
        claims: withLensLoad.scanner?.claims ?? 0,
        longestSliceMs: withLensLoad.scanner?.longestSliceMs ?? null,
        longTasksWith: withLensLoad.longTasks.filter((t) => t > LONG_TASK_MS).length,
        longTasksWithout: without.longTasks.filter((t) => t > LONG_TASK_MS).length,
        longestTaskWith: longest(withLensLoad.longTasks),
        longestTaskWithout: longest(without.longTasks),
        longestExtensionScriptMs: longest(withLensLoad.extensionScripts),
        domUnchanged: withLensLoad.html === without.html,
      };
      rows.push(row);
      const f = (n: unknown, d = 2) => (typeof n === 'number' ? n.toFixed(d) : String(n));
      console.log(
        [
          path.slice(0, 56),
          row.kb,
          f(row.extensionMs),
          f(row.readabilityMs),
          f(row.ratio),
          row.preCheckPasses ? 'pass' : 'none',
          f(row.preCheckMs, 3),
          f(row.readerableMs, 3),
          f(row.preCheckRatio),
          f(row.longestSliceMs, 1),
          `${f(row.longestTaskWith, 0)}/${f(row.longestTaskWithout, 0)}`,
        ].join('\t'),
      );
    } catch (error) {
      rows.push({ path, kb: Math.round(bytes / 1024), error: String(error).slice(0, 200) });
      console.log(`FAILED\t${path}\t${String(error).slice(0, 120)}`);
    }
  }
  await server.stop();
  const seed = await seedFirstBadge(lens, baseline);
  await baseline?.close();
  await lens.close();
  await plain.close();
  await internet.stop();
  report(rows, seed);
}

/** DOMContentLoaded to the first badge on the seed article, with this build and, if given, a baseline build. */
async function seedFirstBadge(lens: Browser, baseline: Browser | null): Promise<Record<string, number[]>> {
  const pages = await startPageServer();
  const builds: Array<[string, Browser]> = [['current', lens]];
  if (baseline) builds.push(['baseline', { ...baseline, extensionId: null }]);
  const times: Record<string, number[]> = Object.fromEntries(builds.map(([name]) => [name, []]));
  for (let i = 0; i < SEED_LOADS; i += 1) {
    for (const [name, browser] of i % 2 === 0 ? builds : [...builds].reverse()) {
      const { firstBadgeMs } = await load(browser, `${pages.origin}/seed`);
      if (firstBadgeMs !== null) times[name]!.push(firstBadgeMs);
    }
  }
  await pages.stop();
  return times;
}

function report(rows: Row[], seed: Record<string, number[]>): void {
  const ok = rows.filter((row) => row.error === undefined);
  const num = (key: string, from = ok) => from.map((row) => Number(row[key]));
  const empty = ok.filter((row) => row.preCheckPasses === false);
  const extLong = ok.filter(
    (row) => Number(row.longestTaskWith) > LONG_TASK_MS && Number(row.longestTaskWith) > Number(row.longestTaskWithout) + 20,
  );
  const summary = {
    pages: rows.length,
    failed: rows.length - ok.length,
    extensionMs: { median: quantile(num('extensionMs'), 0.5), p90: quantile(num('extensionMs'), 0.9) },
    baselineExtensionMs: { median: quantile(num('baselineExtensionMs'), 0.5), p90: quantile(num('baselineExtensionMs'), 0.9) },
    baselineRatio: {
      median: quantile(
        ok.map((r) => Number(r.baselineExtensionMs) / Math.max(Number(r.readabilityMs), 0.01)),
        0.5,
      ),
      p90: quantile(
        ok.map((r) => Number(r.baselineExtensionMs) / Math.max(Number(r.readabilityMs), 0.01)),
        0.9,
      ),
    },
    readabilityMs: { median: quantile(num('readabilityMs'), 0.5), p90: quantile(num('readabilityMs'), 0.9) },
    ratio: { median: quantile(num('ratio'), 0.5), p90: quantile(num('ratio'), 0.9), target: { median: 0.2, p90: 0.5 } },
    nothingToFind: {
      pages: empty.length,
      ratioMedian: quantile(num('ratio', empty), 0.5),
      ratioMax: Math.max(...num('ratio', empty)),
      extensionMsMedian: quantile(num('extensionMs', empty), 0.5),
      scannerLoaded: empty.filter((row) => row.scannerLoaded).length,
      domChanged: empty.filter((row) => !row.domUnchanged).length,
      target: 3,
    },
    preCheckRatio: {
      median: quantile(num('preCheckRatio'), 0.5),
      p90: quantile(num('preCheckRatio'), 0.9),
      max: Math.max(...num('preCheckRatio')),
      target: 1,
    },
    longTasks: {
      pagesWhereTheExtensionAddedOne: extLong.map((row) => row.path),
      longestExtensionScriptInALongFrameMs: Math.max(0, ...num('longestExtensionScriptMs')),
      longestSliceMs: Math.max(0, ...num('longestSliceMs').filter(Number.isFinite)),
      target: { overFiftyMs: 0, sliceMs: 16 },
    },
    seedFirstBadgeMs: Object.fromEntries(
      Object.entries(seed).map(([name, values]) => [name, { median: quantile(values, 0.5), all: values }]),
    ),
  };
  const f = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  console.log('\nSummary (black-box, built extension in Chromium, corpus pages without their own scripts)');
  console.log(`  pages measured: ${ok.length} of ${rows.length}`);
  console.log(
    `  extension main-thread script: median ${f(summary.extensionMs.median)} ms, p90 ${f(summary.extensionMs.p90)} ms; Readability.parse median ${f(summary.readabilityMs.median)} ms`,
  );
  console.log(
    `  extension ÷ Readability.parse, same page: median ${f(summary.ratio.median)}, p90 ${f(summary.ratio.p90)}  (target ≤ 0.2 / ≤ 0.5)`,
  );
  if (Number.isFinite(summary.baselineExtensionMs.median)) {
    console.log(
      `  baseline build, same pages, same run: median ${f(summary.baselineExtensionMs.median)} ms, p90 ${f(summary.baselineExtensionMs.p90)} ms; ÷ Readability.parse median ${f(summary.baselineRatio.median)}, p90 ${f(summary.baselineRatio.p90)}`,
    );
  }
  console.log(
    `  ${empty.length} pages with nothing to find: extension ÷ Readability.parse median ${f(summary.nothingToFind.ratioMedian)}, max ${f(summary.nothingToFind.ratioMax)} (target ≤ 3); scanner loaded on ${summary.nothingToFind.scannerLoaded}; DOM changed on ${summary.nothingToFind.domChanged}`,
  );
  console.log(
    `  pre-check ÷ isProbablyReaderable: median ${f(summary.preCheckRatio.median)}, p90 ${f(summary.preCheckRatio.p90)}, max ${f(summary.preCheckRatio.max)}  (target ≤ 1)`,
  );
  console.log(
    `  pages where the extension brought a task over 50 ms (and 20 ms past the page's own longest): ${extLong.length}${extLong.length ? ` (${extLong.map((r) => r.path).join(', ')})` : ''}; longest extension script in a long animation frame ${f(summary.longTasks.longestExtensionScriptInALongFrameMs, 1)} ms; longest scanner slice ${f(summary.longTasks.longestSliceMs, 1)} ms  (target: none; ≤ 16 ms)`,
  );
  for (const [name, { median, all }] of Object.entries(summary.seedFirstBadgeMs)) {
    console.log(
      `  seed, DOMContentLoaded to first badge (${name} build): median ${f(median, 0)} ms of ${all.map((v) => v.toFixed(0)).join(', ')}`,
    );
  }
  mkdirSync(`${PROJECT_ROOT}/bench-results`, { recursive: true });
  writeFileSync(`${PROJECT_ROOT}/bench-results/black-box.json`, JSON.stringify({ summary, rows }, null, 2));
}

await main();
