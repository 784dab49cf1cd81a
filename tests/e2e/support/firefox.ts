import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { builtExtension, type BuildTarget } from './build-output';

/** Debian's Firefox ESR. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Launches headless Firefox over WebDriver BiDi with the production Firefox build installed. Its
 * HTTPS traffic goes through the fake internet, whose certificate the session accepts. `prefs`
 * adds preferences a reader could set (a dark colour scheme, reduced motion).
 */
export async function launchFirefox(
  proxyPort: number,
  target: Extract<BuildTarget, `firefox-${string}`> = 'firefox-mv2',
  prefs: Record<string, string | number | boolean> = {},
): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: {
      ...prefs,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(builtExtension(target));
  return browser;
}

/** What Firefox ESR 140 answers when asked to emulate a screen orientation. */
const NO_ORIENTATION_OVERRIDE = 'unknown command emulation.setScreenOrientationOverride';

/**
 * Sets a page's viewport in Firefox. Puppeteer sends the viewport and a screen-orientation
 * override together, and Firefox ESR 140 knows only the first (puppeteer issue #14989), so its
 * refusal of the second is let pass once the page really has the size asked for.
 */
export async function setFirefoxViewport(page: Page, size: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(size);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes(NO_ORIENTATION_OVERRIDE)) throw error;
    await page.waitForFunction((width: number) => window.innerWidth === width, {}, size.width);
  }
}
