import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { MANIFESTS } from '../../functions/manifests.ts';
import {
  ASYNC_MAX_EVENT_AGE,
  ASYNC_RETRY_ATTEMPTS,
  DEFAULT_MEMORY_MB,
  DEFAULT_TIMEOUT,
  SENDER_TIMEOUT,
} from '../../infra/constructs/herald-function.ts';
import { createHeraldApp } from '../../infra/herald-app.ts';
import { MAX_RECEIVE_COUNT } from '../../infra/stacks/stateful-stack.ts';
import { matchesPattern } from '../../local/bus/event-pattern.ts';
import { HERALD_SOURCE } from '../../shared/contract/common.ts';
import { bankEvents, heraldEvents } from '../../shared/contract/registry.ts';
import { SES_FEEDBACK_DETAIL_TYPES } from '../../shared/domain/ses-feedback.ts';
import type { RendererTable } from '../../shared/domain/templates/type-renderer.ts';
import { definitionOf, type MessageType, messageTypes } from '../../shared/notifications/catalogue.ts';
import { RENDER_FUNCTIONS, type RenderFunction } from '../../shared/notifications/definition.ts';
import { renderQueueEnv } from '../../shared/notifications/render-queues.ts';
import { renderers as renderTable } from '../../shared/notifications/tables/render.ts';
import { renderers as renderSecurityTable } from '../../shared/notifications/tables/render-security.ts';
import {
  allowing,
  arnOf,
  asArray,
  environmentOf,
  PROD_VALUES,
  ref,
  type Statement,
  synthHerald,
} from './support.ts';

const herald = synthHerald();
const { config, stateful } = herald;
const functions = herald.resources('AWS::Lambda::Function');
const ids = {
  key: herald.logicalId(stateful.key),
  bus: herald.logicalId(stateful.eventBus),
  table: herald.logicalId(stateful.table),
  dlq: herald.logicalId(stateful.deadLetterQueue),
  logGroup: herald.logicalId(stateful.logGroup),
  emailQueue: herald.logicalId(stateful.emailQueue),
  smsQueue: herald.logicalId(stateful.smsQueue),
  pushQueue: herald.logicalId(stateful.pushQueue),
  whatsAppQueue: herald.logicalId(stateful.whatsAppQueue),
  deferQueue: herald.logicalId(stateful.deferQueue),
  renderQueue: herald.logicalId(stateful.renderQueue),
  securityRenderQueue: herald.logicalId(stateful.securityRenderQueue),
  dueQueue: herald.logicalId(stateful.dueQueue),
  configurationSet: herald.logicalId(stateful.configurationSet),
};
/** Every function: one per manifest (functions/manifests.ts). */
const NAMES = MANIFESTS.map((manifest) => manifest.name);
/** The message types each trigger function raises, as its manifest declares them. */
const TRIGGER_TYPES: Readonly<Record<string, readonly MessageType[]>> = Object.fromEntries(
  MANIFESTS.flatMap((manifest) => ('raises' in manifest ? [[manifest.name, manifest.raises]] : [])),
);
const SENDERS = ['send-email', 'send-sms', 'send-push', 'send-whatsapp'] as const;
/**
 * Functions that pass jobs on: their table access is only the message ledger's items, to mark a job they
 * give up on dead-lettered.
 */
