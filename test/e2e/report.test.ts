// `herald report DELIVERY_LOG.jsonl --out DIR`: the command, the HTML page it writes, and that page as a
// person sees it, opened in headless Chromium (test/support/chromium.ts finds it; .ci/run installs Debian's
// package). Without Chromium the browser test is skipped with a notice naming what to install, and fails
// instead where HERALD_REQUIRE_BROWSER is set, as .ci/run sets it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { synthesizeTemplates } from '../../local/app-model.ts';
import {
  funnelId,
  GOAL_BAR_LABEL,
  headlineTable,
  parseDeliveryLog,
  REPORT_TITLE,
  renderReport,
} from '../../local/report.ts';
import { findChromium } from '../support/chromium.ts';

const browser = findChromium();
const skipBrowser = !browser.found && !browser.required;
if (skipBrowser) console.warn(`test/e2e/report.test.ts: browser test skipped: ${browser.notice}`);
const FIXTURE = new URL('./fixtures/delivery-log-journeys.jsonl', import.meta.url);
const journeyLog = readFileSync(FIXTURE, 'utf8');
const work = mkdtempSync(join(tmpdir(), 'herald-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const herald = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['local/bin/herald.mjs', ...args], { cwd: process.cwd() });

describe('reading a delivery log', () => {
  it('keeps delivery and rejected records, skips emitted events, reports malformed lines by number', () => {
    const text = [
      ...journeyLog.trim().split('\n').slice(0, 3),
      '{"kind":"delivery","v":1,"time":"2026-03-02T10:00:00.000Z"',
      '',
      '["not", "a record"]',
      '{"kind":"delivery","v":1,"time":"2026-03-02T10:00:00.000Z","customerId":"c-1","channel":"sms"}',
      '{"kind":"emitted","v":1,"time":"2026-03-02T10:00:00.000Z","source":"herald","detailType":"Customer.Erased","detail":{}}',
      '{"kind":"rejected","v":1,"time":"2026-03-02T10:00:00.000Z","source":"bank.core","detailType":"X","reason":"r"}',
    ].join('\n');

    const parsed = parseDeliveryLog(text);

    expect(parsed.records.map((r) => r.kind)).toEqual(['delivery', 'delivery', 'delivery', 'rejected']);
    expect(parsed.problems).toEqual([
      { line: 4, reason: 'not valid JSON' },
      { line: 6, reason: 'not a JSON object' },
      { line: 7, reason: 'delivery record without type, status' },
    ]);
    expect(parsed.skipped).toBe(1);
  });
});

describe('herald report (the command)', () => {
  it('writes DIR/report.html, prints the headline table, and names each malformed line on stderr', async () => {
    const log = join(work, 'with-errors.jsonl');
    writeFileSync(log, `${journeyLog.trim()}\nthis is not json\n`);
    const out = join(work, 'cli');

    const { stdout, stderr } = await herald('report', log, '--out', out);

    const lines = journeyLog.trim().split('\n').length;
    expect(stderr).toContain(`${log}:${lines + 1}: not valid JSON; skipped`);
    expect(stderr).toContain(`wrote ${join(out, 'report.html')}`);
    expect(stdout.split('\n')[0]).toBe('Deliveries by type, channel and status');
    // The fixture's biggest group first: reminder e-mails sent, 4 + 3 + 2 for reminders 1, 2 and 3.
    expect(stdout.split('\n')[2]).toMatch(/^\s+card_activation\.reminder\s+email\s+sent\s+9$/);
    expect(stdout).toMatch(/card_activation\.welcome\s+sms\s+suppressed\s+1/);
    expect(stdout.trim().split('\n')).toHaveLength(2 + 17);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain(`id="${funnelId('card_activation')}"`);
  });

  it('fails with usage when no log is given', async () => {
    await expect(herald('report')).rejects.toMatchObject({ code: 2 });
  });
});

describe('the report page', () => {
  const records = parseDeliveryLog(journeyLog).records;

  it('is one self-contained file: no script, no stylesheet link, no image, nothing to fetch', () => {
    const html = renderReport(records);

    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\b(?:src|href)\s*=|url\(|@import/i);
  });

  it('escapes every value and masks anything shaped like contact data or a token', () => {
    const hostile = [
      {
        kind: 'delivery',
        v: 1,
        time: '2026-03-02T09:00:00.000Z',
        customerId: 'c-x',
        type: '<script>alert("x")</script>',
        channel: 'email',
        status: 'failed',
        reason: 'bounced for ana.popescu@example.com, +40 700 000 001',
        journey: 'j"><img onerror=alert(1)>',
        step: 's1',
      },
      {
        kind: 'rejected',
        v: 1,
        time: '2026-03-02T09:00:00.000Z',
        source: 'bank.core',
        detailType: 'Customer.Upserted',
        reason:
          'token 740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad card 4111111111111111',
      },
    ];

    const html = renderReport(hostile);
    const text = headlineTable(hostile);

    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img onerror');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    for (const output of [html, text]) {
      expect(output).not.toMatch(/popescu@example\.com|700 000 001|740f4707bebc|4111111111111111/);
    }
    expect(html).toContain('bounced for [e-mail], [phone]');
    expect(html).toContain('token [token] card [number]');
  });
});

describe('the report names the saved queries as the stack deploys them', () => {
  const records = parseDeliveryLog(journeyLog).records;

  it('every deployed query but the customer timeline (one customer, not a report), as herald-<env>/<name>', () => {
    const deployed = synthesizeTemplates('dev')
      .flatMap((stack) => Object.values(stack.template.Resources ?? {}))
      .filter((resource) => resource.Type === 'AWS::Logs::QueryDefinition')
      .map((resource) => String((resource.Properties as { Name: string }).Name).replace(/^herald-dev\//, ''))
      .filter((name) => !name.startsWith('customer-timeline'));

    const html = renderReport(records);

    const named = [...html.matchAll(/<code>herald-&lt;env&gt;\/([^<]+)<\/code>/g)].map((match) => match[1]);
    expect(deployed).toContain('deliveries-by-type-channel-status');
    expect([...new Set(named)].sort()).toEqual([...deployed].sort());
  });
});

describe('journey funnels in the report', () => {
  const records = parseDeliveryLog(journeyLog).records;
  const chartOf = (html: string, journey: string) =>
    html.match(new RegExp(`<svg id="${funnelId(journey)}"[\\s\\S]*?</svg>`))?.[0] ?? '';

  it('count customers sent each step: a welcome suppressed and deferred (cust-a07) brings no one', () => {
    const html = renderReport(records);

    const chart = chartOf(html, 'card_activation');
    expect(chart).toContain('data-step="welcome" data-customers="6"');
    expect(chart).toContain('data-step="reminder_3" data-customers="2"');
  });

  it('end with one goal bar (converted customers), drawn in a colour of its own, as the caption says', () => {
    const html = renderReport(records);

    for (const [journey, converted] of [
      ['card_activation', 4],
      ['win_back', 2],
    ] as const) {
      const bars = [...chartOf(html, journey).matchAll(/<rect class="([^"]+)"[^>]*>/g)];
      expect(bars.map((bar) => bar[1]).at(-1), journey).toBe('bar goal');
      expect(
        bars.filter((bar) => bar[1] === 'bar goal'),
        journey,
      ).toHaveLength(1);
      expect(bars.at(-1)?.[0]).toContain(`data-customers="${converted}"`);
    }
    expect(html).toContain(`>${GOAL_BAR_LABEL}</text>`);
    const fill = (selector: string) => html.match(new RegExp(`${selector}\\{fill:(#[0-9a-f]{6})\\}`))?.[1];
    expect(fill('svg \\.bar\\.goal')).toBeDefined();
    expect(fill('svg \\.bar\\.goal')).not.toBe(fill('svg \\.bar'));
    expect(html).toContain('The last bar, in green: customers who reached the journey');
  });
});

const browserTitle = `the report in headless Chromium${skipBrowser ? ` (skipped: ${browser.notice})` : ''}`;
describe.skipIf(skipBrowser)(browserTitle, () => {
  it('shows the title and one funnel bar per step of each journey; the screenshot is a PNG', async () => {
    if (!browser.found) throw new Error(`the browser test cannot run: ${browser.notice}`);
    const out = join(work, 'browser');
    await herald('report', FIXTURE.pathname, '--out', out);
    const page = join(out, 'report.html');
    const shot = join(out, 'report.png');
    const context = await chromium.launchPersistentContext(mkdtempSync(join(work, 'profile-')), {
      executablePath: browser.path,
      headless: true,
      viewport: { width: 1000, height: 800 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const fetched: string[] = [];
    try {
      const tab = await context.newPage();
      tab.on('request', (request) => {
        fetched.push(request.url());
      });
      await tab.goto(pathToFileURL(page).href);

      expect(await tab.title()).toBe(REPORT_TITLE);
      const bars = tab.locator(`#${funnelId('card_activation')} rect.bar:not(.goal)`);
      expect(await bars.count()).toBe(4);
      expect(await bars.evaluateAll((rects) => rects.map((r) => r.getAttribute('data-step')))).toEqual([
        'welcome',
        'reminder_1',
        'reminder_2',
        'reminder_3',
      ]);
      // Bars are drawn to scale: welcome (6 customers) is the widest, reminder_3 (2) a third of it.
      const widths = await bars.evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));
      expect((widths[3] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(2 / 6, 2);
      expect(await tab.locator(`#${funnelId('win_back')} rect.bar`).count()).toBe(3);
      // The goal bar is green, as the caption says, and the step bars are not.
      const fills = async (selector: string) =>
        tab
          .locator(selector)
          .evaluateAll((rects) => rects.map((r) => r.ownerDocument.defaultView?.getComputedStyle(r).fill));
      const goal = await fills(`#${funnelId('card_activation')} rect.bar.goal`);
      expect(goal).toEqual(['rgb(47, 158, 91)']);
      const [red = 0, green = 0, blue = 0] = (goal[0]?.match(/\d+/g) ?? []).map(Number);
      expect(green).toBeGreaterThan(red + 50);
      expect(green).toBeGreaterThan(blue + 50);
      expect(new Set(await fills(`#${funnelId('card_activation')} rect.bar:not(.goal)`))).toEqual(
        new Set(['rgb(62, 123, 250)']),
      );
      expect(await tab.locator(`#${funnelId('card_activation')}`).isVisible()).toBe(true);

      await tab.screenshot({ path: shot, fullPage: true });
    } finally {
      await context.close();
    }

    // The page fetched nothing but itself.
    expect(fetched).toEqual([pathToFileURL(page).href]);
    const png = readFileSync(shot);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1000);
    expect(png.readUInt32BE(20)).toBeGreaterThan(800);
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });
});
