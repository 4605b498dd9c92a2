// `herald dev`: the local stack kept running, on one port:
// - an EventBridge endpoint (AWS JSON 1.1, X-Amz-Target AWSEvents.PutEvents): entries checked as
//   EventBridge checks them (local/bus/put-events.ts), each well-formed one put on the local bus, where the
//   synthesized rules route it to the same handlers `herald replay` runs;
// - a live clock (real time, or `speed` times faster) and "run to the next scheduled work";
// - the page (local/dev/page.ts) and its JSON and server-sent-event feeds;
// - the customer's side: the template's function URL (the fraud alert's YES/NO links) and the inbound
//   replies topic (SMS and WhatsApp replies), each reaching the function the template wires to it.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { escapeHtml } from '../../shared/domain/templates/render.ts';
import { PutEventsRequestError, putEvents } from '../bus/put-events.ts';
import { functionUrlEvent, linkEndpoints } from '../function-urls.ts';
import { inboundMessage, inboundSnsEvent } from '../inbound.ts';
import { type BusEntry, LocalHerald } from '../runtime.ts';
import { LiveClock, Serial } from './live-clock.ts';
import { devPage } from './page.ts';
import {
  type DeadLetterView,
  deadLetterView,
  journeysInFlight,
  localEmailBody,
  type MessageView,
  messageView,
  type ReplyView,
  sentRecords,
} from './view.ts';

export interface DevOptions {
  port: number;
  /** How many simulated seconds pass each real second (1: real time). */
  speed: number;
  /** The functions' own log lines (default: dropped). */
  log?: (line: string) => void;
  /** How often the clock moves, in real milliseconds. */
  tickMs?: number;
  /**
   * Entries put on the bus once the stack runs, in order, at the clock's time (their `Time` is not waited
   * for, as with PutEvents): `--demo` seeds the demo bank's customers and first day.
   */
  seed?: readonly BusEntry[];
}

export interface DevServer {
  url: string;
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `port ${port} is already in use (another herald dev, or another program); choose another with --port N, e.g. herald dev --port ${port + 1}`,
    );
    this.name = 'PortInUseError';
  }
}

const MAX_BODY_BYTES = 1024 * 1024;

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error);
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', failed);
      resolve();
    });
  });
}