const PASS_ON: readonly string[] = ['defer', 'render', 'render-security'];
/** Functions subscribed to a queue: each knows the queue's maxReceiveCount, to tell a job's last receive. */
const CONSUMERS: readonly string[] = [...SENDERS, ...PASS_ON, 'tax-reminders-due'];
const SENDER_QUEUES = [
  ['send-email', 'emailQueue'],
  ['send-sms', 'smsQueue'],
  ['send-push', 'pushQueue'],
  ['send-whatsapp', 'whatsAppQueue'],
] as const;
/** An ARN built by formatArn (Fn::Join with the partition and account pseudo parameters), as text. */
const arnText = (arn: unknown): string => {
  const join = (arn as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (join === undefined) return String(arn);
  return join[1]
    .map((part) =>
      typeof part === 'string'
        ? part
        : (part as { Ref?: string }).Ref === 'AWS::Partition'
          ? 'aws'
          : `\${${(part as { Ref?: string }).Ref}}`,
    )
    .join(join[0]);
};
const fnOf = (name: string) => functions[herald.functionLogicalId(name)];
const envOf = (name: string) => herald.resolveImport(environmentOf(fnOf(name))) as Record<string, unknown>;

describe('functions', () => {
  it('are exactly the ones of the design, each with HERALD_FUNCTION = its folder', () => {
    const names = Object.values(functions).map((fn) => environmentOf(fn).HERALD_FUNCTION);

    expect(names.sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s runs nodejs22.x on arm64 with active tracing, explicit timeout and memory', (name) => {
    expect(fnOf(name)?.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
      Handler: 'index.handler',
      Timeout: expect.any(Number),
      MemorySize: expect.any(Number),
    });
  });

  it('use the shared defaults, senders the sender timeout', () => {
    expect(fnOf('profile')?.Properties).toMatchObject({
      Timeout: DEFAULT_TIMEOUT.toSeconds(),
      MemorySize: DEFAULT_MEMORY_MB,
    });
    for (const sender of SENDERS) expect(fnOf(sender)?.Properties.Timeout).toBe(SENDER_TIMEOUT.toSeconds());
  });

  it.each(NAMES)('%s logs to the Herald log group of the stateful stack', (name) => {
    const loggingConfig = fnOf(name)?.Properties.LoggingConfig as { LogGroup: unknown };

    expect(herald.resolveImport(loggingConfig.LogGroup)).toEqual(ref(ids.logGroup));
  });

  it('the Herald log group is named after the environment, encrypted, with the configured retention', () => {
    const statefulLogGroups = herald.resources('AWS::Logs::LogGroup', 'stateful');

    expect(statefulLogGroups[ids.logGroup]?.Properties).toMatchObject({
      LogGroupName: '/herald/dev/functions',
      RetentionInDays: config.logRetentionDays,
      KmsKeyId: arnOf(ids.key),
    });
    expect(statefulLogGroups[ids.logGroup]?.DeletionPolicy).toBe('Retain');
  });

  it.each(NAMES)('%s has the shared environment', (name) => {
    expect(envOf(name)).toMatchObject({
      HERALD_FUNCTION: name,
      POWERTOOLS_SERVICE_NAME: 'herald',
      DLQ_URL: ref(ids.dlq),
      TABLE_NAME: ref(ids.table),
    });
  });

  it.each(NAMES)('%s knows its source queue maxReceiveCount if it consumes one', (name) => {
    if (CONSUMERS.includes(name)) expect(envOf(name).MAX_RECEIVE_COUNT).toBe(String(MAX_RECEIVE_COUNT));
    else expect(envOf(name)).not.toHaveProperty('MAX_RECEIVE_COUNT');
  });

  it('channel-specific environment: queue URLs, sender, configuration set, SMS sender id, push app, WhatsApp number', () => {
    const shared = [
      'HERALD_FUNCTION',
      'POWERTOOLS_SERVICE_NAME',
      'TABLE_NAME',
      'DLQ_URL',
      'MAX_RECEIVE_COUNT',
    ];
    const extra = (name: string) =>
      Object.fromEntries(Object.entries(envOf(name)).filter(([key]) => !shared.includes(key)));

    expect(extra('profile')).toEqual({});
    expect(extra('ses-feedback')).toEqual({});
    expect(extra('erasure')).toEqual({ EVENT_BUS_NAME: ref(ids.bus) });
    // account-notices also carries the loan offers' representative example (config.ts loanOffers).
    expect(extra('account-notices')).toEqual({
      ...extra('balance-alerts'),
      LOAN_OFFERS: JSON.stringify(config.loanOffers ?? { enabled: false }),
    });
    expect(extra('price-alerts')).toEqual(extra('balance-alerts'));
    expect(extra('transaction-alerts')).toEqual(extra('balance-alerts'));
    expect(extra('render')).toEqual({
      EMAIL_QUEUE_URL: ref(ids.emailQueue),
      SMS_QUEUE_URL: ref(ids.smsQueue),
      PUSH_QUEUE_URL: ref(ids.pushQueue),
      WHATSAPP_QUEUE_URL: ref(ids.whatsAppQueue),
      DEFER_QUEUE_URL: ref(ids.deferQueue),
      BRAND_NAME: config.brand.name,
      ...(config.brand.url ? { BRAND_URL: config.brand.url } : {}),
      FALLBACK_DELAY_SECONDS: '120',
      // Every e-mail's consent links (see 'consent links' below).
      CONSENT_LINK_KEY_ARN: arnOf(herald.logicalId(stateful.consentLinkKey)),
      CONSENT_LINK_BASE_URL: `${config.brand.url}/consent`,
      CONSENT_LINK_DAYS: '60',
    });
    expect(extra('render-security')).toEqual({
      ...extra('render'),
      // Fraud alerts' signed YES/NO links (see 'fraud alerts' below).
      REPLY_LINK_KEY_ARN: arnOf(herald.logicalId(stateful.replyLinkKey)),
      REPLY_BASE_URL: `${config.brand.url}/fraud-reply`,
    });
    expect(extra('balance-alerts')).toEqual({
      RENDER_QUEUE_URL: ref(ids.renderQueue),
      QUIET_HOURS_DEFAULT: `${config.defaultQuietHours.start}-${config.defaultQuietHours.end}`,
      MARKETING_CAP: String(config.marketingCap),
      TRANSACTIONAL_DEFAULT: config.transactionalDefault,
    });
    expect(extra('defer')).toMatchObject({
      SCHEDULE_GROUP: `herald-${config.envName}`,
      EMAIL_QUEUE_ARN: arnOf(ids.emailQueue),
      SMS_QUEUE_ARN: arnOf(ids.smsQueue),
      PUSH_QUEUE_ARN: arnOf(ids.pushQueue),
      WHATSAPP_QUEUE_ARN: arnOf(ids.whatsAppQueue),
    });
    // Each sender puts a throttled job back on its own queue, and a fallback on the next channel's.
    const channelQueues = {
      EMAIL_QUEUE_URL: ref(ids.emailQueue),
      SMS_QUEUE_URL: ref(ids.smsQueue),
      PUSH_QUEUE_URL: ref(ids.pushQueue),
      WHATSAPP_QUEUE_URL: ref(ids.whatsAppQueue),
    };
    expect(extra('send-email')).toEqual({
      SENDER_EMAIL: config.senderEmail,
      // The display name per language (the brand's name where the config sets none).
      SENDER_NAMES: JSON.stringify(config.senderName ?? { default: config.brand.name }),
      SES_CONFIGURATION_SET: ref(ids.configurationSet),
      ...channelQueues,
    });
    expect(extra('send-sms')).toEqual({ SMS_SENDER_ID: '', ...channelQueues });
    expect(extra('send-push')).toEqual({
      PINPOINT_APPLICATION_ID: config.pushApplicationId,
      ...channelQueues,
    });
    expect(extra('send-whatsapp')).toEqual({
      WHATSAPP_PHONE_NUMBER_ID: config.whatsappPhoneNumberId,
      WHATSAPP_META_API_VERSION: config.whatsappMetaApiVersion,
      ...channelQueues,
    });
  });

  it.each(NAMES)('%s sends failed async invocations to the DLQ after its retries', (name) => {
    const configs = Object.values(herald.resources('AWS::Lambda::EventInvokeConfig')).filter(
      (invokeConfig) =>
        JSON.stringify(invokeConfig.Properties.FunctionName) ===
        JSON.stringify(ref(herald.functionLogicalId(name))),
    );

    expect(configs).toHaveLength(1);
    expect(herald.resolveImport(configs[0]?.Properties)).toMatchObject({
      DestinationConfig: { OnFailure: { Destination: arnOf(ids.dlq) } },
      MaximumRetryAttempts: ASYNC_RETRY_ATTEMPTS,
      MaximumEventAgeInSeconds: ASYNC_MAX_EVENT_AGE.toSeconds(),
    });
  });
});

describe('rules', () => {
  const rules = herald.resources('AWS::Events::Rule');

  const isCatchAll = (id: string) => id.startsWith('RulesUnknownEvents');
  const bankRules = Object.entries(rules).filter(
    ([id]) => !id.startsWith('RulesSesFeedback') && !isCatchAll(id),
  );

  it('every rule for bank events is on the Herald bus and accepts only the allowed sources', () => {
    expect(bankRules.length).toBeGreaterThan(0);
    for (const [, rule] of bankRules) {
      expect(herald.resolveImport(rule.Properties.EventBusName)).toEqual(ref(ids.bus));
      expect((rule.Properties.EventPattern as { source: string[] }).source).toEqual(config.allowedSources);
    }
  });

  it('every target has an explicit retry policy and the DLQ', () => {
    const targets = Object.values(rules).flatMap(
      (rule) => rule.Properties.Targets as Record<string, unknown>[],
    );

    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      expect(herald.resolveImport(target)).toMatchObject({
        RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 24 * 3600 },
        DeadLetterConfig: { Arn: arnOf(ids.dlq) },
      });
    }
  });

  it.each([
    ['ProfileEvents', ['Customer.Upserted', 'Consent.Changed', 'AlertSettings.Changed'], 'profile'],
    ['BalanceChanged', ['Balance.Changed'], 'balance-alerts'],
    ['TransactionPosted', ['Transaction.Posted'], 'transaction-alerts'],
    ['ErasureRequested', ['Customer.ErasureRequested'], 'erasure'],
    ['AccountNotices', ['Payment.Completed', 'Statement.Ready', 'Loan.PreApproved'], 'account-notices'],
    ['PriceAlerts', ['PriceAlert.Set', 'PriceAlert.Removed', 'Market.PriceTick'], 'price-alerts'],
  ] as const)('%s routes %j to %s, which EventBridge may invoke', (ruleId, detailTypes, target) => {
    const rule = herald.stateless.rules.rules.get(ruleId);
    const ruleLogicalId = herald.logicalId(rule ?? herald.stateless);
    const properties = rules[ruleLogicalId]?.Properties;

    expect(properties?.EventPattern).toEqual({ source: config.allowedSources, 'detail-type': detailTypes });
    expect(properties?.Targets).toEqual([
      expect.objectContaining({ Arn: arnOf(herald.functionLogicalId(target)) }),
    ]);
    herald.statelessTemplate.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: arnOf(herald.functionLogicalId(target)),
      SourceArn: arnOf(ruleLogicalId),
    });
  });

  it("SES feedback comes from aws.ses on the default bus, for Herald's configuration set only", () => {
    const [id, rule] = Object.entries(rules).find(([ruleId]) => ruleId.startsWith('RulesSesFeedback')) ?? [];
    expect(id).toBeDefined();
    expect(rule?.Properties.EventBusName).toBe('default');
    expect(herald.resolveImport(rule?.Properties.EventPattern)).toEqual({
      source: ['aws.ses'],
      'detail-type': SES_FEEDBACK_DETAIL_TYPES,
      detail: { mail: { tags: { 'ses:configuration-set': [ref(ids.configurationSet)] } } },
    });
    expect(JSON.stringify(rule?.Properties.Targets)).toContain(herald.functionLogicalId('ses-feedback'));
  });

  it('follow the configured sources', () => {
    const other = synthHerald({ overrides: { allowedSources: ['bank.core', 'bank.cards'] } });

    for (const [id, rule] of Object.entries(other.resources('AWS::Events::Rule'))) {
      if (id.startsWith('RulesSesFeedback') || isCatchAll(id)) continue;
      expect((rule.Properties.EventPattern as { source: string[] }).source).toEqual([
        'bank.core',
        'bank.cards',
      ]);
    }
  });
});

