import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtExtension } from './support/build-output';

/** What every page pays for: the first script, gzipped. */
const FIRST_SCRIPT_BUDGET = 10 * 1024;
/** What a page with something to find pays for: the first script and the scanner, gzipped. */
const CONTENT_SCRIPT_BUDGET = 40 * 1024;

const gzipped = (target: Parameters<typeof builtExtension>[0], file: string) =>
  gzipSync(readFileSync(join(builtExtension(target), file)), { level: 9 }).length;

describe.each(['chrome-mv3', 'firefox-mv2', 'firefox-mv3'] as const)('%s content script size', (target) => {
  it(`keeps the first script within ${FIRST_SCRIPT_BUDGET / 1024} KB gzipped`, () => {
    expect(gzipped(target, 'first-look.js')).toBeLessThanOrEqual(FIRST_SCRIPT_BUDGET);
  });

  it(`keeps the first script and the scanner together within ${CONTENT_SCRIPT_BUDGET / 1024} KB gzipped`, () => {
    expect(gzipped(target, 'first-look.js') + gzipped(target, 'scanner.js')).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });
});
