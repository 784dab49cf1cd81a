/**
 * `npm run corpus`: the built extension on every page of ../shared/corpus in real Chromium, with
 * the scholarly APIs answered from recordings. Reports per page the errors (there must be none),
 * what was found and how long the scan took; and, for pages where nothing was found, whether the
 * page's DOM is exactly what Chromium builds without the extension. Exits non-zero on any error
 * or any changed page. Pages are served without their own scripts, so both loads are comparable.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium as playwright, type Page } from 'playwright-core';
import { launchChromium, CHROMIUM_PATH } from '../e2e/support/chromium';
import { FakeInternet } from '../e2e/support/fake-internet';
import { PROJECT_ROOT } from '../helpers/project-root';
import { PageReportSchema, type PageReport } from '../../lib/shared/messages';
import { corpusPages, startCorpusServer } from './corpus-pages';
import { comparedWithPlainLoads } from './plain-load-comparison';

interface Row {
  path: string;
  errors: string[];
  status: string;
  references: number;
  markers: number;
  claims: number;
  disclaimers: number;
  badges: number;
  scanMs: number | null;
  longestSliceMs: number | null;
  unchanged: boolean | null;
}

async function reportOf(
  page: Page,
  serviceWorker: Awaited<ReturnType<typeof launchChromium>>['serviceWorker'],
): Promise<PageReport | null> {
  await page.bringToFront();
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const raw = await serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: object): Promise<unknown> } };
      };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id === undefined ? null : chrome.tabs.sendMessage(tab.id, { type: 'pageReport' }).catch(() => null);
    });
    const parsed = PageReportSchema.safeParse(raw);
    if (parsed.success && (parsed.data.status === 'done' || parsed.data.status === 'nothing-found')) return parsed.data;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

async function main(): Promise<void> {
  const internet = new FakeInternet();
  const proxyPort = await internet.start();
  const server = await startCorpusServer({ stripScripts: true });
  const lens = await launchChromium(proxyPort);
  const plain = await playwright.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const plainPage = await plain.newPage({ viewport: { width: 1100, height: 900 } });
  await plainPage.route('**/*', (route) => (new URL(route.request().url()).hostname === 'localhost' ? route.continue() : route.abort()));
  const rows: Row[] = [];
  const unstable: string[] = [];
  const page = await lens.context.newPage();
  const errors: string[] = [];
  // Only the extension's errors count: the pages' own (inline handlers calling stripped scripts,
  // blocked images) are theirs. A content script that throws either logs from its own URL or never
  // finishes, which the report check below catches.
  // (Some saved pages even reference other extensions' files: only this extension's id counts.)
  const ours = `chrome-extension://${lens.extensionId}/`;
  page.on('pageerror', (error) => {
    if ((error.stack ?? '').includes(ours)) errors.push(`pageerror: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith(ours)) errors.push(`console: ${message.text()}`);
  });
  for (const { path } of corpusPages()) {
    errors.length = 0;
    const url = server.urlOf(path);
    let row: Row;
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      const report = await reportOf(page, lens.serviceWorker);
      if (!report) errors.push('no report: the content script did not finish within 15 s');
      const badges = await page.locator('evidence-lens-badge').count();
      let unchanged: boolean | null = null;
      // A page with nothing to show (no reference, no badge: a claim with a warning gets one even
      // without a reference) must look exactly as without the extension.
      if (report && report.references.length === 0 && badges === 0) {
        const withLens = await page.evaluate(() => document.documentElement.outerHTML);
        const compared = await comparedWithPlainLoads(withLens, async () => {
          await plainPage.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
          await plainPage.waitForTimeout(300);
          return plainPage.evaluate(() => document.documentElement.outerHTML);
        });
        unchanged = compared.unchanged;
        const pageIsStable = compared.pageIsStable;
        if (!pageIsStable) unstable.push(path);
      }
      row = {
        path,
        errors: [...errors],
        status: report?.status ?? 'none',
        references: report?.references.length ?? 0,
        markers: report?.markerCount ?? 0,
        claims: report?.claims.length ?? 0,
        disclaimers: report?.disclaimers.length ?? 0,
        badges,
        scanMs: report?.timing?.scanMs ?? null,
        longestSliceMs: report?.timing?.longestSliceMs ?? null,
        unchanged,
      };
    } catch (error) {
      row = {
        path,
        errors: [...errors, `run: ${String(error).slice(0, 200)}`],
        status: 'none',
        references: 0,
        markers: 0,
        claims: 0,
        disclaimers: 0,
        badges: 0,
        scanMs: null,
        longestSliceMs: null,
        unchanged: null,
      };
    }
    rows.push(row);
    console.log(
      [
        path.slice(0, 64),
        row.status,
        `refs ${row.references}`,
        `markers ${row.markers}`,
        `claims ${row.claims}`,
        `disclaimers ${row.disclaimers}`,
        `badges ${row.badges}`,
        `scan ${row.scanMs?.toFixed(1) ?? '-'} ms`,
        row.unchanged === false ? 'CHANGED' : '',
        row.errors.join(' | '),
      ].join('\t'),
    );
  }
  await lens.close();
  await plain.close();
  await server.stop();
  await internet.stop();
  const withErrors = rows.filter((r) => r.errors.length > 0);
  const changed = rows.filter((r) => r.unchanged === false);
  const empty = rows.filter((r) => r.unchanged !== null);
  const scanTimes = rows.flatMap((r) => (r.scanMs === null ? [] : [r.scanMs])).sort((a, b) => a - b);
  console.log('\nSummary');
  console.log(`  pages: ${rows.length}; with errors: ${withErrors.length}`);
  console.log(
    `  pages with references: ${rows.filter((r) => r.references > 0).length}; with claims: ${rows.filter((r) => r.claims > 0).length}; with disclaimers: ${rows.filter((r) => r.disclaimers > 0).length}`,
  );
  console.log(
    `  references ${sum(rows, 'references')}, markers ${sum(rows, 'markers')}, claims ${sum(rows, 'claims')}, disclaimers ${sum(rows, 'disclaimers')}, badges ${sum(rows, 'badges')}`,
  );
  console.log(
    `  pages with nothing to show (no reference, no badge) compared with a plain load: ${empty.length}; changed: ${changed.length}; pages that change themselves between plain loads: ${unstable.length}`,
  );
  console.log(
    `  in-extension scan time: median ${scanTimes[Math.floor(scanTimes.length / 2)]?.toFixed(1)} ms, max ${scanTimes.at(-1)?.toFixed(1)} ms; longest slice ${Math.max(...rows.map((r) => r.longestSliceMs ?? 0)).toFixed(1)} ms`,
  );
  mkdirSync(`${PROJECT_ROOT}/bench-results`, { recursive: true });
  writeFileSync(`${PROJECT_ROOT}/bench-results/corpus-run.json`, JSON.stringify(rows, null, 2));
  if (withErrors.length > 0 || changed.length > 0) process.exitCode = 1;
}

function sum(rows: Row[], key: 'references' | 'markers' | 'claims' | 'disclaimers' | 'badges'): number {
  return rows.reduce((total, row) => total + row[key], 0);
}

await main();