describe('the catch-all rule (unknown DetailTypes and Sources)', () => {
  const catchAllOf = (synthesized: typeof herald) => {
    const rule = synthesized.stateless.rules.rules.get('UnknownEvents');
    return synthesized.resources('AWS::Events::Rule')[synthesized.logicalId(rule ?? synthesized.stateless)];
  };
  const event = (source: string, detailType: string) => ({
    source,
    'detail-type': detailType,
    detail: { eventId: 'e-1' },
  });
  const pattern = catchAllOf(herald)?.Properties.EventPattern;

  it('is on the Herald bus and targets the unknown-events function, with the retry policy and the DLQ', () => {
    const properties = catchAllOf(herald)?.Properties;
    expect(herald.resolveImport(properties?.EventBusName)).toEqual(ref(ids.bus));
    expect(properties?.Targets).toEqual([
      expect.objectContaining({ Arn: arnOf(herald.functionLogicalId('unknown-events')) }),
    ]);
  });

  it.each([
    ['Balance.Changd', 'bank.core'],
    ['balance.changed', 'bank.core'],
    ['Balance.Changed', 'bank.cards'],
    ['Customer.Erased', 'bank.other'],
  ])('matches %s from %s', (detailType, source) => {
    expect(matchesPattern(pattern, event(source, detailType))).toBe(true);
  });

  it('matches no bank DetailType of the contract from an allowed producer', () => {
    for (const detailType of Object.keys(bankEvents))
      for (const source of config.allowedSources)
        expect(matchesPattern(pattern, event(source, detailType)), detailType).toBe(false);
  });

  it('never matches Herald’s own events, whatever their DetailType', () => {
    for (const detailType of [...Object.keys(heraldEvents), 'TaxReminder.Due', 'Something.New'])
      expect(matchesPattern(pattern, event(HERALD_SOURCE, detailType)), detailType).toBe(false);
  });

  it('follows the configured sources: a Source added to the allow-list is no longer unknown', () => {
    const other = synthHerald({ overrides: { allowedSources: ['bank.core', 'bank.cards'] } });
    const otherPattern = catchAllOf(other)?.Properties.EventPattern;
    expect(matchesPattern(otherPattern, event('bank.cards', 'Balance.Changed'))).toBe(false);
    expect(matchesPattern(otherPattern, event('bank.cards', 'Balance.Changd'))).toBe(true);
    expect(matchesPattern(otherPattern, event('bank.loans', 'Balance.Changed'))).toBe(true);
  });

  it('gives the function the allow-list it names unknown Sources by', () => {
    expect(JSON.parse(String(envOf('unknown-events').ALLOWED_SOURCES))).toEqual(config.allowedSources);
  });
});

