// The local stack's AWS endpoints (dynalite, the local SQS/SES/SNS/… servers, the Step Functions endpoint)
// run in the same process as the functions that call them. Requests from the SDK clients to them are handed
// to the server's request handler inside the process instead of through a loopback socket: the clients
// build, serialize and sign every request as they do against AWS, and the servers read the same method,
// path, headers and body; only the TCP connection and the HTTP/1.1 framing on both ends are left out, which
// profiling showed cost more than the servers' own work. Requests to anything else (and every request of a
// client in a bundle, which carries its own copy of the SDK) go through the network as before.
import { EventEmitter } from 'node:events';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

interface SdkHttpRequest {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

type Handle = (request: SdkHttpRequest, options?: unknown) => Promise<{ response: unknown }>;

const require = createRequire(import.meta.url);
const { NodeHttpHandler } = require('@smithy/node-http-handler') as {
  NodeHttpHandler: { prototype: { handle: Handle } };
};
// Resolved from the handler package, so that the response class is the one its SDK checks for.
const fromHandler = createRequire(require.resolve('@smithy/node-http-handler'));
const { HttpResponse, buildQueryString } = fromHandler('@smithy/core/protocols') as {
  buildQueryString: (query: Record<string, string | string[] | null>) => string;
  HttpResponse: new (options: {
    statusCode: number;
    reason?: string;
    headers: Record<string, string>;
    body: unknown;
  }) => unknown;
};

interface Served {
  server: Server;
  /** Requests whose answer has not come: failed when the server closes, as a closed socket fails them. */
  pending: Set<(error: Error) => void>;
}

const served = new Map<string, Served>();
let installed = false;

/** A response the server's handler writes to, collected for the SDK. */
class LocalResponse extends EventEmitter {
  statusCode = 200;
  statusMessage = '';
  sendDate = true;
  headersSent = false;
  private readonly headers: Record<string, string> = {};
  private readonly chunks: Buffer[] = [];

  constructor(private readonly done: (response: LocalResponse, body: Buffer) => void) {
    super();
  }

  setHeader(name: string, value: unknown): this {
    this.headers[name.toLowerCase()] = String(value);
    return this;
  }

  getHeader(name: string): string | undefined {
    return this.headers[name.toLowerCase()];
  }

  removeHeader(name: string): void {
    delete this.headers[name.toLowerCase()];
  }

  writeHead(
    status: number,
    reason?: string | Record<string, unknown>,
    headers?: Record<string, unknown>,
  ): this {
    this.statusCode = status;
    const fields = typeof reason === 'object' ? reason : headers;
    if (typeof reason === 'string') this.statusMessage = reason;
    for (const [name, value] of Object.entries(fields ?? {})) this.setHeader(name, value);
    this.headersSent = true;
    return this;
  }

  write(chunk: string | Uint8Array): boolean {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    return true;
  }

  end(chunk?: string | Uint8Array | (() => void)): this {
    if (chunk !== undefined && typeof chunk !== 'function') this.write(chunk);
    this.headersSent = true;
    this.done(this, Buffer.concat(this.chunks));
    return this;
  }

  fields(): Record<string, string> {
    return { ...this.headers };
  }
}

function urlOf(request: SdkHttpRequest): string {
  const query = buildQueryString(request.query ?? {});
  return `${request.path}${query ? `?${query}` : ''}`;
}

async function bodyOf(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * A stream of `bytes`, read as a socket's body is read: filled at once (Readable.from would hand the one
 * chunk over through an async iterator, a few promises a request).
 */
function readableOf(bytes: Buffer): Readable {
  const stream = new Readable({ read() {} });
  if (bytes.length > 0) stream.push(bytes);
  stream.push(null);
  return stream;
}

function dispatch(target: Served, request: SdkHttpRequest): Promise<{ response: unknown }> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    target.pending.add(fail);
    bodyOf(request.body).then((body) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
      const req = readableOf(body) as Readable & Partial<IncomingMessage>;
      Object.assign(req, { headers, method: request.method, url: urlOf(request), httpVersion: '1.1' });
      const res = new LocalResponse((answered, payload) => {
        target.pending.delete(fail);
        resolve({
          response: new HttpResponse({
            statusCode: answered.statusCode,
            reason: answered.statusMessage,
            headers: answered.fields(),
            body: readableOf(payload),
          }),
        });
      });
      target.server.emit('request', req, res as unknown as ServerResponse);
    }, fail);
  });
}

function install(): void {
  if (installed) return;
  installed = true;
  const original = NodeHttpHandler.prototype.handle;
  NodeHttpHandler.prototype.handle = function handle(this: unknown, request, options) {
    const target = served.get(`${request.hostname}:${request.port ?? ''}`);
    return target ? dispatch(target, request) : original.call(this, request, options);
  };
}

/**
 * Serves the SDK clients of this process from `server` (listening on 127.0.0.1) inside the process. Returns
 * what stops it: requests still waiting for an answer then fail as on a closed connection.
 */
export function serveInProcess(server: Server): () => void {
  install();
  const { port } = server.address() as AddressInfo;
  const key = `127.0.0.1:${port}`;
  const entry: Served = { server, pending: new Set() };
  served.set(key, entry);
  return () => {
    if (served.get(key) === entry) served.delete(key);
    for (const fail of entry.pending)
      fail(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    entry.pending.clear();
  };
}
