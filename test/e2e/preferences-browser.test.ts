// The preference page as a customer uses it, in headless Chromium (test/support/chromium.ts finds it;
// without one the test is skipped with a notice naming what to install, or fails where
// HERALD_REQUIRE_BROWSER is set). The page is served by the consent-link function of the local stack,
// reached through a small HTTP front standing in for the bank's site (as `herald dev` fronts it): the
// customer opens the link in the footer of an e-mail Herald sent, unticks SMS marketing and saves, with
// the keyboard only. The ledger and the event emitted to the bank show the change; the Arabic page reads
// right to left; screenshots are written under the test's temporary directory.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalHerald } from '../../local/runtime.ts';
import { DynamoDbConsentLedger } from '../../shared/adapters/dynamodb/consent-ledger.ts';
import { findChromium } from '../support/chromium.ts';

const browser = findChromium();
const skipBrowser = !browser.found && !browser.required;
if (skipBrowser)
  console.warn(`test/e2e/preferences-browser.test.ts: browser test skipped: ${browser.notice}`);
const work = mkdtempSync(join(tmpdir(), 'herald-preferences-'));

const BASE = 'https://bank.example/consent';
const at = '2026-03-03T08:00:00Z';
const bus = (detailType: string, detail: Record<string, unknown>) => ({
  Source: 'bank.core',
  DetailType: detailType,
  Detail: { occurredAt: at, ...detail },
});
const grant = (customerId: string, channel: string, category: string) =>
  bus('Consent.Changed', {
    eventId: `${customerId}-${channel}-${category}`,
    customerId,
    channel,
    category,
    granted: true,
    source: 'web',
  });
const customer = (customerId: string, locale: string, timeZone: string) => [
  bus('Customer.Upserted', {
    eventId: `${customerId}-u`,
    customerId,
    name: { given: 'Sam' },
    locale,
    timeZone,
    contacts: { email: `${customerId}.person@example.com`, phone: '+447700900123' },
  }),
  ...['email', 'sms'].flatMap((channel) =>
    ['transactional', 'marketing'].map((category) => grant(customerId, channel, category)),
  ),
  // An e-mail with the preference page link in its footer.
  bus('Payment.Completed', {
    eventId: `${customerId}-p`,
    customerId,
    paymentId: 'pay-1',
    amount: '42.00',
    currency: 'EUR',
    payee: 'City Water',
  }),
];

let herald: LocalHerald;
let front: Server;
let frontUrl = '';
let context: BrowserContext;

const body = (req: IncomingMessage) =>
  new Promise<Buffer>((ok) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks)));
  });

/** The preference page link of the e-mail sent to the customer, as the front serves it. */
function preferencesLink(customerId: string): string {
  const email = herald.outbox.find(
    (m) => m.channel === 'email' && m.to.includes(`${customerId}.person@example.com`),
  );
  const link = (email?.channel === 'email' ? email.links : [])?.find((href) => href.startsWith(`${BASE}?`));
  if (!link) throw new Error(`no preference page link in the e-mail to ${customerId}`);
  return `${frontUrl}/consent${link.slice(BASE.length)}`;
}

