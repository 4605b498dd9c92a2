// The A/B test of the loan offer through `herald replay`: each customer's variant, as the delivery log records
// it, decides the subject and the call to action of the e-mail they receive, in their language.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { assignVariant, type Experiment } from '../../shared/domain/experiments.ts';
import { isolate } from '../../shared/domain/templates/program.ts';
import { escapeHtml, money } from '../../shared/domain/templates/render.ts';
import { entry, runReplay } from '../support/replay-harness.ts';

const out = mkdtempSync(join(tmpdir(), 'herald-ab-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The experiment loan.preapproved runs (shared/notifications/<type>/definition.ts). */
const experiment: Experiment = { id: 'loan-preapproved-2026-11', variants: ['A', 'B'] };

/** Two customers per language: with this experiment id, the first of each pair is in A, the second in B. */
const customers = [
  { id: 'cust-en-3', language: 'en', locale: 'en-GB', timeZone: 'Europe/London', currency: 'GBP' },
  { id: 'cust-en-1', language: 'en', locale: 'en-IE', timeZone: 'Europe/Dublin', currency: 'EUR' },
  { id: 'cust-id-1', language: 'id', locale: 'id-ID', timeZone: 'Asia/Jakarta', currency: 'IDR' },
  { id: 'cust-id-2', language: 'id', locale: 'id-ID', timeZone: 'Asia/Jakarta', currency: 'IDR' },
  { id: 'cust-ar-1', language: 'ar', locale: 'ar-AE', timeZone: 'Asia/Dubai', currency: 'AED' },
  { id: 'cust-ar-6', language: 'ar', locale: 'ar-AE', timeZone: 'Asia/Dubai', currency: 'AED' },
  { id: 'cust-ro-1', language: 'ro', locale: 'ro-RO', timeZone: 'Europe/Bucharest', currency: 'RON' },
  { id: 'cust-ro-5', language: 'ro', locale: 'ro-RO', timeZone: 'Europe/Bucharest', currency: 'RON' },
  { id: 'cust-vi-2', language: 'vi', locale: 'vi-VN', timeZone: 'Asia/Ho_Chi_Minh', currency: 'VND' },
  { id: 'cust-vi-1', language: 'vi', locale: 'vi-VN', timeZone: 'Asia/Ho_Chi_Minh', currency: 'VND' },
  { id: 'cust-de-1', language: 'de', locale: 'de-DE', timeZone: 'Europe/Berlin', currency: 'EUR' },
  { id: 'cust-de-3', language: 'de', locale: 'de-AT', timeZone: 'Europe/Vienna', currency: 'EUR' },
] as const;
type Language = (typeof customers)[number]['language'];

/** Subject and call to action of each variant, as templates/messages/loan-preapproved.ts writes them. */
const copy: Record<string, Record<Language, { subject: (amount: string) => string; cta: string }>> = {
  A: {
    en: { subject: (a) => `You're pre-approved for a loan of up to ${a}`, cta: 'See my offer' },
    id: {
      subject: (a) => `Anda mendapat penawaran pinjaman pra-disetujui hingga ${a}`,
      cta: 'Lihat penawaran saya',
    },
    ar: { subject: (a) => `لديك موافقة مبدئية على قرض يصل إلى ${a}`, cta: 'تفاصيل العرض' },
    ro: { subject: (a) => `Aveți un credit preaprobat de până la ${a}`, cta: 'Vedeți oferta' },
    vi: { subject: (a) => `Quý khách được phê duyệt trước khoản vay lên đến ${a}`, cta: 'Xem ưu đãi' },
    de: { subject: (a) => `Ihr vorab genehmigter Kredit über bis zu ${a}`, cta: 'Mein Angebot ansehen' },
  },
  B: {
    en: {
      subject: (a) => `Make your plans happen with up to ${a}, already pre-approved`,
      cta: 'Check my rate',
    },
    id: {
      subject: (a) => `Wujudkan rencana Anda dengan dana hingga ${a}, sudah pra-disetujui`,
      cta: 'Cek suku bunga saya',
    },
    ar: { subject: (a) => `حقق خططك بقرض يصل إلى ${a}، بموافقة مبدئية`, cta: 'اعرف سعر الفائدة' },
    ro: {
      subject: (a) => `Finanțare preaprobată de până la ${a} pentru planurile dumneavoastră`,
      cta: 'Aflați dobânda',
    },
    vi: {
      subject: (a) => `Hiện thực hóa kế hoạch của Quý khách với khoản vay đến ${a}, đã được duyệt trước`,
      cta: 'Xem lãi suất của tôi',
    },
    de: {
      subject: (a) => `Bis zu ${a} für Ihre Pläne – bereits vorab genehmigt`,
      cta: 'Meinen Zinssatz prüfen',
    },
  },
};

const AMOUNT = '15000.00';

const lines = customers.flatMap((c) => [
  entry('2026-11-02T00:00:00Z', 'Customer.Upserted', {
    eventId: `${c.id}-u`,
    customerId: c.id,
    name: { given: 'Sam' },
    locale: c.locale,
    timeZone: c.timeZone,
    contacts: { email: `${c.id}@example.com` },
  }),
  entry('2026-11-02T00:00:01Z', 'Consent.Changed', {
    eventId: `${c.id}-m`,
    customerId: c.id,
    channel: 'email',
    category: 'marketing',
    granted: true,
    source: 'web',
  }),
  // 09:00 UTC: daytime for every customer, from Dublin to Ho Chi Minh City (no quiet hours).
  entry('2026-11-03T09:00:00Z', 'Loan.PreApproved', {
    eventId: `${c.id}-offer`,
    customerId: c.id,
    offerId: `offer-${c.id}`,
    amount: AMOUNT,
    currency: c.currency,
    expiresAt: '2026-11-30T00:00:00Z',
  }),
]);

describe('A/B variants of the loan offer (herald replay)', async () => {
  const { herald } = await runReplay(lines, { outDir: out });
  const offers = herald.records.filter(
    (r): r is DeliveryRecord => r.kind === 'delivery' && r.type === 'loan.preapproved',
  );

  it('sends every consenting customer one offer e-mail, recording the variant the customer is assigned', () => {
    expect(herald.records.filter((r) => r.kind === 'rejected')).toEqual([]);
    expect(offers.map((r) => `${r.customerId} ${r.channel} ${r.status}`).sort()).toEqual(
      customers.map((c) => `${c.id} email sent`).sort(),
    );
    for (const record of offers) {
      expect(record.variant, record.customerId).toBe(assignVariant(record.customerId, experiment));
    }
  });

  it('assigns both variants, each in every language', () => {
    const seen = new Set(offers.map((r) => `${r.locale} ${r.variant}`));
    for (const language of ['en', 'id', 'ar', 'ro', 'vi', 'de'])
      for (const variant of experiment.variants)
        expect(seen, `${language} ${variant}`).toContain(`${language} ${variant}`);
  });

  it.each(customers)(
    '$id ($locale): the e-mail has the subject and call to action of the recorded variant',
    (c) => {
      const record = offers.find((r) => r.customerId === c.id);
      const variant = record?.variant ?? '';
      expect(experiment.variants).toContain(variant);
      const other = variant === 'A' ? 'B' : 'A';
      const mine = copy[variant]?.[c.language];
      const theirs = copy[other]?.[c.language];
      const email = herald.outbox.find((m) => m.providerMessageId === record?.providerMessageId);
      expect(email?.channel).toBe('email');
      if (email?.channel !== 'email' || !mine || !theirs) return;
      expect(email.to).toEqual([`${c.id}@example.com`]);
      // Arabic quotes the amount isolated (right-to-left copy, see program.ts `isolate`).
      const amount = money(c.locale, AMOUNT, c.currency);
      expect(email.subject).toBe(mine.subject(c.language === 'ar' ? isolate(amount) : amount));
      const html = readFileSync(email.files.find((f) => f.endsWith('.html')) ?? '', 'utf8');
      expect(html).toContain(`>${escapeHtml(mine.cta)}</a>`);
      expect(html).not.toContain(`>${escapeHtml(theirs.cta)}</a>`);
      expect(html).toContain(`lang="${c.language}"`);
    },
  );
});
