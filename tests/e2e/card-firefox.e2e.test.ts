import { afterAll, beforeAll, describe } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { cardScenarios } from './card/scenarios';
import type { CardDriver, CardPage, PageOptions } from './card/driver';
import { FakeInternet } from './support/fake-internet';
import { launchFirefox, setFirefoxViewport } from './support/firefox';
import { startPageServer } from './support/page-server';

let internet: FakeInternet;
let pages: Awaited<ReturnType<typeof startPageServer>>;
let firefox: Browser;
let darkFirefox: Browser;

/**
 * Firefox over BiDi cannot emulate colour schemes per page, so the dark run is a second Firefox
 * whose preferences say dark and reduced motion, as a reader's would, with the same proxy.
 */
const DARK_READER_PREFS = { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.prefersReducedMotion': 1 };

beforeAll(async () => {
  internet = new FakeInternet();
  const proxyPort = await internet.start();
  pages = await startPageServer();
  firefox = await launchFirefox(proxyPort, 'firefox-mv2');
  darkFirefox = await launchFirefox(proxyPort, 'firefox-mv2', DARK_READER_PREFS);
});

afterAll(async () => {
  await firefox?.close();
  await darkFirefox?.close();
  await pages?.stop();
  await internet?.stop();
});

function cardPage(page: Page): CardPage {
  return {
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    press: async (key, shift) => {
      if (shift) await page.keyboard.down('Shift');
      await page.keyboard.press(key);
      if (shift) await page.keyboard.up('Shift');
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

function driver(browser: () => Browser): CardDriver {
  return {
    name: 'firefox',
    open: async (path: string, options: PageOptions = {}) => {
      const page = await browser().newPage();
      await setFirefoxViewport(page, { width: options.width ?? 1100, height: options.height ?? 900 });
      await page.goto(`${pages.origin}${path}`);
      return cardPage(page);
    },
  };
}

describe('Firefox: the card and badges on the page', () => {
  cardScenarios(
    () => driver(() => firefox),
    () => driver(() => darkFirefox),
  );
});
