import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { App } from 'aws-cdk-lib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALARM_THRESHOLDS,
  HeraldConfigError,
  type HeraldEnvironment,
  loadConfig,
  placeholderProblems,
  SUPPORTED_LOG_RETENTION_DAYS,
} from '../../infra/config.ts';
import {
  EXAMPLE_PUSH_APPLICATION_ID,
  EXAMPLE_WHATSAPP_PHONE_NUMBER_ID,
  environments,
} from '../../infra/environments.ts';
import { configFromContext, createHeraldApp } from '../../infra/herald-app.ts';
import { STATUSES } from '../../shared/contract/events/notification-status-changed.ts';
import { DEFAULT_ATTRIBUTION_WINDOW_DAYS } from '../../shared/domain/conversions.ts';
import { DEFAULT_KYC } from '../../shared/domain/journeys/kyc.ts';
import { DEFAULT_SURVEYS } from '../../shared/domain/journeys/surveys.ts';
import { DEFAULT_WIN_BACK } from '../../shared/domain/journeys/win-back.ts';
import { DEFAULT_FALLBACK_DELAY_SECONDS } from '../../shared/domain/policy/channel-plan.ts';
import { CATEGORIES } from '../../shared/domain/profile.ts';
import { DEFAULT_STATUS_EVENTS } from '../../shared/domain/status-events.ts';
import { PROD_VALUES } from './support.ts';

