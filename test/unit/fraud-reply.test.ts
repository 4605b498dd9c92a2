// The fraud reply loop's decisions (shared/domain/journeys/fraud-reply.ts) and its case store on dynalite
// (shared/adapters/dynamodb/fraud-cases.ts): what a reply says in each language, what an ending decides,
// and the conditional writes that make the first answer the only one.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbFraudCases } from '../../shared/adapters/dynamodb/fraud-cases.ts';
import { repliesIn } from '../../shared/adapters/sns/inbound-replies.ts';
import {
  decideOutcome,
  type FraudCase,
  fraudReplyExecutionName,
  newFraudCase,
  outcomeEvents,
  parseQuickReply,
  parseSmsAnswer,
  phoneKey,
  waitSeconds,
} from '../../shared/domain/journeys/fraud-reply.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

describe('parseSmsAnswer', () => {
  it.each([
    ['YES', 'genuine'],
    ['yes it was me', 'genuine'],
    ['Ya', 'genuine'],
    ['Da!', 'genuine'],
    ['Có', 'genuine'],
    ['co', 'genuine'],
    ['Ja, das war ich', 'genuine'],
    ['نعم', 'genuine'],
    ['NO', 'fraud'],
    ['no, not me', 'fraud'],
    ['Tidak', 'fraud'],
    ['bukan saya', 'fraud'],
    ['Nu, nu am fost eu', 'fraud'],
    ['Không', 'fraud'],
    ['khong phai toi', 'fraud'],
    ['Nein', 'fraud'],
    ['لا', 'fraud'],
  ])('%s → %s', (text, answer) => {
    expect(parseSmsAnswer(text)).toBe(answer);
  });

  it.each(['', 'what is this?', 'yes no', 'ja nein', 'STOP', 'call me', 'maybe yes'])(
    '%j is no answer: never guessed',
    (text) => {
      expect(parseSmsAnswer(text)).toBeUndefined();
    },
  );

  it('never throws, and an answer is never the opposite of a reply that contains only one kind of word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const answer = parseSmsAnswer(text);
        expect([undefined, 'genuine', 'fraud']).toContain(answer);
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('yes', 'YES', 'Da', 'ja'),
        fc.constantFrom('', ' thanks', ' it was me', '!'),
        (w, rest) => {
          expect(parseSmsAnswer(`${w}${rest}`)).toBe('genuine');
        },
      ),
    );
  });
});

describe('parseQuickReply', () => {
  it('reads the payloads of the alert’s WhatsApp buttons, nothing else', () => {
    expect(parseQuickReply('FRAUD_YES:case-1')).toEqual({ caseId: 'case-1', answer: 'genuine' });
    expect(parseQuickReply('FRAUD_NO:case:with:colons')).toEqual({
      caseId: 'case:with:colons',
      answer: 'fraud',
    });
    for (const payload of ['FRAUD_MAYBE:case-1', 'FRAUD_YES:', 'fraud_yes:case-1', 'YES'])
      expect(parseQuickReply(payload)).toBeUndefined();
  });
});

describe('repliesIn (SNS messages of End User Messaging SMS and Social)', () => {
  it('reads an SMS reply and WhatsApp quick replies and text; ignores what it cannot read', () => {
    expect(repliesIn(JSON.stringify({ originationNumber: '+40700000008', messageBody: 'DA' }))).toEqual([
      { phone: '+40700000008', channel: 'sms', text: 'DA' },
    ]);
    const entry = {
      changes: [
        {
          value: {
            messages: [
              { from: '6281200000009', type: 'button', button: { payload: 'FRAUD_NO:case-wa' } },
              {
                from: '6281200000009',
                type: 'interactive',
                interactive: { button_reply: { id: 'FRAUD_YES:c' } },
              },
              { from: '6281200000009', type: 'text', text: { body: 'tidak' } },
              { type: 'text', text: { body: 'no sender' } },
            ],
          },
        },
      ],
    };
    expect(repliesIn(JSON.stringify({ whatsAppWebhookEntry: JSON.stringify(entry) }))).toEqual([
      { phone: '6281200000009', channel: 'whatsapp', quickReply: 'FRAUD_NO:case-wa' },
      { phone: '6281200000009', channel: 'whatsapp', quickReply: 'FRAUD_YES:c' },
      { phone: '6281200000009', channel: 'whatsapp', text: 'tidak' },
    ]);
    for (const message of ['not json', '[]', '{"whatsAppWebhookEntry":"{oops"}', '{}'])
      expect(repliesIn(message)).toEqual([]);
  });
});

const fraudCase = (over: Partial<FraudCase> = {}): FraudCase => ({
  ...newFraudCase(
    {
      eventId: 'fs-1',
      occurredAt: '2026-03-03T10:00:00Z',
      customerId: 'c-1',
      caseId: 'case-1',
      cardId: 'card-1',
      cardLast4: '1111',
    },
    '2026-03-03T10:30:00.000Z',
    { escalationWindowMinutes: 15 },
  ),
  ...over,
});

