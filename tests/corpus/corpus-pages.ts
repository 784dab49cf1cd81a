import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { SHARED_DIR } from '../helpers/shared-data';

/** One page of the shared corpus. */
export interface CorpusPage {
  path: string;
  title: string;
  bytes: number;
}

const CORPUS = join(SHARED_DIR, 'corpus');

/** The pages listed in ../shared/corpus/PAGE_INDEX.csv (read in place, never copied). */
export function corpusPages(): CorpusPage[] {
  const index = join(CORPUS, 'PAGE_INDEX.csv');
  if (!existsSync(index)) throw new Error(`Corpus missing: ${index}. Clone the shared data beside the project.`);
  const rows = parse(readFileSync(index, 'utf8'), { columns: true }) as Array<{ path: string; title: string; bytes: string }>;
  return rows.map((row) => ({ path: row.path, title: row.title, bytes: Number(row.bytes) }));
}

/** The HTML of a corpus page, gunzipped where stored compressed. */
export function corpusHtml(path: string): string {
  const file = join(CORPUS, path);
  const raw = readFileSync(file);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

/**
 * Serves corpus pages on localhost at `/corpus/<path>`. With `stripScripts`, the pages' own
 * scripts are removed, so a benchmark measures the scanner and not the page.
 */
export async function startCorpusServer({ stripScripts = false } = {}): Promise<{
  origin: string;
  urlOf: (path: string) => string;
  stop: () => Promise<void>;
}> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname.replace(/^\/corpus\//, ''));
    const file = join(CORPUS, path);
    if (path.includes('..') || !/\.html?(\.gz)?$/.test(path) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const html = corpusHtml(path);
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(stripScripts ? html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '') : html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    urlOf: (path) => `${origin}/corpus/${path.split('/').map(encodeURIComponent).join('/')}`,
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
