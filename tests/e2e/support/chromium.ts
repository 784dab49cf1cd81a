import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { builtExtension } from './build-output';

/** Debian's Chromium; test-tool browser downloads do not work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A Chromium with the built extension loaded, its traffic routed through the fake internet. */
export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Chromium's flags for a quiet run through the local proxy, with the given unpacked extension
 * loaded (none for a run without it): the end-to-end tests and the black-box benchmark share them.
 */
export function chromiumArgs(extension: string | null, proxyPort: number): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
    '--ignore-certificate-errors',
  ];
}

/** Launches headless Chromium with the production Chrome build of the extension. */
export async function launchChromium(proxyPort: number): Promise<ChromiumWithExtension> {
  const extension = builtExtension('chrome-mv3');
  const userDataDir = mkdtempSync(join(tmpdir(), 'evidence-lens-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extension, proxyPort),
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    serviceWorker,
    extensionId: new URL(serviceWorker.url()).host,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
