// The Arabic fraud alert e-mail as a customer sees it, opened in headless Chromium (test/support/chromium.ts
// finds it; without one the test is skipped with a notice naming what to install, or fails where
// HERALD_REQUIRE_BROWSER is set). Each transaction line is read back from the laid-out page: right to left it
// must read amount, merchant, date, whatever script the merchant's name is written in.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dateTime, money } from '../../shared/domain/templates/render.ts';
import { writeMessage } from '../../shared/domain/templates/type-renderer.ts';
import { typeModules } from '../../shared/notifications/tables/render-security.ts';
import { findChromium } from '../support/chromium.ts';

const browser = findChromium();
const skipBrowser = !browser.found && !browser.required;
if (skipBrowser)
  console.warn(`test/e2e/arabic-email-browser.test.ts: browser test skipped: ${browser.notice}`);
const work = mkdtempSync(join(tmpdir(), 'herald-arabic-email-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const locale = 'ar-AE';
const timeZone = 'Asia/Dubai';
// The lines of the issue: a Latin merchant right before a date, at night (ص), and a merchant with a digit.
const transactions = [
  { amount: '1.00', currency: 'AED', merchant: 'CARD CHECK', occurredAt: '2026-03-07T21:50:00Z' },
  { amount: '1250.00', currency: 'AED', merchant: 'ELECTROWORLD 24', occurredAt: '2026-03-08T06:12:00Z' },
];

interface Box {
  left: number;
  right: number;
  top: number;
}

const title = `the Arabic fraud alert e-mail in headless Chromium${skipBrowser ? ` (skipped: ${browser.notice})` : ''}`;
describe.skipIf(skipBrowser)(title, () => {
  it('reads amount, merchant, date from right to left on each transaction line; the screenshot is a PNG', async () => {
    if (!browser.found) throw new Error(`the browser test cannot run: ${browser.notice}`);
    // Prepare
    const message = writeMessage(
      typeModules['fraud.alert'],
      'email',
      {
        locale,
        timeZone,
        givenName: 'Laila',
        brand: { name: 'Herald Bank', url: 'https://bank.example/app' },
        data: { caseId: 'case-77', cardLast4: '4242', replyBy: '2026-03-08T10:00:00Z', transactions },
      },
      { signed: { yes: 'https://herald.example/f/yes', no: 'https://herald.example/f/no' } },
    );
    const page = join(work, 'fraud-alert-ar.html');
    writeFileSync(page, message.html ?? '');
    const shot = join(work, 'fraud-alert-ar.png');
    const context = await chromium.launchPersistentContext(mkdtempSync(join(work, 'profile-')), {
      executablePath: browser.path,
      headless: true,
      viewport: { width: 800, height: 1200 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
    try {
      // Act: lay the page out, and measure where each part of each line is drawn.
      const tab = await context.newPage();
      await tab.goto(pathToFileURL(page).href);
      await tab.screenshot({ path: shot, fullPage: true });
      const lines = await tab.locator('li').evaluateAll(
        (items, parts) =>
          items.map((li, i) => {
            // The line's text nodes in document order (nodeType 3), whatever elements wrap them.
            interface Piece {
              nodeType: number;
              textContent: string | null;
              childNodes: ArrayLike<Piece>;
            }
            const nodes: Piece[] = [];
            const collect = (node: Piece): void => {
              if (node.nodeType === 3) nodes.push(node);
              else for (const child of Array.from(node.childNodes)) collect(child);
            };
            collect(li as unknown as Piece);
            const data = (n: Piece) => n.textContent ?? '';
            const whole = nodes.map(data).join('');
            /** The boxes the characters of `text` are drawn in (one per run the layout split it into). */
            const boxes = (text: string) => {
              const start = whole.indexOf(text);
              if (start < 0) return [];
              const range = li.ownerDocument.createRange();
              let offset = 0;
              for (const n of nodes) {
                const end = offset + data(n).length;
                if (start >= offset && start <= end) range.setStart(n as never, start - offset);
                if (start + text.length >= offset && start + text.length <= end)
                  range.setEnd(n as never, start + text.length - offset);
                offset = end;
              }
              return [...range.getClientRects()]
                .filter((r) => r.width > 0)
                .map((r) => ({ left: r.left, right: r.right, top: r.top }));
            };
            const line = parts[i] ?? { amount: '', merchant: '', date: '' };
            return {
              text: whole,
              amount: boxes(line.amount),
              merchant: boxes(line.merchant),
              date: boxes(line.date),
            };
          }),
        transactions.map((t) => ({
          amount: money(locale, t.amount, t.currency),
          merchant: t.merchant,
          date: dateTime(locale, timeZone, t.occurredAt),
        })),
      );

      // Assess: one line per transaction, each part drawn in one piece, amount rightmost, then the merchant,
      // then the date, all on the same line.
      expect(lines).toHaveLength(transactions.length);
      const span = (boxes: Box[]) => ({
        left: Math.min(...boxes.map((b) => b.left)),
        right: Math.max(...boxes.map((b) => b.right)),
      });
      for (const line of lines) {
        for (const part of [line.amount, line.merchant, line.date])
          expect(part.length, line.text).toBeGreaterThan(0);
        const tops = new Set([...line.amount, ...line.merchant, ...line.date].map((b) => Math.round(b.top)));
        expect(tops.size, `${line.text}: on one line`).toBe(1);
        const amount = span(line.amount);
        const merchant = span(line.merchant);
        const date = span(line.date);
        expect(amount.left, `${line.text}: the amount is right of the merchant`).toBeGreaterThanOrEqual(
          merchant.right,
        );
        expect(merchant.left, `${line.text}: the merchant is right of the date`).toBeGreaterThanOrEqual(
          date.right,
        );
      }
      expect(readFileSync(shot).subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
    } finally {
      await context.close();
    }
  }, 60_000);
});
