// The suspicious-activity alert through the local stack: test/e2e/fixtures/fraud-alert.jsonl played as
// `herald replay` plays it, then the links in the outbox checked against the same run's KMS stand-in.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KMSClient } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../../local/records.ts';
import { parseEntries } from '../../local/replay.ts';
import { LocalHerald } from '../../local/runtime.ts';
import { KmsMacVerifier } from '../../shared/adapters/kms/link-signer.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { type ReplyTokenCheck, verifyReplyToken } from '../../shared/domain/reply-link.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'fraud-alert.jsonl');
/** 02:00 in Bucharest, inside both customers' quiet hours (22:00–07:00). */
const ALERT_TIME = '2026-03-03T00:00:00.000Z';
const DEADLINE = '2026-03-03T00:30:00.000Z';

const outDir = mkdtempSync(join(tmpdir(), 'herald-fraud-'));
let herald: LocalHerald;
/** Every link of the outbox, checked with KMS VerifyMac while the run's stand-in is still up. */
const checked = new Map<string, ReplyTokenCheck>();
let keyArn = '';

const tokenOf = (href: string) => new URL(href.replaceAll('&amp;', '&')).searchParams.get('t') ?? '';
const linksIn = (text: string) =>
  [...text.matchAll(/https:\/\/bank\.example\/fraud-reply\?t=[A-Za-z0-9_.-]+/g)].map((m) => m[0]);

beforeAll(async () => {
  const { entries, problems } = parseEntries(readFileSync(FIXTURE, 'utf8'));
  expect(problems).toEqual([]);
  herald = await LocalHerald.start(
    { outDir, operationalLog: () => undefined },
    new Date(entries[0]?.time ?? 0),
  );
  for (const { time, entry } of entries) {
    await herald.advanceTo(time);
    await herald.put(entry);
  }
  await herald.runToEnd();
  keyArn =
    herald.model.functions.find((fn) => fn.name === 'render-security')?.environment.REPLY_LINK_KEY_ARN ?? '';
  // The real KMS client, led to the stand-in by AWS_ENDPOINT_URL_KMS (set by the runtime).
  const verifier = new KmsMacVerifier(new KMSClient({}), keyArn);
  const files = herald.outbox.flatMap((m) => m.files).filter((f) => /\.(html|push\.json)$/.test(f));
  for (const file of files) {
    for (const link of linksIn(readFileSync(file, 'utf8'))) {
      checked.set(link, await verifyReplyToken(tokenOf(link), new Date('2026-03-03T00:10:00Z'), verifier));
    }
  }
});
afterAll(async () => {
  await herald?.stop();
  rmSync(outDir, { recursive: true, force: true });
});

/** The alert's records for a Fraud.Suspected (the reply loop's later messages carry its eventId too). */
const deliveries = (eventId: string) =>
  herald.records
    .filter(
      (r): r is DeliveryRecord => r.kind === 'delivery' && r.eventId === eventId && r.type === 'fraud.alert',
    )
    .map((r) => `${r.time} ${r.channel} ${r.status}${r.reason ? ` ${r.reason}` : ''}`);
/** The alerts sent to `to` (the reply loop's escalation and outcome messages come later: fraud-reply.test.ts). */
const sentTo = (to: string) =>
  herald.outbox.filter(
    (m) => m.time === ALERT_TIME && 'to' in m && (m.to === to || (Array.isArray(m.to) && m.to.includes(to))),
  );
const only = <T extends OutboxMessage['channel']>(messages: OutboxMessage[], channel: T) => {
  const found = messages.filter((m): m is Extract<OutboxMessage, { channel: T }> => m.channel === channel);
  expect(found).toHaveLength(1);
  return found[0] as Extract<OutboxMessage, { channel: T }>;
};