describe('loadConfig', () => {
  it('loads dev: env-agnostic account, eu-west-1, bank.core, 30-day retention', () => {
    // Act
    const config = loadConfig('dev');

    // Assess
    expect(config).toMatchObject({
      envName: 'dev',
      region: 'eu-west-1',
      allowedProducerAccounts: ['111111111111'],
      allowedSources: ['bank.core'],
      senderEmail: 'alerts@dev.herald.example',
      logRetentionDays: 30,
    });
    expect(config.account).toBeUndefined();
    expect(config.sesConfigurationSetName).toBe('herald-dev');
  });

  it('loads prod with its own account, producers and 365-day retention', () => {
    const config = loadConfig('prod');

    expect(config).toMatchObject({
      envName: 'prod',
      account: '222222222222',
      allowedProducerAccounts: ['333333333333'],
      logRetentionDays: 365,
    });
  });

  it.each(Object.keys(environments))('the shipped %s config is valid', (envName) => {
    expect(() => loadConfig(envName)).not.toThrow();
  });

  it('applies overrides on top of the environment', () => {
    const config = loadConfig('dev', {
      allowedSources: ['bank.core', 'bank.cards'],
      sesConfigurationSetName: 'bank-herald',
      smsSenderId: 'MyBank',
    });

    expect(config.allowedSources).toEqual(['bank.core', 'bank.cards']);
    expect(config.sesConfigurationSetName).toBe('bank-herald');
    expect(config.smsSenderId).toBe('MyBank');
    expect(config.region).toBe('eu-west-1');
  });

  it('rejects an unknown environment, naming the known ones', () => {
    expect(() => loadConfig('staging')).toThrow(HeraldConfigError);
    expect(() => loadConfig('staging')).toThrow(/Unknown Herald environment "staging" \(known: dev, prod\)/);
  });

  it('does not treat inherited object keys as environments', () => {
    expect(() => loadConfig('toString')).toThrow(/Unknown Herald environment/);
  });

  it.each<[string, Partial<HeraldEnvironment>, RegExp]>([
    [
      'a short producer account',
      { allowedProducerAccounts: ['12345'] },
      /allowedProducerAccounts\.0: .*12-digit/,
    ],
    ['a non-numeric account', { account: '22222222222x' }, /account: .*12-digit/],
    ['a sender that is not an e-mail', { senderEmail: 'alerts' }, /senderEmail: .*e-mail/],
    [
      'a sender name with a line break',
      { senderName: { default: 'Demo Bank\r\nBcc: all@example.com' } },
      /senderName\.default: must not contain line breaks/,
    ],
    [
      'an empty Arabic sender name',
      { senderName: { default: 'Demo Bank', ar: '' } },
      /senderName\.ar: must not be empty/,
    ],
    [
      'a sender name for a language Herald does not write',
      { senderName: { default: 'Demo Bank', fr: 'Banque Démo' } as never },
      /senderName/,
    ],
    ['a Reply-To that is not an e-mail', { replyToEmail: 'care' }, /replyToEmail: .*e-mail/],
    [
      'quiet hours that are not HH:MM',
      { defaultQuietHours: { start: '10pm', end: '07:00' } },
      /defaultQuietHours\.start: must be HH:MM/,
    ],
    ['a negative marketing cap', { marketingCap: -1 }, /marketingCap: must be at least 0/],
    [
      'an unknown transactional default',
      { transactionalDefault: 'maybe' as 'granted' },
      /transactionalDefault: must be granted or denied/,
    ],
    ['an unsupported log retention', { logRetentionDays: 42 }, /logRetentionDays: must be one of 1, 3, 5/],
    ['infinite log retention', { logRetentionDays: 9999 }, /logRetentionDays/],
    ['no allowed sources', { allowedSources: [] }, /allowedSources: .*at least one/],
    ['an empty source', { allowedSources: [''] }, /allowedSources\.0: /],
    ['a zero archive retention', { archiveRetentionDays: 0 }, /archiveRetentionDays: .*at least 1/],
    ['a fractional archive retention', { archiveRetentionDays: 1.5 }, /archiveRetentionDays: .*whole number/],
    ['a too long SMS sender id', { smsSenderId: 'HeraldBankAlerts' }, /smsSenderId: /],
    ['a bad configuration set name', { sesConfigurationSetName: 'has space' }, /sesConfigurationSetName: /],
    ['a bad alarm e-mail', { alarmEmail: 'ops' }, /alarmEmail: .*e-mail/],
    [
      'an error rate given as a percentage',
      { alarms: { ...DEFAULT_ALARM_THRESHOLDS, functionErrorRate: 5 } },
      /alarms\.functionErrorRate: .*fraction at most 1/,
    ],
    [
      'a zero bounce rate',
      { alarms: { ...DEFAULT_ALARM_THRESHOLDS, sesBounceRate: 0 } },
      /alarms\.sesBounceRate: .*above 0/,
    ],
    [
      'a negative complaint rate',
      { alarms: { ...DEFAULT_ALARM_THRESHOLDS, sesComplaintRate: -0.1 } },
      /alarms\.sesComplaintRate: /,
    ],
    [
      'a fractional DLQ threshold',
      { alarms: { ...DEFAULT_ALARM_THRESHOLDS, dlqMessages: 0.5 } },
      /alarms\.dlqMessages: .*whole number/,
    ],
    [
      'a zero DLQ threshold',
      { alarms: { ...DEFAULT_ALARM_THRESHOLDS, dlqMessages: 0 } },
      /alarms\.dlqMessages: .*at least 1/,
    ],
    ['a bad region', { region: 'Ireland' }, /region: /],
    [
      'a fallback delay beyond SQS reach for three fallbacks',
      { fallbackDelaySeconds: 301 },
      /fallbackDelaySeconds: .*at most 300/,
    ],
    ['a zero fallback delay', { fallbackDelaySeconds: 0 }, /fallbackDelaySeconds: .*at least 1/],
    [
      'a push application id that is not 32 hex digits',
      { pushApplicationId: 'my-app' },
      /pushApplicationId: /,
    ],
    [
      'a Meta phone number id instead of the End User Messaging one',
      { whatsappPhoneNumberId: '106540352242922' },
      /whatsappPhoneNumberId: .*phone-number-id-/,
    ],
    [
      'a Meta API version without the v',
      { whatsappMetaApiVersion: '20.0' },
      /whatsappMetaApiVersion: .*v20\.0/,
    ],
    [
      'a WhatsApp number without a Meta API version',
      { whatsappMetaApiVersion: undefined },
      /whatsappMetaApiVersion: .*together with whatsappPhoneNumberId/,
    ],
    [
      'a Meta API version without a WhatsApp number',
      { whatsappPhoneNumberId: undefined },
      /whatsappMetaApiVersion: .*together with whatsappPhoneNumberId/,
    ],
  ])('rejects %s, naming the field', (_case, overrides, message) => {
    expect(() => loadConfig('dev', overrides)).toThrow(message);
  });

  it('push and WhatsApp are optional: prod has neither, dev has placeholders for the local stack', () => {
    expect(loadConfig('prod')).not.toHaveProperty('pushApplicationId');
    expect(loadConfig('prod')).not.toHaveProperty('whatsappPhoneNumberId');
    expect(loadConfig('dev')).toMatchObject({
      pushApplicationId: expect.stringMatching(/^[0-9a-f]{32}$/),
      whatsappPhoneNumberId: expect.stringMatching(/^phone-number-id-[0-9a-f]{32}$/),
      whatsappMetaApiVersion: 'v20.0',
    });
    expect(() =>
      loadConfig('prod', {
        pushApplicationId: 'abcdef0123456789abcdef0123456789',
        whatsappPhoneNumberId: 'phone-number-id-abcdef0123456789abcdef0123456789',
        whatsappMetaApiVersion: 'v21.0',
      }),
    ).not.toThrow();
  });

  it('reports every bad field at once', () => {
    expect(() => loadConfig('dev', { senderEmail: 'x', logRetentionDays: 2 })).toThrow(
      /senderEmail: .*; logRetentionDays: /,
    );
  });

  it('supports exactly the finite CDK retention values', () => {
    expect(SUPPORTED_LOG_RETENTION_DAYS).toContain(30);
    expect(SUPPORTED_LOG_RETENTION_DAYS).toContain(365);
    expect(SUPPORTED_LOG_RETENTION_DAYS).not.toContain(9999);
  });
});