describe('what the ending of a case decides', () => {
  it('fraud → hold and Fraud.CustomerReplied; genuine → Fraud.CustomerReplied only', () => {
    const at = new Date('2026-03-03T10:05:00Z');
    const fraud = decideOutcome({ answer: 'fraud' }, { defaultOnNoAnswer: 'no_hold' });
    expect(
      outcomeEvents(fraudCase(), fraud, at).map((e) => [e.detailType, e.detail.answer ?? e.detail.reason]),
    ).toEqual([
      ['Fraud.CustomerReplied', 'fraud'],
      ['Card.HoldRequested', 'customer_reported_fraud'],
    ]);
    const genuine = decideOutcome({ answer: 'genuine' }, { defaultOnNoAnswer: 'hold' });
    expect(outcomeEvents(fraudCase(), genuine, at).map((e) => e.detailType)).toEqual([
      'Fraud.CustomerReplied',
    ]);
  });

  it('no answer follows the bank’s default: hold (Card.HoldRequested) or no_hold (Fraud.CustomerReplied, noAnswer)', () => {
    const at = new Date('2026-03-03T10:45:00Z');
    const hold = outcomeEvents(fraudCase(), decideOutcome({}, { defaultOnNoAnswer: 'hold' }), at);
    expect(hold).toEqual([
      {
        detailType: 'Card.HoldRequested',
        detail: {
          eventId: 'fraud-case:case-1:hold',
          occurredAt: '2026-03-03T10:45:00.000Z',
          customerId: 'c-1',
          caseId: 'case-1',
          cardId: 'card-1',
          reason: 'no_reply_by_deadline',
        },
      },
    ]);
    const noHold = outcomeEvents(fraudCase(), decideOutcome({}, { defaultOnNoAnswer: 'no_hold' }), at);
    expect(noHold.map((e) => [e.detailType, e.detail.answer, e.detail.noAnswer])).toEqual([
      ['Fraud.CustomerReplied', 'genuine', true],
    ]);
  });

  it('waits until the deadline, then until answerBy; never less than a second', () => {
    const item = fraudCase();
    expect(item.answerBy).toBe('2026-03-03T10:45:00.000Z');
    expect(waitSeconds(item, 'reply', new Date('2026-03-03T10:00:00Z'))).toBe(1800);
    expect(waitSeconds(item, 'escalated', new Date('2026-03-03T10:30:00Z'))).toBe(900);
    expect(waitSeconds(item, 'reply', new Date('2026-03-03T11:00:00Z'))).toBe(1);
  });

  it('names one execution per customer and case, within Step Functions’ limits', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (customerId, caseId) => {
        const name = fraudReplyExecutionName({ customerId, caseId });
        expect(name).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
        expect(fraudReplyExecutionName({ customerId, caseId })).toBe(name);
      }),
    );
  });

  it('keys phone numbers by a hash that does not contain them, the same for +E.164 and WhatsApp digits', () => {
    expect(phoneKey('+40700000008')).toBe(phoneKey('40700000008'));
    expect(phoneKey('+40700000008')).not.toContain('40700000008');
    expect(phoneKey('+40700000008')).not.toBe(phoneKey('+40700000009'));
  });
});

describe('DynamoDbFraudCases (dynalite)', () => {
  let table: TestTable;
  let cases: DynamoDbFraudCases;
  beforeAll(async () => {
    table = await startTestTable();
    cases = new DynamoDbFraudCases(table.client, table.tableName);
  });
  afterAll(() => table.stop());
  const ref = { customerId: 'c-1', caseId: 'case-1' };

  it('creates a case once, and finds it by the phone key', async () => {
    expect((await cases.create(fraudCase(), [phoneKey('+40700000001')])).created).toBe(true);
    const again = await cases.create(fraudCase({ cardLast4: '9999' }), [phoneKey('+40700000001')]);
    expect(again).toMatchObject({ created: false, item: { cardLast4: '1111' } });
    expect(await cases.casesByPhone(phoneKey('+40700000001'))).toEqual([ref]);
  });

  it('stores the token while awaiting; the first answer gets it back; a second is already_answered', async () => {
    expect(await cases.storeTaskToken(ref, 'token-1')).toEqual({ stored: true });
    const first = await cases.recordAnswer(ref, {
      answer: 'fraud',
      channel: 'sms',
      at: new Date('2026-03-03T10:05:00Z'),
    });
    expect(first).toMatchObject({
      outcome: 'recorded',
      taskToken: 'token-1',
      item: { status: 'answered', answer: 'fraud' },
    });
    const second = await cases.recordAnswer(ref, {
      answer: 'genuine',
      channel: 'app',
      at: new Date('2026-03-03T10:06:00Z'),
    });
    expect(second).toMatchObject({ outcome: 'already_answered', item: { answer: 'fraud', channel: 'sms' } });
    // A token of a later wait is not stored on an answered case: the waiting step resumes at once instead.
    expect(await cases.storeTaskToken(ref, 'token-2')).toMatchObject({
      stored: false,
      item: { answer: 'fraud' },
    });
  });

  it('closes once; an answer after answerBy is too_late; an unknown case is not_found', async () => {
    expect(
      await cases.close(
        ref,
        { kind: 'hold', answer: 'fraud', reason: 'customer_reported_fraud' },
        new Date(),
      ),
    ).toBe(true);
    expect(await cases.close(ref, { kind: 'no_hold' }, new Date())).toBe(false);
    expect(await cases.taskToken(ref)).toBeUndefined();
    const late = { customerId: 'c-2', caseId: 'case-2' };
    await cases.create(fraudCase(late), []);
    expect(
      (
        await cases.recordAnswer(late, {
          answer: 'genuine',
          channel: 'app',
          at: new Date('2026-03-03T10:45:00Z'),
        })
      ).outcome,
    ).toBe('too_late');
    expect(
      (
        await cases.recordAnswer(
          { customerId: 'c-3', caseId: 'x' },
          { answer: 'fraud', channel: 'app', at: new Date() },
        )
      ).outcome,
    ).toBe('not_found');
  });

  it('accepts a link id once', async () => {
    expect(await cases.useLink('c-1', 'link-1', 1_800_000_000)).toBe(true);
    expect(await cases.useLink('c-1', 'link-1', 1_800_000_000)).toBe(false);
  });
});