describe('fraud alert (herald replay test/e2e/fixtures/fraud-alert.jsonl)', () => {
  it('signs links with the reply-link key the stack gives render-security', () => {
    expect(keyArn).toMatch(/ReplyLinkKey/);
  });

  it('reaches a customer with no consents at all at 02:00, in quiet hours, at once: one reachable channel', () => {
    // Security alerts override consent on the first reachable channel of the type's order (sms); the
    // others wait for the customer's consent, like every security message (shared/domain/policy).
    expect(deliveries('fraud-ana-1').sort()).toEqual(
      [
        `${ALERT_TIME} sms sent`,
        `${ALERT_TIME} push suppressed consent`,
        `${ALERT_TIME} whatsapp suppressed consent`,
        `${ALERT_TIME} email suppressed consent`,
      ].sort(),
    );
    const sms = only(sentTo('+40700000001'), 'sms');
    expect(sms.text).toMatch(
      /^Demo Bank: did you make 2 payments with card ending 4242, latest €1,250\.00 at /,
    );
    expect(sms.text).toMatch(/Reply YES if it was you, NO if not\.$/);
  });

  it('sends at once on every channel a customer allows, 02:00 quiet hours notwithstanding', () => {
    expect(deliveries('fraud-ion-1').sort()).toEqual(
      [
        `${ALERT_TIME} sms sent`,
        `${ALERT_TIME} push sent`,
        `${ALERT_TIME} whatsapp sent`,
        `${ALERT_TIME} email sent`,
      ].sort(),
    );
    expect(herald.records.some((r) => r.kind === 'delivery' && r.status === 'deferred')).toBe(false);
  });

  it('e-mails YES and NO links whose tokens verify against the local KMS, for the case and the answer', () => {
    const email = only(sentTo('ion.ionescu@example.com'), 'email');
    const html = readFileSync(email.files.find((f) => f.endsWith('.html')) ?? '', 'utf8');
    const links = linksIn(html);
    expect(links).toHaveLength(2);
    const claims = links.map((link) => {
      const check = checked.get(link);
      expect(check?.ok).toBe(true);
      return check?.ok ? check.claims : undefined;
    });
    expect(claims).toEqual([
      expect.objectContaining({ caseId: 'case-ion-3', customerId: 'c-ion', answer: 'yes' }),
      expect.objectContaining({ caseId: 'case-ion-3', customerId: 'c-ion', answer: 'no' }),
    ]);
    for (const c of claims) expect(new Date((c?.expiresAt ?? 0) * 1000).toISOString()).toBe(DEADLINE);
    expect(html).toContain('Yes, it was me');
    expect(html).toContain('ACME Electronics');
  });

  it('refuses those tokens once altered, and once the deadline has passed', async () => {
    const verifier = new KmsMacVerifier(new KMSClient({}), keyArn);
    const [yes = '', no = ''] = [...checked.keys()].map(tokenOf);
    const swapped = `${no.split('.')[0]}.${yes.split('.')[1]}`;
    expect(await verifyReplyToken(swapped, new Date('2026-03-03T00:10:00Z'), verifier)).toEqual({
      ok: false,
      reason: 'token: the signature does not match (forged or altered)',
    });
    expect(await verifyReplyToken(yes, new Date(DEADLINE), verifier)).toEqual({
      ok: false,
      reason: `token: expired at ${DEADLINE}`,
    });
  });

  it('asks for YES/NO by SMS, and carries the quick reply payloads on WhatsApp and signed actions on push', () => {
    const messages = sentTo('+40700000002');
    expect(only(messages, 'sms').text).toBe(
      'Demo Bank: did you pay €1,250.00 at ACME Electronics with card ending 1881? Reply YES if it was you, NO if not.',
    );
    const whatsapp = JSON.parse(readFileSync(only(messages, 'whatsapp').files[0] ?? '', 'utf8'));
    const buttons = whatsapp.message.template.components.filter((c: { type: string }) => c.type === 'button');
    expect(buttons.map((b: { parameters: { payload: string }[] }) => b.parameters[0]?.payload)).toEqual([
      'FRAUD_YES:case-ion-3',
      'FRAUD_NO:case-ion-3',
    ]);
    const push = herald.outbox.find((m) => m.channel === 'push');
    const actions = JSON.parse(push?.channel === 'push' ? (push.data.actions ?? '[]') : '[]') as {
      id: string;
      url: string;
    }[];
    expect(
      actions.map((a) => [
        a.id,
        checked.get(a.url)?.ok && (checked.get(a.url) as { claims: { answer: string } }).claims.answer,
      ]),
    ).toEqual([
      ['yes', 'yes'],
      ['no', 'no'],
    ]);
  });

  it('rejects a Fraud.Suspected whose riskScore is a string, naming the field', () => {
    expect(herald.records.filter((r) => r.kind === 'rejected')).toEqual([
      {
        kind: 'rejected',
        v: 1,
        time: '2026-03-03T00:01:00.000Z',
        eventId: 'fraud-bad-1',
        source: 'bank.core',
        detailType: 'Fraud.Suspected',
        reason: 'detail.riskScore: expected a number from 0 to 1, got string',
      },
    ]);
    expect(deliveries('fraud-bad-1')).toEqual([]);
  });

  it('sends nothing more when the bank sends the same eventId again', () => {
    // fraud-ion-1 arrives at 00:00 and again at 00:05: four records, one message per channel, all at 00:00.
    expect(deliveries('fraud-ion-1')).toHaveLength(4);
    expect(sentTo('+40700000002')).toHaveLength(2); // SMS and WhatsApp
    const alerts = herald.outbox.filter((m) => m.time === ALERT_TIME);
    expect(alerts).toHaveLength(5);
    // Later: the reply loop's escalation (00:30) and outcome (00:45) of each case, once each.
    expect(herald.outbox.filter((m) => m.time !== ALERT_TIME).map((m) => m.time)).toEqual([
      '2026-03-03T00:30:00.000Z',
      '2026-03-03T00:30:00.000Z',
      '2026-03-03T00:45:00.000Z',
      '2026-03-03T00:45:00.000Z',
    ]);
  });

  it('writes no token, address or phone number into the delivery log', () => {
    const log = JSON.stringify(herald.records);
    for (const secret of ['fraud-reply', 'example.com', '+4070', '740f4707', 'APA91b'])
      expect(log).not.toContain(secret);
  });
});