beforeAll(async () => {
  if (skipBrowser) return;
  herald = await LocalHerald.start(
    { outDir: join(work, 'outbox'), operationalLog: () => undefined },
    new Date(at),
  );
  for (const entry of [
    ...customer('c-en', 'en-GB', 'Europe/London'),
    ...customer('c-ar', 'ar-AE', 'Asia/Dubai'),
  ])
    await herald.put(entry);
  // The bank's site in front of the function URL: /consent → the consent-link endpoint.
  front = createServer((req, res) => {
    body(req)
      .then(async (content) => {
        const target = new URL(req.url ?? '/', 'http://front');
        const headers = Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]),
        );
        const result = await herald.openLink(`${BASE}${target.search}`, {
          method: req.method ?? 'GET',
          headers,
          body: content,
        });
        res.writeHead(result?.statusCode ?? 404, (result?.headers ?? {}) as Record<string, string>);
        res.end(result?.body ?? '');
      })
      .catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
  });
  await new Promise<void>((ok) => front.listen(0, '127.0.0.1', () => ok()));
  frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  if (!browser.found) throw new Error(`the browser test cannot run: ${browser.notice}`);
  context = await chromium.launchPersistentContext(mkdtempSync(join(work, 'profile-')), {
    executablePath: browser.path,
    headless: true,
    viewport: { width: 800, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await new Promise<void>((ok) => (front ? front.close(() => ok()) : ok()));
  await herald?.stop();
  rmSync(work, { recursive: true, force: true });
});

const title = `the preference page in headless Chromium${skipBrowser ? ` (skipped: ${browser.notice})` : ''}`;
describe.skipIf(skipBrowser)(title, () => {
  it('unticks SMS marketing with the keyboard and saves: the ledger and the event to the bank show it', async () => {
    // Prepare
    const tab = await context.newPage();
    await tab.goto(preferencesLink('c-en'));
    const smsMarketing = tab.getByRole('group', { name: /^SMS/ }).getByLabel(/Offers and news/);
    await expect.poll(() => smsMarketing.isChecked()).toBe(true);
    // The contact is masked: the last two digits only, the address not in full.
    const text = await tab.locator('main').innerText();
    expect(text).toContain('number ending in 23');
    expect(text).not.toContain('7700900123');
    expect(text).not.toContain('c-en.person@example.com');
    expect(text).toContain('c•••@e•••.com');
    expect(text).toMatch(/Security alerts: always on/);
    // Act: keyboard only, as a customer without a mouse would
    await smsMarketing.focus();
    await tab.keyboard.press('Space');
    await tab.getByRole('button', { name: 'Save preferences' }).focus();
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/saved=1/);
    await tab.screenshot({ path: join(work, 'preferences-en.png'), fullPage: true });
    // Assess: the page, the ledger, the event
    await expect.poll(() => tab.getByRole('status').innerText()).toContain('Your preferences are saved.');
    expect(
      await tab
        .getByRole('group', { name: /^SMS/ })
        .getByLabel(/Offers and news/)
        .isChecked(),
    ).toBe(false);
    expect(
      await tab
        .getByRole('group', { name: /^E-mail/ })
        .getByLabel(/Offers and news/)
        .isChecked(),
    ).toBe(true);
    const table = herald.model.tables[0]?.name ?? '';
    const ledger = await new DynamoDbConsentLedger(new DynamoDBClient({}), table).entries('c-en');
    const page = ledger.filter((e) => e.source === 'preference_page');
    expect(page.map((e) => `${e.channel} ${e.category} ${e.granted}`)).toEqual(['sms marketing false']);
    const events = herald.records.filter(
      (r) => r.kind === 'emitted' && r.detailType === 'Consent.ChangedByCustomer',
    );
    expect(events.map((e) => (e.kind === 'emitted' ? e.detail : undefined))).toEqual([
      expect.objectContaining({
        customerId: 'c-en',
        channel: 'sms',
        category: 'marketing',
        granted: false,
        source: 'preference_page',
      }),
    ]);
    expect(statSync(join(work, 'preferences-en.png')).size).toBeGreaterThan(1000);
  });

  it('refuses the same form sent twice, and changes nothing', async () => {
    // Prepare: the page, its form sent once
    const tab = await context.newPage();
    await tab.goto(preferencesLink('c-en'));
    const form = await tab.locator('input[name=f]').getAttribute('value');
    await tab.getByRole('button', { name: 'Save preferences' }).click();
    await tab.waitForURL(/saved=1/);
    const before = herald.records.length;
    // Act: the same form value posted again, unticking everything
    const again = await tab.request.post(preferencesLink('c-en'), {
      form: { f: form ?? '' },
      headers: { 'sec-fetch-site': 'same-origin' },
      maxRedirects: 0,
    });
    // Assess
    expect(again.status()).toBe(400);
    expect(herald.records.slice(before)).toEqual([]);
  });

  it('lays the Arabic page out right to left (dir=rtl), in Arabic', async () => {
    // Act
    const tab = await context.newPage();
    await tab.goto(preferencesLink('c-ar'));
    await tab.screenshot({ path: join(work, 'preferences-ar.png'), fullPage: true });
    // Assess
    expect(await tab.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await tab.locator('html').getAttribute('lang')).toBe('ar');
    expect(await tab.locator('h1').innerText()).toBe('تفضيلات الرسائل');
    const direction = await tab
      .locator('main')
      .evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).direction);
    expect(direction).toBe('rtl');
    expect(statSync(join(work, 'preferences-ar.png')).size).toBeGreaterThan(1000);
  });
});
