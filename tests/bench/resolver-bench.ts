/**
 * Part of `npm run bench`: requests made and time taken to resolve 5, 50 and 500 distinct
 * identifiers, cold and warm cache, against a local server that answers like Europe PMC after
 * 100 ms. The resolver is the production code; only its fetch is pointed at the local server.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SourceCache } from '../../lib/resolver/cache';
import { politeFetch } from '../../lib/resolver/polite-fetch';
import { SourceResolver } from '../../lib/resolver/resolve-sources';
import { MemoryStore } from '../helpers/memory-store';

const LATENCY_MS = 100;

async function main(): Promise<void> {
  let requests = 0;
  const server = createServer((req, res) => {
    requests += 1;
    const url = new URL(req.url ?? '/', 'http://localhost');
    setTimeout(() => {
      if (url.pathname === '/europepmc/webservices/rest/search') {
        const query = url.searchParams.get('query') ?? '';
        const result = [...query.matchAll(/DOI:"([^"]+)"/g)].map((m, i) => ({
          id: String(i + 1),
          source: 'MED',
          doi: m[1],
          title: `Work ${m[1]}`,
          pubYear: '2021',
          pubTypeList: { pubType: ['Journal Article'] },
        }));
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ hitCount: result.length, resultList: { result } }));
      } else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }, LATENCY_MS);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fetchLocally = politeFetch((url, init) => fetch(url.replace(/^https:\/\/[^/]+/, local), init));

  console.log(`Resolver: distinct DOIs against a local Europe PMC replay with ${LATENCY_MS} ms latency`);
  console.log(['identifiers', 'cache', 'requests', 'ms', 'resolved'].join('\t'));
  for (const count of [5, 50, 500]) {
    const resolver = new SourceResolver({
      fetch: fetchLocally,
      cache: new SourceCache(new MemoryStore(), () => Date.now()),
      now: () => new Date(),
    });
    const keys = Array.from({ length: count }, (_, i) => `doi:10.5555/bench.${count}.${i + 1}`);
    for (const cache of ['cold', 'warm']) {
      requests = 0;
      const start = performance.now();
      const results = await resolver.resolve(keys);
      const ms = performance.now() - start;
      console.log([count, cache, requests, ms.toFixed(0), results.filter((r) => r.state === 'resolved').length].join('\t'));
    }
  }
  server.close();
}

await main();