describe('queue subscriptions', () => {
  const mappings = Object.values(herald.resources('AWS::Lambda::EventSourceMapping'));
  const queues = herald.resources('AWS::SQS::Queue', 'stateful');

  it.each(SENDER_QUEUES)('%s consumes the %s with partial batch responses', (name, queue) => {
    const mine = mappings.filter(
      (mapping) =>
        JSON.stringify(mapping.Properties.FunctionName) ===
        JSON.stringify(ref(herald.functionLogicalId(name))),
    );

    expect(mine).toHaveLength(1);
    expect(herald.resolveImport(mine[0]?.Properties)).toMatchObject({
      EventSourceArn: arnOf(ids[queue]),
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 1,
    });
  });

  it('only the senders, the render functions, defer and tax-reminders-due are subscribed, and every subscription reports batch item failures', () => {
    // The senders, render, render-security, defer, tax-reminders-due.
    expect(mappings).toHaveLength(SENDERS.length + 4);
    for (const mapping of mappings) {
      expect(mapping.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    }
  });

  it('each source queue hides a message for at least 6 × its consumer timeout', () => {
    for (const mapping of mappings) {
      const queueId = (herald.resolveImport(mapping.Properties.EventSourceArn) as { 'Fn::GetAtt': string[] })[
        'Fn::GetAtt'
      ][0] as string;
      const functionId = (mapping.Properties.FunctionName as { Ref: string }).Ref;
      const timeout = functions[functionId]?.Properties.Timeout as number;

      expect(queues[queueId]?.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
    }
  });
});

describe('render queues: each carries only the types its render function knows', () => {
  const mappings = Object.values(herald.resources('AWS::Lambda::EventSourceMapping'));
  const tables: Record<RenderFunction, RendererTable> = {
    render: renderTable,
    'render-security': renderSecurityTable,
  };
  /** The queue each render function consumes, by the queue's logical id. */
  const consumedBy = (fn: RenderFunction) => {
    const mine = mappings.filter(
      (m) => JSON.stringify(m.Properties.FunctionName) === JSON.stringify(ref(herald.functionLogicalId(fn))),
    );
    expect(mine).toHaveLength(1);
    return (herald.resolveImport(mine[0]?.Properties.EventSourceArn) as { 'Fn::GetAtt': [string, string] })[
      'Fn::GetAtt'
    ][0];
  };
  const renderEnvs = new Map<string, RenderFunction>(RENDER_FUNCTIONS.map((fn) => [renderQueueEnv(fn), fn]));

  it.each(Object.keys(TRIGGER_TYPES))(
    '%s is given the queues of the render functions of the types it raises, and no other',
    (name) => {
      // Prepare: the render functions its types' definitions name.
      const types: readonly string[] = TRIGGER_TYPES[name] ?? [];
      const needed = new Set(types.map((type) => definitionOf(type)?.render));

      // Act: the render queue URLs in its environment.
      const given = Object.entries(envOf(name)).filter(([key]) => renderEnvs.has(key));

      // Assess: one per needed render function, each the queue that function consumes.
      expect(given.map(([key]) => renderEnvs.get(key)).sort()).toEqual([...needed].sort());
      for (const [key, url] of given)
        expect(url).toEqual(ref(consumedBy(renderEnvs.get(key) as RenderFunction)));
      // Each type it raises is in the renderer table of the function whose queue it goes on.
      for (const type of types)
        expect(Object.keys(tables[definitionOf(type)?.render ?? 'render'])).toContain(type);
    },
  );

  it('only the triggers are given render queues, and every type is raised by one of them', () => {
    const withRenderQueue = Object.values(functions)
      .filter((fn) => Object.keys(environmentOf(fn)).some((key) => renderEnvs.has(key)))
      .map((fn) => environmentOf(fn).HERALD_FUNCTION);
    expect(withRenderQueue.sort()).toEqual(Object.keys(TRIGGER_TYPES).sort());
    const raised = new Set(Object.values(TRIGGER_TYPES).flat());
    expect(Object.keys(messageTypes).filter((type) => !raised.has(type as MessageType))).toEqual([]);
  });
});

describe('IAM: least privilege', () => {
  const statements = Object.fromEntries(NAMES.map((name) => [name, herald.statementsOf(name)])) as Record<
    (typeof NAMES)[number],
    Statement[]
  >;
  const resourcesOf = (granted: Statement[]) =>
    granted.flatMap((statement) =>
      asArray(statement.Resource).map((resource) => herald.resolveImport(resource)),
    );

  it('roles carry no AWS managed policies', () => {
    for (const role of Object.values(herald.resources('AWS::IAM::Role'))) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it.each(NAMES.filter((name) => !PASS_ON.includes(name)))(
    '%s reads and writes table items by key, never scans',
    (name) => {
      expect(resourcesOf(allowing(statements[name], 'dynamodb:PutItem'))).toEqual([arnOf(ids.table)]);
      expect(resourcesOf(allowing(statements[name], 'dynamodb:Query'))).toEqual([arnOf(ids.table)]);
      expect(allowing(statements[name], 'dynamodb:Scan')).toEqual([]);
      expect(allowing(statements[name], 'dynamodb:DeleteTable')).toEqual([]);
    },
  );

  const channelQueueIds = [ids.emailQueue, ids.smsQueue, ids.pushQueue, ids.whatsAppQueue];
  it.each(NAMES)('%s may send to the DLQ and its own next queues only', (name) => {
    const sendTargets = resourcesOf(allowing(statements[name], 'sqs:SendMessage'));
    const expected = {
      'balance-alerts': [ids.dlq, ids.renderQueue],
      'transaction-alerts': [ids.dlq, ids.renderQueue],
      'account-notices': [ids.dlq, ids.renderQueue],
      'fraud-alerts': [ids.dlq, ids.securityRenderQueue],
      'fraud-reply-step': [ids.dlq, ids.securityRenderQueue],
      // The answer to an SMS HELP (consent.help) is written by render.
      'fraud-reply-inbound': [ids.dlq, ids.renderQueue],
      'price-alerts': [ids.dlq, ids.renderQueue],
      'tax-reminders': [ids.dlq, ids.deferQueue],
      'tax-reminders-due': [ids.dlq, ids.renderQueue],
      'journey-step': [ids.dlq, ids.renderQueue],
      // A throttled job goes back on the sender's own queue, a fallback on the next channel's.
      ...Object.fromEntries(SENDERS.map((sender) => [sender, [ids.dlq, ...channelQueueIds]])),
      render: [ids.dlq, ...channelQueueIds, ids.deferQueue],
      'render-security': [
        ids.dlq,
        ids.emailQueue,
        ids.smsQueue,
        ids.pushQueue,
        ids.whatsAppQueue,
        ids.deferQueue,
      ],
    }[name as string] ?? [ids.dlq];

    expect(sendTargets).toEqual(expect.arrayContaining(expected.map(arnOf)));
    expect(sendTargets).toHaveLength(expected.length);
  });

  it("defer may create schedules in Herald's group only, and pass only the scheduler role, to Scheduler only", () => {
    const create = allowing(statements.defer, 'scheduler:CreateSchedule');
    expect(JSON.stringify(resourcesOf(create))).toContain(`:schedule/herald-${config.envName}/*`);
    expect(resourcesOf(create)).toHaveLength(1);
    const pass = allowing(statements.defer, 'iam:PassRole');
    expect(pass).toHaveLength(1);
    expect(pass[0]?.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' },
    });
    for (const name of NAMES) {
      if (name !== 'defer') expect(allowing(statements[name], 'scheduler:CreateSchedule')).toEqual([]);
    }
  });

  it.each(PASS_ON)(
    '%s may only read, put and update table items (a dead-lettered job), on the table only',
    (name) => {
      const actions = statements[name as (typeof NAMES)[number]]
        .flatMap((statement) => asArray(statement.Action))
        .filter((action) => action.startsWith('dynamodb:'));
      expect(actions.sort()).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
      for (const action of actions)
        expect(resourcesOf(allowing(statements[name as (typeof NAMES)[number]], action))).toEqual([
          arnOf(ids.table),
        ]);
    },
  );

  it('the scheduler role may send to the four channel queues and the DueQueue, and nothing else', () => {
    const roles = herald.resources('AWS::IAM::Role');
    const [roleId] = Object.entries(roles).find(([id]) => id.startsWith('SchedulerRole')) ?? [];
    const policies = Object.values(herald.resources('AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p.Properties.Roles).includes(String(roleId)),
    );
    const statementsOfRole = policies.flatMap(
      (p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
    );
    const sends = resourcesOf(allowing(statementsOfRole, 'sqs:SendMessage'));
    expect(sends).toHaveLength(5);
    for (const queue of ['emailQueue', 'smsQueue', 'pushQueue', 'whatsAppQueue', 'dueQueue'] as const)
      expect(sends).toContainEqual(arnOf(ids[queue]));
  });

  it('only erasure (Customer.Erased), fraud-reply-inbound (Payment.AutopayRequested, Consent.ChangedByCustomer), consent-evidence (Customer.ConsentEvidence), consent-link (Consent.ChangedByCustomer) and status-events (Notification.StatusChanged, Notification.Failed) may put events on the bus, and only on the Herald bus', () => {
    const putters = ['erasure', 'fraud-reply-inbound', 'consent-evidence', 'consent-link', 'status-events'];
    for (const name of NAMES) {
      const puts = allowing(statements[name], 'events:PutEvents');
      if (!putters.includes(name)) expect(puts).toEqual([]);
      else expect(resourcesOf(puts)).toEqual([arnOf(ids.bus)]);
    }
  });

  it('profile cannot send to the channel queues', () => {
    const sendTargets = resourcesOf(allowing(statements.profile, 'sqs:SendMessage'));

    for (const queue of ['emailQueue', 'smsQueue', 'pushQueue', 'whatsAppQueue'] as const)
      expect(sendTargets).not.toContainEqual(arnOf(ids[queue]));
  });

  it.each(SENDER_QUEUES)('only %s may receive from the %s', (consumer, queue) => {
    for (const name of NAMES) {
      const received = resourcesOf(allowing(statements[name], 'sqs:ReceiveMessage'));
      expect(
        received.some((resource) => JSON.stringify(resource) === JSON.stringify(arnOf(ids[queue]))),
      ).toBe(name === consumer);
    }
  });

  it('only send-email may ses:SendEmail, as the configured sender with the configuration set', () => {
    for (const name of NAMES) {
      expect(allowing(statements[name], 'ses:SendEmail').length > 0).toBe(name === 'send-email');
    }
    const granted = allowing(statements['send-email'], 'ses:SendEmail');
    const resources = JSON.stringify(resourcesOf(granted));
    const domain = config.senderEmail.split('@')[1];

    expect(granted.flatMap((statement) => asArray(statement.Action))).toEqual(['ses:SendEmail']);
    expect(resourcesOf(granted)).toHaveLength(3);
    expect(resources).toContain(`:identity/${config.senderEmail}`);
    expect(resources).toContain(`:identity/${domain}"`);
    expect(resources).toContain(JSON.stringify(ref(ids.configurationSet)));
    expect(resources).not.toContain('"*"');
  });

  it('send-sms cannot send e-mail; only send-sms may sns:Publish', () => {
    expect(allowing(statements['send-sms'], 'ses:SendEmail')).toEqual([]);
    expect(allowing(statements['send-sms'], 'ses:SendRawEmail')).toEqual([]);
    for (const name of NAMES) {
      expect(allowing(statements[name], 'sns:Publish').length > 0).toBe(name === 'send-sms');
    }
  });

  it('only send-push may mobiletargeting:SendMessages, through the configured application only', () => {
    for (const name of NAMES) {
      expect(allowing(statements[name], 'mobiletargeting:SendMessages').length > 0).toBe(
        name === 'send-push',
      );
    }
    const granted = allowing(statements['send-push'], 'mobiletargeting:SendMessages');
    const app = `arn:aws:mobiletargeting:${config.region}:\${AWS::AccountId}:apps/${config.pushApplicationId}`;

    expect(granted.flatMap((statement) => asArray(statement.Action))).toEqual([
      'mobiletargeting:SendMessages',
    ]);
    expect(resourcesOf(granted).map(arnText).sort()).toEqual([app, `${app}/messages`]);
    expect(allowing(statements['send-push'], 'mobiletargeting:SendUsersMessages')).toEqual([]);
    expect(allowing(statements['send-push'], 'mobiletargeting:UpdateEndpoint')).toEqual([]);
  });

  it('only send-whatsapp may social-messaging:SendWhatsAppMessage, from the configured number only', () => {
    for (const name of NAMES) {
      expect(allowing(statements[name], 'social-messaging:SendWhatsAppMessage').length > 0).toBe(
        name === 'send-whatsapp',
      );
    }
    const granted = allowing(statements['send-whatsapp'], 'social-messaging:SendWhatsAppMessage');
    const hex = config.whatsappPhoneNumberId?.replace('phone-number-id-', '');

    expect(granted.flatMap((statement) => asArray(statement.Action))).toEqual([
      'social-messaging:SendWhatsAppMessage',
    ]);
    expect(resourcesOf(granted).map(arnText)).toEqual([
      `arn:aws:social-messaging:${config.region}:\${AWS::AccountId}:phone-number-id/${hex}`,
    ]);
    expect(allowing(statements['send-whatsapp'], 'social-messaging:PostWhatsAppMessageMedia')).toEqual([]);
  });

  it('Resource * appears only for X-Ray, and for SMS publishing and its opt-out check', () => {
    for (const name of NAMES) {
      const onEverything = statements[name].filter(
        (statement) => statement.Effect === 'Allow' && asArray(statement.Resource).includes('*'),
      );
      const actions = onEverything.flatMap((statement) => asArray(statement.Action)).sort();
      const expected = ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'];
      if (name === 'send-sms') expected.unshift('sns:CheckIfPhoneNumberIsOptedOut', 'sns:Publish');

      expect(actions).toEqual(expected);
    }
  });

  it('wildcard actions are limited to the KMS data-key actions on the Herald key', () => {
    for (const name of NAMES) {
      const wildcards = statements[name].filter((statement) =>
        asArray(statement.Action).some((action) => action.includes('*')),
      );
      for (const statement of wildcards) {
        for (const action of asArray(statement.Action).filter((granted) => granted.includes('*'))) {
          expect(['kms:ReEncrypt*', 'kms:GenerateDataKey*']).toContain(action);
        }
        expect(herald.resolveImport(statement.Resource)).toEqual(arnOf(ids.key));
      }
    }
  });

  it('a function may write only to the Herald log group', () => {
    for (const name of NAMES) {
      expect(resourcesOf(allowing(statements[name], 'logs:PutLogEvents'))).toEqual([arnOf(ids.logGroup)]);
    }
  });
});

describe('push and WhatsApp not configured', () => {
  // prod ships without a push application and a WhatsApp number.
  const off = synthHerald({ envName: 'prod', overrides: PROD_VALUES });
  const offFunctions = off.resources('AWS::Lambda::Function');
  const offMappings = Object.values(off.resources('AWS::Lambda::EventSourceMapping'));

  it('the config has neither', () => {
    expect(off.config.pushApplicationId).toBeUndefined();
    expect(off.config.whatsappPhoneNumberId).toBeUndefined();
  });

  it.each([
    ['send-push', 'pushQueue', { PINPOINT_APPLICATION_ID: '' }],
    ['send-whatsapp', 'whatsAppQueue', { WHATSAPP_PHONE_NUMBER_ID: '', WHATSAPP_META_API_VERSION: '' }],
  ] as const)(
    '%s is still deployed and drains the %s, with an empty channel environment',
    (name, queue, env) => {
      const functionId = off.functionLogicalId(name);
      const mapping = offMappings.find(
        (m) => JSON.stringify(m.Properties.FunctionName) === JSON.stringify(ref(functionId)),
      );

      expect(environmentOf(offFunctions[functionId])).toMatchObject(env);
      expect(off.resolveImport(mapping?.Properties.EventSourceArn)).toEqual(
        arnOf(off.logicalId(off.stateful[queue])),
      );
    },
  );

  it.each([
    ['send-push', 'mobiletargeting:SendMessages'],
    ['send-whatsapp', 'social-messaging:SendWhatsAppMessage'],
  ])('%s has no %s permission at all', (name, action) => {
    expect(allowing(off.statementsOf(name), action)).toEqual([]);
    const service = action.split(':')[0];
    for (const statement of off.statementsOf(name)) {
      for (const granted of asArray(statement.Action)) expect(granted.startsWith(`${service}:`)).toBe(false);
    }
  });
});

describe('fraud alerts', () => {
  const replyKeyId = herald.logicalId(stateful.replyLinkKey);
  const fraudRule = (synthesized: typeof herald) => {
    const rule = synthesized.stateless.rules.rules.get('FraudSuspected');
    return synthesized.resources('AWS::Events::Rule')[synthesized.logicalId(rule ?? synthesized.stateless)];
  };
  const fraudEvent = (riskScore: unknown) => ({
    source: 'bank.core',
    'detail-type': 'Fraud.Suspected',
    detail: { eventId: 'e-1', customerId: 'c-1', caseId: 'k-1', riskScore },
  });

  it('signs links with an HMAC_256 key of its own, used only to generate and verify MACs', () => {
    herald.statefulTemplate.hasResourceProperties('AWS::KMS::Key', {
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    });
    expect(replyKeyId).not.toBe(ids.key);
    expect(herald.resources('AWS::KMS::Key', 'stateful')[replyKeyId]?.Properties).toMatchObject({
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    });
  });

  it('lets only render-security ask for MACs with the reply-link key and only the link endpoint check them', () => {
    const onKey = (name: string, action: string) =>
      allowing(herald.statementsOf(name), action)
        .map((s) => herald.resolveImport(s.Resource))
        .filter((r) => JSON.stringify(r).includes(replyKeyId));
    expect(onKey('render-security', 'kms:GenerateMac')).toEqual([arnOf(replyKeyId)]);
    expect(onKey('fraud-reply-link', 'kms:VerifyMac')).toEqual([arnOf(replyKeyId)]);
    const only: Record<string, string> = {
      'render-security': 'kms:GenerateMac',
      'fraud-reply-link': 'kms:VerifyMac',
    };
    for (const name of NAMES) {
      const statements = herald.statementsOf(name);
      if (name !== 'render-security') expect(onKey(name, 'kms:GenerateMac')).toEqual([]);
      if (name !== 'fraud-reply-link') expect(onKey(name, 'kms:VerifyMac')).toEqual([]);
      for (const statement of statements) {
        const onReplyKey = JSON.stringify(herald.resolveImport(statement.Resource)).includes(replyKeyId);
        if (onReplyKey) expect(asArray(statement.Action)).toEqual([only[name]]);
      }
    }
  });

  it('gives render-security the key and the reply endpoint, and fraud-alerts the reply window, threshold and queue', () => {
    expect(envOf('render')).not.toHaveProperty('REPLY_LINK_KEY_ARN');
    expect(envOf('render-security')).toMatchObject({
      REPLY_LINK_KEY_ARN: arnOf(replyKeyId),
      REPLY_BASE_URL: `${config.brand.url}/fraud-reply`,
    });
    expect(envOf('fraud-alerts')).toMatchObject({
      FRAUD_REPLY_WINDOW_MINUTES: '30',
      FRAUD_MIN_RISK_SCORE: '0',
      RENDER_SECURITY_QUEUE_URL: ref(ids.securityRenderQueue),
    });
    const tuned = synthHerald({
      overrides: { fraud: { replyWindowMinutes: 15, replyBaseUrl: 'https://reply.bank.example/r' } },
    });
    const tunedEnv = (name: string) =>
      tuned.resolveImport(
        environmentOf(tuned.resources('AWS::Lambda::Function')[tuned.functionLogicalId(name)]),
      );
    expect(tunedEnv('render-security')).toMatchObject({ REPLY_BASE_URL: 'https://reply.bank.example/r' });
    expect(tunedEnv('fraud-alerts')).toMatchObject({ FRAUD_REPLY_WINDOW_MINUTES: '15' });
  });

  it('signs consent links with an HMAC_256 key of their own: only the render functions make MACs, only consent-link checks them', () => {
    const consentKeyId = herald.logicalId(stateful.consentLinkKey);
    expect(consentKeyId).not.toBe(replyKeyId);
    expect(herald.resources('AWS::KMS::Key', 'stateful')[consentKeyId]?.Properties).toMatchObject({
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    });
    const renderers = ['render', 'render-security'];
    for (const name of NAMES) {
      const onConsentKey = herald
        .statementsOf(name)
        .filter((s) => JSON.stringify(herald.resolveImport(s.Resource)).includes(consentKeyId));
      const actions = onConsentKey.flatMap((s) => asArray(s.Action)).sort();
      if (renderers.includes(name)) expect(actions).toEqual(['kms:GenerateMac']);
      else if (name === 'consent-link') expect(actions).toEqual(['kms:VerifyMac']);
      else expect(actions).toEqual([]);
    }
    expect(envOf('consent-link')).toMatchObject({
      CONSENT_LINK_KEY_ARN: arnOf(consentKeyId),
      PUBLIC_BASE_URL: `${config.brand.url}/consent`,
      EVENT_BUS_NAME: ref(ids.bus),
      TRANSACTIONAL_DEFAULT: config.transactionalDefault,
    });
  });

  it('exposes consent-link as a public function URL, its URL a fixed output; no brand URL, no consent links', () => {
    const [urlId, url] = Object.entries(herald.resources('AWS::Lambda::Url')).find(
      ([, u]) =>
        JSON.stringify(u.Properties.TargetFunctionArn) ===
        JSON.stringify(arnOf(herald.functionLogicalId('consent-link'))),
    ) ?? ['', undefined];
    expect(url?.Properties.AuthType).toBe('NONE');
    const outputs = herald.statelessTemplate.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(outputs.ConsentLinkEndpoint?.Value).toEqual({ 'Fn::GetAtt': [urlId, 'FunctionUrl'] });
    const bare = synthHerald({ overrides: { brand: { name: 'Bare Bank' } } });
    const env = bare.resolveImport(
      environmentOf(bare.resources('AWS::Lambda::Function')[bare.functionLogicalId('render')]),
    );
    expect(env).not.toHaveProperty('CONSENT_LINK_BASE_URL');
    expect(allowing(bare.statementsOf('render'), 'kms:GenerateMac')).toEqual([]);
    const own = synthHerald({ overrides: { consent: { linkBaseUrl: 'https://prefs.vistara-bank.eu/c' } } });
    expect(
      own.resolveImport(
        environmentOf(own.resources('AWS::Lambda::Function')[own.functionLogicalId('render')]),
      ),
    ).toMatchObject({ CONSENT_LINK_BASE_URL: 'https://prefs.vistara-bank.eu/c' });
  });

  it('without a reply endpoint (no brand URL), render-security has neither the key nor the permission', () => {
    const bare = synthHerald({ overrides: { brand: { name: 'Bare Bank' } } });
    const env = bare.resolveImport(
      environmentOf(bare.resources('AWS::Lambda::Function')[bare.functionLogicalId('render-security')]),
    );
    expect(env).not.toHaveProperty('REPLY_LINK_KEY_ARN');
    expect(env).not.toHaveProperty('REPLY_BASE_URL');
    expect(allowing(bare.statementsOf('render-security'), 'kms:GenerateMac')).toEqual([]);
  });

  it('routes Fraud.Suspected to fraud-alerts, filtered on the risk score alone', () => {
    const properties = fraudRule(herald)?.Properties;
    expect(properties?.EventPattern).toEqual({
      source: config.allowedSources,
      'detail-type': ['Fraud.Suspected'],
      detail: {
        $or: [
          {
            riskScore: [{ numeric: ['>=', 0] }, { numeric: ['<', 0] }, { wildcard: '*' }, null, true, false],
          },
          { riskScore: [{ exists: false }] },
        ],
      },
    });
    expect(properties?.Targets).toEqual([
      expect.objectContaining({ Arn: arnOf(herald.functionLogicalId('fraud-alerts')) }),
    ]);
  });

  it('drops well-formed cases below the configured threshold, and lets everything else through to be checked', () => {
    const strict = synthHerald({ overrides: { fraud: { minRiskScore: 0.5 } } });
    const pattern = fraudRule(strict)?.Properties.EventPattern;
    const passes = (riskScore: unknown) => matchesPattern(pattern, fraudEvent(riskScore));

    expect([0.5, 0.51, 1].map(passes)).toEqual([true, true, true]);
    expect([0, 0.1, 0.4999].map(passes)).toEqual([false, false, false]);
    // Not a score: the function rejects these with a reason (rejected record + DLQ), so they must reach it.
    expect(['0.9', '', null, true, -0.2, 7, { score: 1 }, undefined].map(passes)).toEqual(
      Array(8).fill(true),
    );
    expect(matchesPattern(pattern, { ...fraudEvent(0.9), 'detail-type': 'Balance.Changed' })).toBe(false);
  });
});

describe('the pseudonym key of erased customers', () => {
  const warningsOf = (context: Record<string, unknown>) => {
    const { stateless } = createHeraldApp({ envName: 'prod', overrides: PROD_VALUES, context });
    return Annotations.fromStack(stateless)
      .findWarning('*', Match.stringLikeRegexp('No pseudonym key'))
      .map((w) => w.entry.data);
  };

  it('warns at synth when a deployment other than dev has none', () => {
    // Act
    const warnings = warningsOf({});
    // Assess
    expect(warnings).toHaveLength(1);
  });

  it('is quiet when the key is given', () => {
    // Act
    const warnings = warningsOf({ 'herald:pseudonymKey': 'a-secret-of-the-bank' });
    // Assess
    expect(warnings).toEqual([]);
  });
});
