import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { replay } from '../../helpers/api-replay';
import { makeCertificate } from './certificate';

/** One request the browser sent through the proxy. */
export interface LoggedRequest {
  host: string;
  url: string;
}

/**
 * The browsers' own services (updates, sign-in, autofill, remote settings). They call these with
 * or without any extension installed, and carry no header that tells them apart from an
 * extension's fetches, so they are recognised by host.
 */
export const BROWSER_SERVICE_HOST =
  /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.(com|org|net)|firefox\.com|mozaws\.net)$/;

/** The hosts the recordings answer for. */
export const RECORDED_API_HOSTS = ['www.ebi.ac.uk', 'api.crossref.org', 'clinicaltrials.gov', 'eutils.ncbi.nlm.nih.gov'];

/**
 * The only internet the test browsers see: an HTTPS-intercepting proxy that answers the scholarly
 * APIs from recorded responses, refuses every other host, and logs every request. Browsers are
 * pointed at it from the test side (proxy settings and accepting its certificate), so the
 * extension under test is the production build, unchanged.
 */
export class FakeInternet {
  readonly requests: LoggedRequest[] = [];
  /** Hosts that answer 500, to test how failures look to a reader. */
  readonly failingHosts = new Set<string>();
  /** Hosts that answer only after a delay, in milliseconds, to catch requests in flight. */
  readonly slowHosts = new Map<string, number>();
  private readonly proxy = createHttpServer((req, res) => this.answer(req, res, 'http'));
  private readonly tls = createHttpsServer(makeCertificate(), (req, res) => this.answer(req, res, 'https'));

  /** Every socket, tunnelled ones included, so stopping never waits on a browser's keep-alive. */
  private readonly sockets = new Set<Socket>();

  constructor() {
    this.proxy.on('connection', (socket: Socket) => this.track(socket));
    this.proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
      this.track(socket);
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) socket.unshift(head);
      this.tls.emit('connection', socket);
    });
  }

  /** Starts listening on a free loopback port and returns it. */
  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.proxy.listen(0, '127.0.0.1', resolve));
    return (this.proxy.address() as AddressInfo).port;
  }

  /** Stops the proxy. */
  async stop(): Promise<void> {
    const closed = new Promise((resolve) => this.proxy.close(resolve));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }

  /** Requests that went neither to the given hosts nor to the browser's own services. */
  requestsOutside(hosts: readonly string[]): LoggedRequest[] {
    return this.requests.filter((r) => !hosts.includes(r.host) && !BROWSER_SERVICE_HOST.test(r.host));
  }

  /** Requests to the given hosts. */
  requestsTo(host: string): LoggedRequest[] {
    return this.requests.filter((r) => r.host === host);
  }

  private answer(req: IncomingMessage, res: ServerResponse, scheme: 'http' | 'https'): void {
    const url = scheme === 'https' ? new URL(req.url ?? '/', `https://${req.headers.host}`) : new URL(req.url ?? '/');
    this.requests.push({ host: url.hostname, url: url.href });
    if (!RECORDED_API_HOSTS.includes(url.hostname)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('No network in tests');
      return;
    }
    if (this.failingHosts.has(url.hostname)) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
      return;
    }
    const answer = replay(url);
    const send = () => {
      if (!res.destroyed)
        res.writeHead(answer.status, { 'content-type': answer.contentType, 'access-control-allow-origin': '*' }).end(answer.body);
    };
    const delay = this.slowHosts.get(url.hostname);
    if (delay) setTimeout(send, delay);
    else send();
  }
}
