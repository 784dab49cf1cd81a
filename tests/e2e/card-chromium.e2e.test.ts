import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { cardScenarios } from './card/scenarios';
import type { CardDriver, CardPage, PageOptions } from './card/driver';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { FakeInternet } from './support/fake-internet';
import { startPageServer } from './support/page-server';

let internet: FakeInternet;
let pages: Awaited<ReturnType<typeof startPageServer>>;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  internet = new FakeInternet();
  const proxyPort = await internet.start();
  pages = await startPageServer();
  chromium = await launchChromium(proxyPort);
});

afterAll(async () => {
  await chromium?.close();
  await pages?.stop();
  await internet?.stop();
});

function cardPage(page: Page): CardPage {
  return {
    evaluate: (expression) => page.evaluate(expression),
    press: (key, shift) => page.keyboard.press(`${shift ? 'Shift+' : ''}${key === ' ' ? 'Space' : key}`),
    clickAt: (x, y) => page.mouse.click(x, y),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

/** Chromium emulates the reader's colour scheme and motion preference per page. */
function driver(scheme: 'light' | 'dark'): CardDriver {
  return {
    name: 'chromium',
    open: async (path: string, options: PageOptions = {}) => {
      const page = await chromium.context.newPage();
      await page.setViewportSize({ width: options.width ?? 1100, height: options.height ?? 900 });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: scheme === 'dark' ? 'reduce' : 'no-preference' });
      await page.goto(`${pages.origin}${path}`);
      return cardPage(page);
    },
  };
}

describe('Chromium: the card and badges on the page', () => {
  cardScenarios(
    () => driver('light'),
    () => driver('dark'),
  );
});
