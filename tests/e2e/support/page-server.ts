import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readShared } from '../../helpers/shared-data';

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');

/**
 * Serves test pages on localhost: `/seed` is the seed article read from ../shared, and
 * `/pages/NAME` a page from tests/fixtures/pages.
 */
export async function startPageServer(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const body = path === '/seed' ? readShared('seed/greenmedinfo-als-b12.html') : pageFixture(path);
    if (body === null) {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function pageFixture(path: string): string | null {
  const match = /^\/pages\/([\w-]+\.html)$/.exec(path);
  const file = match ? join(PAGES, match[1]!) : null;
  return file && existsSync(file) ? readFileSync(file, 'utf8') : null;
}
