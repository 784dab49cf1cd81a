/**
 * `npm run corpus:firefox`: the built Firefox extension (MV2, the build Firefox users get) on every
 * page of ../shared/corpus in real Firefox over WebDriver BiDi, with the scholarly APIs answered
 * from recordings. The page report lives in the background, which BiDi cannot reach, so the run
 * reads what the page shows: per page the extension's errors (console or uncaught, from its own
 * `moz-extension://` files), badges that never settle, and, for pages where the extension added
 * nothing, whether the DOM is exactly what Firefox builds without the extension. Exits non-zero on
 * any error or changed page. `LENS_CORPUS_LIMIT=N` takes N pages spread over the corpus.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FakeInternet } from '../e2e/support/fake-internet';
import { FIREFOX_PATH, launchFirefox } from '../e2e/support/firefox';
import { PROJECT_ROOT } from '../helpers/project-root';
import { corpusPages, startCorpusServer } from './corpus-pages';
import { comparedWithPlainLoads } from './plain-load-comparison';

/** How long a page may take until its badges settle (same as the Chromium run's report wait). */
const SETTLE_TIMEOUT_MS = 15_000;
/**
 * Time after load before the badges are read: the scanner is injected by the background only after
 * the first script's pre-check, which on a loaded machine took several seconds (biorxiv's badges
 * appeared after 1.2 s had passed), and BiDi cannot ask the background whether it is done.
 */
const QUIET_MS = 5_000;
/** Badge count must stay the same this long to count as settled. */
const STABLE_MS = 1_000;
/** Badge states that mean the page is still being read. */
const UNSETTLED_STATES = new Set(['pending']);

interface Row {
  path: string;
  errors: string[];
  badges: number;
  unchanged: boolean | null;
}

function spread<T>(items: readonly T[], limit: number): T[] {
  if (limit >= items.length) return [...items];
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)]!);
}

const badgeStates = (page: Page) =>
  page.$$eval('evidence-lens-badge', (hosts) => hosts.map((host) => host.shadowRoot?.querySelector('button')?.dataset.state ?? 'none'));

async function settledBadges(page: Page): Promise<{ states: string[]; settled: boolean }> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  let states = await badgeStates(page);
  let stableSince = Date.now();
  while ((states.some((state) => UNSETTLED_STATES.has(state)) || Date.now() - stableSince < STABLE_MS) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = await badgeStates(page);
    if (next.length !== states.length) stableSince = Date.now();
    states = next;
  }
  return { states, settled: !states.some((state) => UNSETTLED_STATES.has(state)) };
}

async function launchPlainFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1100, height: 900 },
    // Nothing but localhost answers, as for the extension's browser (whose proxy is the fake internet).
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    },
  });
}

const html = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

async function main(): Promise<void> {
  const internet = new FakeInternet();
  const proxyPort = await internet.start();
  const server = await startCorpusServer({ stripScripts: true });
  const lens = await launchFirefox(proxyPort, 'firefox-mv2');
  const plain = await launchPlainFirefox();
  const plainPage = await plain.newPage();
  const page = await lens.newPage();
  const errors: string[] = [];
  const ours = (text: string) => text.includes('moz-extension://');
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? `${error.message} ${error.stack ?? ''}` : String(error);
    if (ours(text)) errors.push(`pageerror: ${text.slice(0, 200)}`);
  });
  page.on('console', (message) => {
    const where = message.location()?.url ?? '';
    if (message.type() === 'error' && (ours(where) || /evidence lens/i.test(message.text())))
      errors.push(`console: ${message.text().slice(0, 200)}`);
  });
  const limit = Number(process.env.LENS_CORPUS_LIMIT ?? Infinity);
  const rows: Row[] = [];
  const unstable: string[] = [];
  for (const { path } of spread(corpusPages(), limit)) {
    errors.length = 0;
    const url = server.urlOf(path);
    let row: Row;
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      const { states, settled } = await settledBadges(page);
      if (!settled)
        errors.push(`badges still reading after ${SETTLE_TIMEOUT_MS / 1000} s: ${states.filter((s) => UNSETTLED_STATES.has(s)).length}`);
      let unchanged: boolean | null = null;
      if (states.length === 0) {
        const withLens = await html(page);
        const compared = await comparedWithPlainLoads(withLens, async () => {
          await plainPage.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
          await new Promise((resolve) => setTimeout(resolve, 300));
          return html(plainPage);
        });
        unchanged = compared.unchanged;
        const pageIsStable = compared.pageIsStable;
        if (!pageIsStable) unstable.push(path);
      }
      row = { path, errors: [...errors], badges: states.length, unchanged };
    } catch (error) {
      row = { path, errors: [...errors, `run: ${String(error).slice(0, 200)}`], badges: 0, unchanged: null };
    }
    rows.push(row);
    console.log([path.slice(0, 64), `badges ${row.badges}`, row.unchanged === false ? 'CHANGED' : '', row.errors.join(' | ')].join('\t'));
  }
  await lens.close();
  await plain.close();
  await server.stop();
  await internet.stop();
  const withErrors = rows.filter((r) => r.errors.length > 0);
  const changed = rows.filter((r) => r.unchanged === false);
  console.log('\nSummary (Firefox, MV2 build)');
  console.log(
    `  pages: ${rows.length}; with errors: ${withErrors.length}; with badges: ${rows.filter((r) => r.badges > 0).length}; badges ${rows.reduce((n, r) => n + r.badges, 0)}`,
  );
  console.log(
    `  pages without badges compared with a plain load: ${rows.filter((r) => r.unchanged !== null).length}; changed: ${changed.length}; pages that change themselves between plain loads: ${unstable.length}`,
  );
  mkdirSync(`${PROJECT_ROOT}/bench-results`, { recursive: true });
  writeFileSync(`${PROJECT_ROOT}/bench-results/corpus-run-firefox.json`, JSON.stringify(rows, null, 2));
  if (withErrors.length > 0 || changed.length > 0) process.exitCode = 1;
}

await main();