describe('configFromContext', () => {
  it('picks the environment from the herald:env context', () => {
    const app = new App({ context: { 'herald:env': 'prod' } });

    expect(configFromContext(app).envName).toBe('prod');
  });

  it('defaults to dev', () => {
    expect(configFromContext(new App()).envName).toBe('dev');
  });

  it('fails on an unknown environment', () => {
    const app = new App({ context: { 'herald:env': 'qa' } });

    expect(() => configFromContext(app)).toThrow(/Unknown Herald environment "qa"/);
  });
});

describe('example values: dev runs on them, any other environment is refused at synth', () => {
  const ready = () => loadConfig('prod', PROD_VALUES);
  const fieldsOf = (problems: string[]) => problems.map((problem) => problem.split(':')[0]);

  it('dev, with every example value the shipped config has, has no problem', () => {
    expect(placeholderProblems(loadConfig('dev'))).toEqual([]);
  });

  it('the shipped prod is refused for each example value and the missing brand.url', () => {
    expect(fieldsOf(placeholderProblems(loadConfig('prod')))).toEqual([
      'account',
      'allowedProducerAccounts.0',
      'senderEmail',
      'brand.name',
      'brand.url',
    ]);
  });

  it('prod with values a bank fills in has no problem', () => {
    expect(placeholderProblems(ready())).toEqual([]);
  });

  it.each<[string, Partial<HeraldEnvironment>, RegExp]>([
    [
      'the shipped example account',
      { account: '222222222222' },
      /^account: 222222222222 is an example account id; set the 12-digit id/,
    ],
    ["the AWS documentation's account", { account: '123456789012' }, /^account: 123456789012 is an example/],
    [
      'an example producer account',
      { allowedProducerAccounts: ['590317284615', '333333333333'] },
      /^allowedProducerAccounts\.1: 333333333333 is an example account id; list the accounts/,
    ],
    [
      'a sender on an example domain',
      { senderEmail: 'alerts@herald.example' },
      /^senderEmail: herald\.example is an example domain; set the address .* verified in SES/,
    ],
    [
      'a sender at example.com',
      { senderEmail: 'alerts@mail.example.com' },
      /^senderEmail: mail\.example\.com is an example domain/,
    ],
    [
      'an alarm address on a .test domain',
      { alarmEmail: 'oncall@ops.test' },
      /^alarmEmail: ops\.test is an example domain/,
    ],
    [
      'the example brand name',
      { brand: { name: 'Herald Bank', url: 'https://www.vistara-bank.eu' } },
      /^brand\.name: "Herald Bank" is the example's name/,
    ],
    [
      'no brand.url',
      { brand: { name: 'Vistara Bank' } },
      /^brand\.url: missing: .*fraud e-mails and pushes no YES\/NO buttons; set the bank's https site/,
    ],
    [
      'a brand.url on an example domain',
      { brand: { name: 'Vistara Bank', url: 'https://bank.example' } },
      /^brand\.url: bank\.example is an example domain/,
    ],
    [
      'a fraud reply URL on an example domain',
      { fraud: { replyBaseUrl: 'https://replies.example.org/fraud-reply' } },
      /^fraud\.replyBaseUrl: replies\.example\.org is an example domain; set the https URL that fronts the FraudReplyLinkEndpoint output/,
    ],
    [
      'a consent link URL on an example domain',
      { consent: { linkBaseUrl: 'https://links.example.org/consent' } },
      /^consent\.linkBaseUrl: links\.example\.org is an example domain; set the https URL that fronts the ConsentLinkEndpoint output, or remove it to use <brand\.url>\/consent/,
    ],
    [
      "dev's example push application",
      { pushApplicationId: EXAMPLE_PUSH_APPLICATION_ID },
      /^pushApplicationId: is the example id; .*or remove it to turn push off/,
    ],
    [
      "dev's example WhatsApp number",
      { whatsappPhoneNumberId: EXAMPLE_WHATSAPP_PHONE_NUMBER_ID, whatsappMetaApiVersion: 'v20.0' },
      /^whatsappPhoneNumberId: is the example id; .*to turn WhatsApp off/,
    ],
  ])('refuses %s, naming the field and what to do', (_case, overrides, message) => {
    const problems = placeholderProblems(loadConfig('prod', { ...PROD_VALUES, ...overrides }));

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('refuses the examples in an environment of any name but dev', () => {
    expect(placeholderProblems({ ...loadConfig('dev'), envName: 'staging' }).length).toBeGreaterThan(0);
  });

  it('synthesis of the shipped prod throws, listing every field', () => {
    expect(() => createHeraldApp({ envName: 'prod' })).toThrow(HeraldConfigError);
    expect(() => createHeraldApp({ envName: 'prod' })).toThrow(
      /Herald environment "prod" still has example values \(infra\/environments\.ts; README: Deploy\):\n {2}- account: [\s\S]*\n {2}- brand\.url: missing/,
    );
  });

  it('`cdk synth -c herald:env=prod` (the CDK app, as the CLI runs it) exits non-zero with the list', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'infra/app.ts'], {
      cwd: process.cwd(),
      env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify({ 'herald:env': 'prod' }) },
    });

    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/still has example values[\s\S]*brand\.url: missing/),
    });
  });
});

