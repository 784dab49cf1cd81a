import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { builtExtension, type BuildTarget } from './build-output';

/** What the stand-in extension APIs answer. */
export interface StandInWorld {
  /** The page report the stand-in content script gives the popup. */
  report: unknown;
  /** The site of the active tab. */
  site: string;
  /** What `storage.sync` and `storage.local` hold at first. */
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

/**
 * Serves a build's popup and options pages over http, unchanged, with one classic script put
 * before them that stands in for the extension APIs (`browser.runtime`, `tabs`, `storage`,
 * `i18n` from the build's own `_locales/en/messages.json`). Firefox refuses WebDriver BiDi
 * navigation to moz-extension:// pages, so this is how the built popup and options are run in
 * Gecko. The background answers every `resolve` with "service unavailable".
 */
export async function startExtensionPageServer(
  target: BuildTarget,
  world: StandInWorld,
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const root = builtExtension(target);
  const messages = readFileSync(join(root, '_locales/en/messages.json'), 'utf8');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/stand-in.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(standIn(messages, world));
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('Not found');
      return;
    }
    const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
    let body = readFileSync(file, 'utf8');
    if (file.endsWith('.html')) body = body.replace('<head>', '<head><script src="/stand-in.js"></script>');
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
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

function standIn(messages: string, world: StandInWorld): string {
  return `(() => {
  const messages = ${messages};
  const world = ${JSON.stringify(world)};
  // Storage outlives a reload of the page, as the extension's does: it is kept in the tab's session.
  const kept = (name, first) => JSON.parse(sessionStorage.getItem('standIn:' + name) ?? 'null') ?? first;
  const keep = (name, items) => sessionStorage.setItem('standIn:' + name, JSON.stringify(items));
  const area = (name, items) => ({
    get: async (keys) => keys === null ? { ...items } : Object.fromEntries([].concat(keys).filter((k) => k in items).map((k) => [k, items[k]])),
    set: async (next) => { Object.assign(items, next); keep(name, items); },
    clear: async () => { for (const k of Object.keys(items)) delete items[k]; keep(name, items); },
    remove: async (keys) => { for (const k of [].concat(keys)) delete items[k]; keep(name, items); },
  });
  const sync = kept('sync', world.sync);
  const local = kept('local', world.local);
  window.__standIn = { reloads: 0, resolved: [], sync, local };
  globalThis.browser = {
    runtime: {
      id: 'stand-in',
      sendMessage: async (message) => {
        if (message && message.type === 'resolve') {
          window.__standIn.resolved.push(message.keys);
          return { results: message.keys.map((key) => ({ key, state: 'unavailable', record: null, assessment: null })) };
        }
      },
      openOptionsPage: async () => {},
    },
    tabs: {
      query: async () => [{ id: 1, url: 'https://' + world.site + '/article' }],
      sendMessage: async (_tab, message) => (message && message.type === 'pageReport' ? world.report : undefined),
      reload: async () => { window.__standIn.reloads += 1; },
    },
    storage: { sync: area('sync', sync), local: area('local', local) },
    i18n: {
      getMessage: (name, subs) => {
        const entry = messages[name];
        if (!entry) return '';
        const list = subs === undefined ? [] : [].concat(subs);
        return entry.message.replace(/\\$(\\$|[1-9])/g, (_, w) => (w === '$' ? '$' : (list[Number(w) - 1] ?? '')));
      },
    },
  };
  // webextension-polyfill checks for \`chrome.runtime.id\` before it uses \`browser\` as it is.
  globalThis.chrome = globalThis.browser;
})();`;
}
