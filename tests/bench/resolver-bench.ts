/**
 * Part of `npm run bench`. (1) Requests made and time taken to resolve 5, 50 and 500 distinct
 * identifiers, cold and warm cache, against a local server that answers like Europe PMC after
 * 100 ms. (2) Slow networks: time to resolved when Europe PMC and Crossref are delayed, printed as a
 * ratio of one service's delay (asked one after the other it would be about 2.0 with both slow).
 * The resolver is the production code; only its fetch is pointed at the local server.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SourceCache } from '../../lib/resolver/cache';
import { politeFetch } from '../../lib/resolver/polite-fetch';
import { SourceResolver } from '../../lib/resolver/resolve-sources';
import { MemoryStore } from '../helpers/memory-store';

const LATENCY_MS = 100;
/** The delay of a slow service in part (2): long enough that local work is noise beside it. */
const SLOW_MS = 1500;
/** Acceptance: with both services slow, time to resolved within 20% of one service's delay. */
const SLOW_TARGET_RATIO = 1.2;

/** How long each service takes to answer, by the path its requests go to. */
const delays = { europePmc: LATENCY_MS, crossref: 0 };

async function main(): Promise<void> {
  let requests = 0;
  const server = createServer((req, res) => {
    requests += 1;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const europePmc = url.pathname === '/europepmc/webservices/rest/search';
    setTimeout(
      () => {
        if (europePmc) {
          const query = url.searchParams.get('query') ?? '';
          const result = [...query.matchAll(/DOI:"([^"]+)"/g)].map((m, i) => ({
            id: String(i + 1),
            source: 'MED',
            doi: m[1],
            title: `Work ${m[1]}`,
            pubYear: '2021',
            pubTypeList: { pubType: ['Journal Article'] },
          }));
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ hitCount: result.length, resultList: { result } }));
        } else if (url.pathname === '/works') {
          const items = (url.searchParams.get('filter') ?? '').split(',').map((part) => ({
            DOI: part.replace(/^doi:/, ''),
            type: 'journal-article',
            'is-referenced-by-count': 3,
          }));
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', message: { items } }));
        } else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      },
      europePmc ? delays.europePmc : url.pathname === '/works' ? delays.crossref : 0,
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fetchLocally = politeFetch((url, init) => fetch(url.replace(/^https:\/\/[^/]+/, local), init));
  const newResolver = () =>
    new SourceResolver({ fetch: fetchLocally, cache: new SourceCache(new MemoryStore(), () => Date.now()), now: () => new Date() });

  console.log(`Resolver: distinct DOIs against a local Europe PMC replay with ${LATENCY_MS} ms latency (Crossref at once)`);
  console.log(['identifiers', 'cache', 'requests', 'ms', 'resolved'].join('\t'));
  for (const count of [5, 50, 500]) {
    const resolver = newResolver();
    const keys = Array.from({ length: count }, (_, i) => `doi:10.5555/bench.${count}.${i + 1}`);
    for (const cache of ['cold', 'warm']) {
      requests = 0;
      const start = performance.now();
      const results = await resolver.resolve(keys);
      const ms = performance.now() - start;
      console.log([count, cache, requests, ms.toFixed(0), results.filter((r) => r.state === 'resolved').length].join('\t'));
    }
  }

  console.log(`\nSlow networks: 4 DOIs (as many as the seed cites), each slow service answering after ${SLOW_MS} ms`);
  console.log(['slow', 'ms to resolved', 'ratio to one delay', `target ≤ ${SLOW_TARGET_RATIO}`].join('\t'));
  for (const [label, europePmc, crossref] of [
    ['both', SLOW_MS, SLOW_MS],
    ['Europe PMC only', SLOW_MS, 0],
    ['Crossref only', 0, SLOW_MS],
  ] as const) {
    Object.assign(delays, { europePmc, crossref });
    const keys = Array.from({ length: 4 }, (_, i) => `doi:10.5555/slow.${label.replace(/\W/g, '').toLowerCase()}.${i + 1}`);
    const start = performance.now();
    const results = await newResolver().resolve(keys);
    const ms = performance.now() - start;
    const ratio = ms / SLOW_MS;
    const resolved = results.every((r) => r.state === 'resolved');
    console.log([label, ms.toFixed(0), ratio.toFixed(2), resolved && ratio <= SLOW_TARGET_RATIO ? 'met' : 'NOT met'].join('\t'));
  }
  server.close();
}

await main();