const json = (res: ServerResponse, status: number, body: unknown, type = 'application/json') => {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

/** What the page knows, up to what has been published. */
interface Published {
  records: number;
  messages: number;
  deadLetters: number;
  replies: number;
}

export async function startDev(options: DevOptions): Promise<DevServer> {
  const server = createServer();
  // The port first: a port in use fails before anything else starts.
  await listen(server, options.port);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const outDir = mkdtempSync(join(tmpdir(), 'herald-dev-'));
  let herald: LocalHerald;
  try {
    herald = await LocalHerald.start(
      { outDir, operationalLog: options.log ?? (() => undefined) },
      new Date(),
    );
  } catch (error) {
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const { model } = herald;
  const functionName = (arn: string) => model.functions.find((f) => f.arn === arn)?.name;
  // The fraud reply link function: the function URL whose function checks reply links.
  const linkFunction = model.functionUrls
    .map((u) => model.functions.find((f) => f.arn === u.functionArn))
    .find((f) => f?.environment.REPLY_LINK_KEY_ARN)?.name;
  // The consent links (unsubscribe, preference page) are published under this URL; served here at /consent.
  const consentBaseUrl = linkEndpoints(model).find((e) => e.functionName === 'consent-link')?.baseUrl;
  const inboundFunctions = model.topicSubscriptions
    .filter((s) => /InboundReplies/.test(s.topic))
    .map((s) => functionName(s.functionArn))
    .filter((n): n is string => n !== undefined);
  const replyBaseUrl = model.functions.find((f) => f.environment.REPLY_BASE_URL)?.environment.REPLY_BASE_URL;

  const replies: ReplyView[] = [];
  const published: Published = { records: 0, messages: 0, deadLetters: 0, replies: 0 };
  const views: MessageView[] = [];
  const deadLetterViews: DeadLetterView[] = [];
  const clients = new Set<ServerResponse>();

  const clockState = () => {
    const next = herald.planned()[0];
    return {
      now: herald.clock.now().toISOString(),
      speed: options.speed,
      ...(next ? { next: { at: new Date(next.at).toISOString(), what: next.what } } : {}),
    };
  };
  const journeys = () => journeysInFlight(herald.stepFunctions?.list() ?? [], herald.planned());
  const send = (event: string, data: unknown) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const client of clients) client.write(frame);
  };

  /** Sends what is new since the last time; runs between jobs, never during one. */
  const publish = () => {
    const records = herald.records.slice(published.records);
    const sent = sentRecords(herald.records);
    const messages = herald.outbox
      .slice(published.messages)
      .map((m) => messageView(m, sent.get(m.providerMessageId)));
    const deadLetters = herald.deadLetters.slice(published.deadLetters).map(deadLetterView);
    const newReplies = replies.slice(published.replies);
    published.records = herald.records.length;
    published.messages = herald.outbox.length;
    published.deadLetters = herald.deadLetters.length;
    published.replies = replies.length;
    views.push(...messages);
    deadLetterViews.push(...deadLetters);
    send('update', {
      clock: clockState(),
      records,
      messages,
      deadLetters,
      replies: newReplies,
      journeys: journeys(),
    });
  };
  const snapshot = () => ({
    clock: clockState(),
    records: herald.records.slice(0, published.records),
    messages: views,
    deadLetters: deadLetterViews,
    replies: replies.slice(0, published.replies),
    journeys: journeys(),
  });

  const work = new Serial();
  /** A job on the stack, then what it changed published. */
  const job = <T>(run: () => Promise<T>) =>
    work.run(async () => {
      try {
        return await run();
      } finally {
        publish();
      }
    });
  const clock = new LiveClock(
    { clock: herald.clock, planned: () => herald.planned(), advanceTo: (t) => herald.advanceTo(t) },
    { run: job },
    options.speed,
  );
  const ticker = setInterval(() => {
    clock.tick().catch((error: unknown) => options.log?.(`herald dev: the clock failed: ${String(error)}`));
  }, options.tickMs ?? 250);
  for (const { Time: _time, ...entry } of options.seed ?? []) void job(() => herald.put(entry));

  /** The latest message of `channel` the customer received: the number to reply from. */
  const replyNumber = (customerId: string, channel: 'sms' | 'whatsapp'): string | undefined => {
    const sent = sentRecords(herald.records);
    for (let i = herald.outbox.length - 1; i >= 0; i--) {
      const m = herald.outbox[i];
      if (m?.channel === channel && sent.get(m.providerMessageId)?.customerId === customerId) return m.to;
    }
    return undefined;
  };

  const reply = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      json(res, 415, { error: 'send JSON' });
      return;
    }
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      json(res, 400, { error: 'not JSON' });
      return;
    }
    const { customerId, channel, text, quickReply } = input;
    if (typeof customerId !== 'string' || (channel !== 'sms' && channel !== 'whatsapp')) {
      json(res, 400, { error: 'customerId and channel (sms or whatsapp) are required' });
      return;
    }
    if (
      typeof text !== 'string' ||
      text.trim() === '' ||
      (quickReply !== undefined && typeof quickReply !== 'string')
    ) {
      json(res, 400, { error: 'a text is required' });
      return;
    }
    const phone = replyNumber(customerId, channel);
    if (!phone) {
      json(res, 409, { error: `${customerId} has received no ${channel} message to reply to` });
      return;
    }
    if (inboundFunctions.length === 0) {
      json(res, 501, { error: 'the template has no inbound replies topic' });
      return;
    }
    const message = inboundMessage(
      channel,
      phone,
      text,
      channel === 'sms' ? randomUUID() : `wamid.${randomUUID()}`,
      quickReply,
    );
    await job(async () => {
      replies.push({
        id: randomUUID(),
        time: herald.clock.now().toISOString(),
        customerId,
        channel,
        text,
        outcome: 'published to the inbound replies topic',
      });
      // The provider acts on its own keywords (STOP, START) before it publishes the reply.
      if (channel === 'sms') herald.smsOptOuts.heard(phone, text);
      const event = inboundSnsEvent(message, herald.clock.now(), randomUUID());
      for (const name of inboundFunctions) await herald.invokeFunction(name, event);
    });
    json(res, 202, { ok: true });
  };

  /** A request to the function URL, as Lambda hands it to the function (payload format 2.0). */
  const functionUrl = async (req: IncomingMessage, res: ServerResponse, body: Buffer, target: URL) => {
    if (!linkFunction) {
      res.writeHead(404).end();
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]),
    );
    const event = functionUrlEvent(
      target,
      { method: req.method ?? 'GET', headers, body },
      herald.clock.now(),
    );
    const result = (await job(() =>
      herald.invokeFunction(linkFunction, event),
    )) as APIGatewayProxyStructuredResultV2;
    const responseHeaders = Object.fromEntries(
      Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)]),
    );
    res.writeHead(result.statusCode ?? 200, responseHeaders);
    res.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
  };

  /** A consent link (one-click unsubscribe, preference page), as the bank's site would pass it on. */
  const consentLink = async (req: IncomingMessage, res: ServerResponse, body: Buffer, target: URL) => {
    if (!consentBaseUrl) {
      res.writeHead(404).end();
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]),
    );
    const result = await job(() =>
      herald.openLink(`${consentBaseUrl}${target.search}`, { method: req.method ?? 'GET', headers, body }),
    );
    const responseHeaders = Object.fromEntries(
      Object.entries(result?.headers ?? {}).map(([k, v]) => [k, String(v)]),
    );
    res.writeHead(result?.statusCode ?? 404, responseHeaders);
    res.end(result?.body ?? '');
  };

  const eventBridge = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const error = (status: number, type: string, message: string) => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type });
      res.end(JSON.stringify({ __type: type, message }));
    };
    const target = String(req.headers['x-amz-target']);
    if (target !== 'AWSEvents.PutEvents') {
      error(400, 'UnknownOperationException', `${target} is not served by herald dev: only PutEvents`);
      return;
    }
    let input: { Entries?: unknown };
    try {
      input = JSON.parse(body.toString('utf8')) as { Entries?: unknown };
    } catch {
      error(400, 'SerializationException', 'the request body is not JSON');
      return;
    }
    try {
      const response = putEvents(input.Entries, (entry) => {
        const eventId = randomUUID();
        // On the bus now: like EventBridge, the call is answered before the targets run.
        void job(() =>
          herald.put({ Source: entry.source, DetailType: entry.detailType, Detail: entry.detail }, eventId),
        );
        return eventId;
      });
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
      res.end(JSON.stringify(response));
    } catch (e) {
      if (!(e instanceof PutEventsRequestError)) throw e;
      error(400, e.type, e.message);
    }
  };

  const page = (res: ServerResponse) => {
    const nonce = randomBytes(16).toString('base64');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src 'nonce-${nonce}'`,
        "connect-src 'self'",
        "frame-src 'self'",
        "img-src 'self' data:",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(devPage(nonce));
  };

  const emailBody = (res: ServerResponse, id: string) => {
    const message = herald.outbox.find((m) => m.providerMessageId === id && m.channel === 'email');
    const file = message?.files.find((f) => f.endsWith('.html'));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such e-mail');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // The mail as a mail client shows it: no script, nothing fetched, links open outside it.
      'content-security-policy':
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox allow-popups allow-popups-to-escape-sandbox; frame-ancestors 'self'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(localEmailBody(readFileSync(file, 'utf8'), replyBaseUrl, consentBaseUrl));
  };

  const elsewhere = (res: ServerResponse, to: string) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not served locally</title></head>` +
        `<body style="font-family:sans-serif;max-width:36em;margin:2em auto"><h1>Not served by herald dev</h1>` +
        `<p>This link leads to <code>${escapeHtml(to)}</code>.</p>` +
        `<p>It leads to the bank's own site. The fraud reply, unsubscribe and preference page links are ` +
        `served here.</p></body></html>`,
    );
  };

  const events = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(`event: snapshot\ndata: ${JSON.stringify(snapshot())}\n\n`);
    clients.add(res);
    req.on('close', () => clients.delete(res));
  };

  let lastClock = '';
  const clockBeat = setInterval(() => {
    const state = clockState();
    const text = JSON.stringify(state);
    if (text !== lastClock) send('clock', state);
    lastClock = text;
  }, 1000);

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const target = new URL(req.url ?? '/', url);
    const route = `${req.method} ${target.pathname}`;
    readBody(req)
      .then(async (body) => {
        if (req.method === 'POST' && req.headers['x-amz-target'] !== undefined)
          return eventBridge(req, res, body);
        if (route === 'GET /') return page(res);
        if (route === 'GET /api/state') return json(res, 200, snapshot());
        if (route === 'GET /api/events') return events(req, res);
        if (route === 'POST /api/run-to-next') {
          const ran = await clock.runToNext();
          return json(res, 200, {
            ran: ran ? { at: new Date(ran.at).toISOString(), what: ran.what } : null,
            clock: clockState(),
          });
        }
        if (route === 'POST /api/reply') return reply(req, res, body);
        const email = /^\/messages\/([^/]+)\/email\.html$/.exec(target.pathname);
        if (req.method === 'GET' && email?.[1]) return emailBody(res, decodeURIComponent(email[1]));
        if (target.pathname === '/fraud-reply') return functionUrl(req, res, body, target);
        if (target.pathname === '/consent') return consentLink(req, res, body, target);
        if (route === 'GET /elsewhere') return elsewhere(res, target.searchParams.get('to') ?? '');
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      })
      .catch((error: unknown) => {
        options.log?.(
          `herald dev: ${route} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('herald dev: the request failed');
      });
  });

  let closing: Promise<void> | undefined;
  return {
    url,
    close: () => {
      closing ??= (async () => {
        clearInterval(ticker);
        clearInterval(clockBeat);
        for (const client of clients) client.end();
        clients.clear();
        await new Promise<void>((ok) => {
          server.close(() => ok());
          server.closeAllConnections();
        });
        await work.idle();
        await herald.stop();
        rmSync(outDir, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}