describe('one schema fills in every default', () => {
  const dev = environments.dev as HeraldEnvironment;
  /** Whole days, ascending, as the journeys take them. */
  const ascendingDays = (min: number, max: number, maxLength: number) =>
    fc
      .uniqueArray(fc.integer({ min, max }), { minLength: 1, maxLength })
      .map((days) => days.sort((a, b) => a - b));
  const hhmm = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  /** Any valid choice of the fields the stacks and constructs used to fill in themselves, each maybe left out. */
  const partialEnvironment: fc.Arbitrary<Partial<HeraldEnvironment>> = fc.record(
    {
      brand: fc.record(
        {
          name: fc.constantFrom('Vistara Bank', 'Banca Nordă'),
          url: fc.constantFrom('https://www.vistara-bank.eu', 'https://vistara.ro/'),
        },
        { requiredKeys: ['name'] },
      ),
      senderName: fc.record({ default: fc.constantFrom('Vistara', 'Vistara Alerts') }),
      sesConfigurationSetName: fc.constantFrom('bank-herald', 'herald_prod'),
      fallbackDelaySeconds: fc.integer({ min: 1, max: 300 }),
      attributionWindowDays: fc.integer({ min: 1, max: 90 }),
      taxReminderLocalTime: hhmm,
      fraud: fc.record(
        {
          replyWindowMinutes: fc.integer({ min: 1, max: 10_080 }),
          minRiskScore: fc.double({ min: 0, max: 1, noNaN: true }),
          replyBaseUrl: fc.constantFrom(
            'https://replies.vistara-bank.eu/r',
            'https://abc.lambda-url.eu-west-1.on.aws/',
          ),
          escalationWindowMinutes: fc.integer({ min: 1, max: 1440 }),
          defaultOnNoAnswer: fc.constantFrom('hold' as const, 'no_hold' as const),
        },
        { requiredKeys: [] },
      ),
      kyc: fc.record({ reminderDays: ascendingDays(1, 365, 10) }, { requiredKeys: [] }),
      winBack: fc.record(
        { inactiveDays: fc.integer({ min: 1, max: 90 }), messageDays: ascendingDays(0, 60, 5) },
        { requiredKeys: [] },
      ),
      surveys: fc.record({ delayHours: fc.integer({ min: 0, max: 168 }) }, { requiredKeys: [] }),
      statusEvents: fc.record(
        {
          statuses: fc.subarray([...STATUSES]),
          allStatusesOf: fc.subarray([...CATEGORIES]),
          types: fc.subarray(['card_activation.', 'payment.confirmation', 'fraud.alert']),
        },
        { requiredKeys: [] },
      ),
      statusWebhook: fc.record(
        {
          endpoint: fc.constant('https://hooks.vistara-bank.eu/herald'),
          auth: fc.constant({
            type: 'apiKey' as const,
            headerName: 'x-api-key',
            secretArn: 'arn:aws:secretsmanager:eu-west-1:482915736104:secret:herald/webhook-AbCdEf',
          }),
          rateLimitPerSecond: fc.integer({ min: 1, max: 300 }),
          detailTypes: fc.constantFrom(['Notification.Failed'], ['Notification.StatusChanged']),
        },
        { requiredKeys: ['endpoint', 'auth'] },
      ),
    },
    { requiredKeys: [] },
  );

  /** What the stacks, constructs and helpers worked out from an environment before the schema held the defaults. */
  const mergedAtUseSites = (environment: HeraldEnvironment) => {
    const {
      replyWindowMinutes = 30,
      minRiskScore = 0,
      replyBaseUrl,
      escalationWindowMinutes = 15,
      defaultOnNoAnswer = 'hold',
    } = environment.fraud ?? {};
    const brandUrl = environment.brand.url?.replace(/\/+$/, '');
    return {
      senderName: environment.senderName ?? { default: environment.brand.name },
      sesConfigurationSetName: environment.sesConfigurationSetName ?? `herald-${environment.envName}`,
      fallbackDelaySeconds: environment.fallbackDelaySeconds ?? DEFAULT_FALLBACK_DELAY_SECONDS,
      attributionWindowDays: environment.attributionWindowDays ?? DEFAULT_ATTRIBUTION_WINDOW_DAYS,
      taxReminderLocalTime: environment.taxReminderLocalTime ?? '09:00',
      fraud: {
        replyWindowMinutes,
        minRiskScore,
        escalationWindowMinutes,
        defaultOnNoAnswer,
        replyBaseUrl: replyBaseUrl ?? (brandUrl ? `${brandUrl}/fraud-reply` : undefined),
      },
      kyc: { ...DEFAULT_KYC, ...environment.kyc },
      winBack: { ...DEFAULT_WIN_BACK, ...environment.winBack },
      surveys: { ...DEFAULT_SURVEYS, ...environment.surveys },
      statusEvents: { ...DEFAULT_STATUS_EVENTS, ...environment.statusEvents },
      statusWebhook: environment.statusWebhook && {
        ...environment.statusWebhook,
        rateLimitPerSecond: environment.statusWebhook.rateLimitPerSecond ?? 10,
        detailTypes: environment.statusWebhook.detailTypes ?? [
          'Notification.StatusChanged',
          'Notification.Failed',
        ],
      },
    };
  };

  it('any valid partial environment resolves to what the use sites merged themselves', () => {
    fc.assert(
      fc.property(partialEnvironment, (overrides) => {
        // Act
        const config = loadConfig('dev', overrides);

        // Assess
        const expected = mergedAtUseSites({ ...dev, ...overrides });
        expect({
          senderName: config.senderName,
          sesConfigurationSetName: config.sesConfigurationSetName,
          fallbackDelaySeconds: config.fallbackDelaySeconds,
          attributionWindowDays: config.attributionWindowDays,
          taxReminderLocalTime: config.taxReminderLocalTime,
          fraud: config.fraud,
          kyc: config.kyc,
          winBack: config.winBack,
          surveys: config.surveys,
          statusEvents: config.statusEvents,
          statusWebhook: config.statusWebhook,
        }).toEqual(expected);
      }),
      { seed: 20_261_205, numRuns: 200 },
    );
  });

  it('an environment leaving every defaulted field out still gets a value for each', () => {
    // Act
    const config = loadConfig('prod');

    // Assess
    expect(config).toMatchObject({
      allowedSources: ['bank.core'],
      alarms: { dlqMessages: 1, noEventsMinutes: 30, businessHours: { days: 'weekdays', timeZone: 'UTC' } },
      fraud: { replyWindowMinutes: 30, escalationWindowMinutes: 15, defaultOnNoAnswer: 'hold' },
      cardActivation: { reminderDays: [2, 5, 10], spendWindowDays: 30 },
      paymentDue: { daysBefore: [3], localTime: '09:00', maxDaysAhead: 90 },
      outboundEventBuses: [],
    });
    expect(config.fraud.replyBaseUrl).toBeUndefined();
  });

  it('an invalid field is named by its path in the environment, whichever environment it is in', () => {
    const webhook = {
      endpoint: 'https://hooks.vistara-bank.eu/herald',
      auth: {
        type: 'apiKey' as const,
        headerName: 'x-api-key',
        secretArn: 'arn:aws:secretsmanager:eu-west-1:482915736104:secret:herald/webhook-AbCdEf',
      },
    };
    const at = (path: string, overrides: Partial<HeraldEnvironment>) => ({ path, overrides });
    const invalid = fc.oneof(
      fc.integer({ max: -1 }).map((cap) => at('marketingCap', { marketingCap: cap })),
      fc
        .integer({ min: 301, max: 100_000 })
        .map((seconds) => at('fallbackDelaySeconds', { fallbackDelaySeconds: seconds })),
      fc
        .integer({ min: 1441, max: 100_000 })
        .map((minutes) =>
          at('fraud.escalationWindowMinutes', { fraud: { escalationWindowMinutes: minutes } }),
        ),
      fc
        .integer({ min: 1441, max: 100_000 })
        .map((minutes) => at('alarms.noEventsMinutes', { alarms: { noEventsMinutes: minutes } })),
      fc
        .constantFrom('8:00', '25:00', '08h00', '')
        .map((start) =>
          at('alarms.businessHours.start', { alarms: { businessHours: { start, end: '18:00' } } }),
        ),
      fc
        .integer({ min: 301, max: 100_000 })
        .map((rate) =>
          at('statusWebhook.rateLimitPerSecond', { statusWebhook: { ...webhook, rateLimitPerSecond: rate } }),
        ),
      fc
        .integer({ min: 366, max: 10_000 })
        .map((day) => at('kyc: reminderDays[0]', { kyc: { reminderDays: [day] } })),
    );
    fc.assert(
      fc.property(fc.constantFrom('dev', 'prod'), invalid, (envName, { path, overrides }) => {
        // Act
        const load = () => loadConfig(envName, overrides);

        // Assess
        expect(load).toThrow(HeraldConfigError);
        expect(load).toThrow(`(infra/environments.ts, environments.${envName}): ${path}: `);
      }),
      { seed: 20_261_205, numRuns: 100 },
    );
  });
});
