import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../lib/cli/load-document';
import { SHARED_DIR } from '../../helpers/shared-data';

const SEED_HTML = join(SHARED_DIR, 'seed/greenmedinfo-als-b12.html');
const SEED_TEXT = join(SHARED_DIR, 'seed/greenmedinfo-als-b12.txt');

/** The text a page shows once read, to compare a packed file with its plain copy. */
async function pageText(path: string): Promise<string> {
  const page = await loadDocument(path);
  const text = page.document.body.textContent ?? '';
  await page.close();
  return text;
}

describe('loadDocument', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lens-load-'));

  it('unpacks a gzip-compressed HTML page, as the corpus stores them', async () => {
    const packed = join(folder, 'page.html.gz');
    writeFileSync(packed, gzipSync(readFileSync(SEED_HTML)));
    const text = await pageText(packed);
    expect(text).toContain('References');
    expect(text).toBe(await pageText(SEED_HTML));
  });

  it('unpacks a gzip-compressed plain-text page and lays it out as text', async () => {
    const packed = join(folder, 'page.txt.gz');
    writeFileSync(packed, gzipSync(readFileSync(SEED_TEXT)));
    expect(await pageText(packed)).toBe(await pageText(SEED_TEXT));
  });
});
