// `herald dev` as a bank engineer runs it: the command started as a child process on a free port, fed by
// the real `@aws-sdk/client-eventbridge` client; its delivery log read back from the page's JSON feed; the
// page itself in headless Chromium (test/support/chromium.ts finds it; skipped with a notice without one,
// as test/e2e/report.test.ts is), where the customer answers a fraud alert; and its shutdown on SIGINT and
// SIGTERM, and its answer to a port already in use.
//
// HERALD_UPDATE_SCREENSHOT=1 also writes the page, once the answer came back, to docs/herald-dev.png (the
// README's picture).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MessageView } from '../../local/dev/view.ts';
import type { OutputRecord } from '../../local/records.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { findChromium } from '../support/chromium.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const hasAwsCli = (() => {
  try {
    execFileSync('aws', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const browser = findChromium();
const skipBrowser = !browser.found && !browser.required;
if (skipBrowser) console.warn(`test/e2e/dev.test.ts: browser test skipped: ${browser.notice}`);
const work = mkdtempSync(join(tmpdir(), 'herald-dev-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

interface DevProcess {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Starts `herald dev --port PORT` as the README says to (node local/bin/herald.mjs), until it listens. */
async function startDev(port: number, ...args: string[]): Promise<DevProcess> {
  const child = spawn(process.execPath, ['local/bin/herald.mjs', 'dev', '--port', String(port), ...args], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
  });
  const exited = new Promise<number | null>((ok) => child.on('close', (code) => ok(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (found?.[1]) resolve(found[1]);
    });
    exited.then((code) => reject(new Error(`herald dev exited with ${code}: ${stderr}`)));
  });
  return { child, url, stderr: () => stderr, exited };
}

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/** The processes whose parent is `pid` (ps): tsx's esbuild service, a dynalite if one were spawned. */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(Number);
  } catch {
    return []; // ps exits 1 when there is none
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits (up to 5 s) until none of `pids` runs any more; returns those still running. */
async function stillRunning(pids: number[]): Promise<number[]> {
  for (let i = 0; i < 50 && pids.some(alive); i++) await new Promise((ok) => setTimeout(ok, 100));
  return pids.filter(alive);
}

const client = (url: string) =>
  new EventBridgeClient({
    endpoint: url,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'any', secretAccessKey: 'any' },
    maxAttempts: 1,
  });

/** The bank's events for one customer who takes e-mail and SMS, then a suspected fraud on their card. */
function fraudStory(customerId: string): PutEventsRequestEntry[] {
  const at = new Date().toISOString();
  const entry = (detailType: string, detail: Record<string, unknown>): PutEventsRequestEntry => ({
    EventBusName: 'herald-dev',
    Source: 'bank.core',
    DetailType: detailType,
    Detail: JSON.stringify({ occurredAt: at, customerId, ...detail }),
  });
  return [
    entry('Customer.Upserted', {
      eventId: `up-${customerId}`,
      name: { given: 'Dev' },
      locale: 'en-GB',
      timeZone: 'Europe/London',
      contacts: { email: `${customerId}@example.com`, phone: '+447700900106' },
    }),
    ...['email', 'sms'].map((channel) =>
      entry('Consent.Changed', {
        eventId: `consent-${customerId}-${channel}`,
        channel,
        category: 'transactional',
        granted: true,
        source: 'app',
      }),
    ),
    entry('Fraud.Suspected', {
      eventId: `fs-${customerId}`,
      caseId: `case-${customerId}`,
      cardId: 'card-6666',
      cardLast4: '6666',
      transactions: [{ amount: '1250.00', currency: 'EUR', merchant: 'ACME Electronics', occurredAt: at }],
      riskScore: 0.92,
    }),
  ];
}

interface PageState {
  records: OutputRecord[];
  messages: MessageView[];
}
const stateOf = async (url: string): Promise<PageState> =>
  (await (await fetch(`${url}/api/state`)).json()) as PageState;

/** Polls the page's JSON feed until `ready` holds (the stack runs the events after answering PutEvents). */
async function until(url: string, ready: (s: PageState) => boolean, timeoutMs = 30_000): Promise<PageState> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const state = await stateOf(url);
    if (ready(state)) return state;
    if (performance.now() > end) throw new Error(`herald dev: not ready: ${JSON.stringify(state.records)}`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

const alertsOf = (state: PageState, customerId: string) =>
  state.records.filter(
    (r): r is DeliveryRecord =>
      r.kind === 'delivery' && r.customerId === customerId && r.type === 'fraud.alert',
  );

describe('herald dev', () => {
  let dev: DevProcess;
  beforeAll(async () => {
    dev = await startDev(await freePort());
  }, 90_000);
  afterAll(() => {
    if (dev?.child.exitCode === null) dev.child.kill('SIGKILL');
  });

  it('takes PutEvents from the AWS SDK, reports a malformed entry in its own result, and runs the rest', async () => {
    // Prepare
    const eventBridge = client(dev.url);
    const [upsert, ...rest] = fraudStory('c-dev-sdk');
    // Act
    const result = await eventBridge.send(
      new PutEventsCommand({
        Entries: [
          upsert as PutEventsRequestEntry,
          { Source: 'bank.core', DetailType: 'Fraud.Suspected', Detail: '["x"]' },
          ...rest,
        ],
      }),
    );
    eventBridge.destroy();
    // Assess
    expect(result.FailedEntryCount).toBe(1);
    expect(result.Entries?.map((e) => e.ErrorCode ?? 'ok')).toEqual([
      'ok',
      'MalformedDetail',
      'ok',
      'ok',
      'ok',
    ]);
    expect(result.Entries?.[1]?.ErrorMessage).toBe('Detail is malformed.');
    const state = await until(
      dev.url,
      (s) => alertsOf(s, 'c-dev-sdk').filter((r) => r.status === 'sent').length === 2,
    );
    expect(
      alertsOf(state, 'c-dev-sdk')
        .filter((r) => r.status === 'sent')
        .map((r) => r.channel)
        .sort(),
    ).toEqual(['email', 'sms']);
    // The malformed entry never reached the bus: nothing was rejected for it.
    expect(state.records.filter((r) => r.kind === 'rejected')).toEqual([]);
  });

  it('refuses a call of 11 entries as EventBridge does', async () => {
    const eventBridge = client(dev.url);
    const call = eventBridge.send(
      new PutEventsCommand({
        Entries: Array.from({ length: 11 }, () => fraudStory('x')[0] as PutEventsRequestEntry),
      }),
    );
    await expect(call).rejects.toMatchObject({ name: 'ValidationException' });
    eventBridge.destroy();
  });

  it('runs the README\'s SDK and CLI snippets of "Try it with your own producer" as they stand', async () => {
    // Prepare: the snippets, pointed at this server's port
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Try it with your own producer'));
    const sdk = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const cli = /With the AWS CLI:\s*```bash\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(sdk).toContain("endpoint: 'http://127.0.0.1:4000'");
    expect(cli).toContain('--endpoint-url http://127.0.0.1:4000');
    mkdirSync(join(ROOT, '.herald'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, '.herald', 'readme-'));
    const file = join(dir, 'producer.ts');
    writeFileSync(file, sdk.replaceAll('http://127.0.0.1:4000', dev.url));
    const logged: unknown[][] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args) => {
      logged.push(args);
    });
    try {
      // Act
      await import(pathToFileURL(file).href);
    } finally {
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
    // Assess: answered per entry, and the fraud alert reached the customer
    expect(logged[0]).toEqual([0, Array.from({ length: 3 }, () => ({ EventId: expect.any(String) }))]);
    const state = await until(dev.url, (s) => alertsOf(s, 'c-readme').some((r) => r.status === 'sent'));
    expect(alertsOf(state, 'c-readme').find((r) => r.status === 'sent')?.channel).toBe('sms');
    if (!hasAwsCli) {
      console.warn('test/e2e/dev.test.ts: the AWS CLI snippet is not run: no `aws` on PATH');
      return;
    }
    const answer = JSON.parse(
      execFileSync('bash', ['-c', cli.replaceAll('http://127.0.0.1:4000', dev.url)], { encoding: 'utf8' }),
    ) as { FailedEntryCount: number; Entries: { EventId?: string }[] };
    expect(answer.FailedEntryCount).toBe(0);
    expect(answer.Entries).toHaveLength(1);
    expect(answer.Entries[0]?.EventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  const browserTitle = `the page in headless Chromium${skipBrowser ? ` (skipped: ${browser.notice})` : ''}`;
  describe.skipIf(skipBrowser)(browserTitle, () => {
    it('shows the fraud alert in the inbox; NO, confirmed, puts Card.HoldRequested among the emitted events', async () => {
      // Prepare
      const context = await chromium.launchPersistentContext(mkdtempSync(join(work, 'profile-')), {
        executablePath: browser.found ? browser.path : undefined,
        headless: true,
        viewport: { width: 1400, height: 900 },
      });
      try {
        const page = await context.newPage();
        const blocked: string[] = [];
        page.on('console', (m) => {
          if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
        });
        await page.goto(dev.url);
        await page.locator('#live', { hasText: 'live' }).waitFor();
        const eventBridge = client(dev.url);
        // Act: the bank's producer sends the story; the customer opens the alert and answers NO
        await eventBridge.send(new PutEventsCommand({ Entries: fraudStory('c-dev-page') }));
        eventBridge.destroy();
        await page.locator('[data-customer="c-dev-page"]').click();
        const sms = page.locator('.message.sms .bubble', { hasText: 'ACME Electronics' });
        await sms.waitFor();
        const mail = page.frameLocator('.message.email iframe');
        const no = mail.locator('a[href*="/fraud-reply"]', { hasText: /no/i });
        await no.waitFor();
        const screenshot = join(work, 'inbox.png');
        await page.screenshot({ path: screenshot });
        const textAtCapture = await page.locator('#inbox').innerText();
        const mailText = await mail.locator('body').innerText();
        const [answer] = await Promise.all([context.waitForEvent('page'), no.click()]);
        await answer.getByRole('button', { name: /wasn.t me/i }).click();
        await answer.getByRole('heading', { name: 'Thank you' }).waitFor();
        const hold = page.locator('#emitted li[data-detail-type="Card.HoldRequested"]');
        await hold.waitFor();
        // Assess
        const png = readFileSync(screenshot);
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect(statSync(screenshot).size).toBeGreaterThan(20_000);
        expect(textAtCapture).toContain('ACME Electronics');
        expect(mailText).toContain('ACME Electronics');
        expect(await hold.innerText()).toContain('case-c-dev-page');
        expect(blocked).toEqual([]);
        if (process.env.HERALD_UPDATE_SCREENSHOT === '1') {
          // The README's picture: the same inbox once the answer has come back.
          await page.locator('#inbox .message').nth(2).waitFor();
          await page.screenshot({ path: join(import.meta.dirname, '..', '..', 'docs', 'herald-dev.png') });
        }
      } finally {
        await context.close();
      }
    });
  });

  it('stops on Ctrl-C (SIGINT): exits 0 on its own, its port closed, no child process left behind', async () => {
    // Prepare
    const port = Number(new URL(dev.url).port);
    const children = childrenOf(dev.child.pid as number);
    // Act
    dev.child.kill('SIGINT');
    const code = await dev.exited;
    // Assess
    expect(code).toBe(0);
    expect(dev.stderr()).toContain('herald dev: stopped');
    expect(await canConnect(port)).toBe(false);
    expect(await stillRunning(children)).toEqual([]);
  });
});

describe('herald dev: stopping and starting', () => {
  it('stops on SIGTERM: exits 0 on its own, its port closed', async () => {
    // Prepare
    const port = await freePort();
    const dev = await startDev(port);
    expect(await canConnect(port)).toBe(true);
    const children = childrenOf(dev.child.pid as number);
    // Act
    dev.child.kill('SIGTERM');
    const code = await dev.exited;
    // Assess
    expect(code).toBe(0);
    expect(dev.stderr()).toContain('SIGTERM: stopping');
    expect(await canConnect(port)).toBe(false);
    expect(await stillRunning(children)).toEqual([]);
  }, 90_000);

  it('--demo seeds the demo bank: every channel has a message in some inbox', async () => {
    // Prepare
    const dev = await startDev(await freePort(), '--demo');
    const channels = (state: PageState) => new Set(state.messages.map((m) => m.channel));
    try {
      // Act: the demo's first day runs at the clock's time; what quiet hours hold back comes with the next
      // scheduled work
      const end = performance.now() + 150_000;
      let state = await stateOf(dev.url);
      let seen = -1;
      while (channels(state).size < 4 && performance.now() < end) {
        await new Promise((ok) => setTimeout(ok, 1000));
        const next = await stateOf(dev.url);
        if (next.records.length === seen) await fetch(`${dev.url}/api/run-to-next`, { method: 'POST' });
        seen = next.records.length;
        state = next;
      }
      // Assess
      expect([...channels(state)].sort()).toEqual(['email', 'push', 'sms', 'whatsapp']);
    } finally {
      dev.child.kill('SIGTERM');
      await dev.exited;
    }
  }, 200_000);

  it('names the port in use and how to choose another, with a non-zero exit code', async () => {
    // Prepare
    const port = await freePort();
    const taken: Server = createServer();
    await new Promise<void>((ok) => taken.listen(port, '127.0.0.1', () => ok()));
    try {
      // Act
      const dev = await startDev(port).catch((error: Error) => error);
      // Assess
      expect(dev).toBeInstanceOf(Error);
      expect((dev as Error).message).toContain('herald dev exited with 1');
      expect((dev as Error).message).toContain(`port ${port} is already in use`);
      expect((dev as Error).message).toContain('--port');
    } finally {
      await new Promise<void>((ok) => taken.close(() => ok()));
    }
  });
});
