import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../../lib/scanner/scan-page';
import { findingsToJson } from '../../../lib/scanner/to-json';
import { parseHtml } from '../../helpers/dom';
import { FIXTURES_DIR, readFixture } from '../../helpers/shared-data';

const GOLDEN = join(FIXTURES_DIR, 'golden');
const PAGES = readdirSync(GOLDEN).filter((file) => file.endsWith('.html'));

describe('golden pages: the scanner finds what a careful reader would mark', () => {
  it('has at least 12 pages in different styles', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(PAGES)('%s', (file) => {
    const actual = findingsToJson(scanPage(parseHtml(readFixture(`golden/${file}`))), null);
    const expectedFile = join(GOLDEN, file.replace(/\.html$/, '.expected.json'));
    // Expected files are written once with UPDATE_GOLDEN=1, then read and reviewed by a person.
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFixture(`golden/${file.replace(/\.html$/, '.expected.json')}`)));
  });
});
