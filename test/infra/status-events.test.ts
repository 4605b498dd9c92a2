// The status events' infrastructure: a CloudWatch Logs subscription hands the delivery records to the
// status-events function; the webhook (connection, API destination, rule with retries and the DLQ) exists
// only when the environment configures one, and never carries the secret itself.
import { AwsSolutionsChecks, type NagPack, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { type HeraldEnvironment, loadConfig } from '../../infra/config.ts';
import { DEFAULT_STATUS_EVENTS } from '../../shared/domain/status-events.ts';
import { arnOf, defined, environmentOf, PROD_VALUES, type Resource, synthHerald } from './support.ts';

const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:482915736104:secret:herald/webhook-AbCdEf';
const apiKeyWebhook: HeraldEnvironment['statusWebhook'] = {
  endpoint: 'https://hooks.vistara-bank.eu/herald',
  auth: { type: 'apiKey', headerName: 'x-api-key', secretArn: SECRET_ARN, secretField: 'apiKey' },
};
const oauthWebhook: HeraldEnvironment['statusWebhook'] = {
  endpoint: 'https://hooks.vistara-bank.eu/herald',
  auth: {
    type: 'oauthClientCredentials',
    authorizationEndpoint: 'https://auth.vistara-bank.eu/oauth2/token',
    clientId: 'herald-prod',
    secretArn: SECRET_ARN,
    scope: 'notifications.write',
  },
  rateLimitPerSecond: 50,
};

const plain = synthHerald();
const withApiKey = synthHerald({
  envName: 'prod',
  overrides: { ...PROD_VALUES, statusWebhook: apiKeyWebhook },
});
const CONSUMER_BUS = 'arn:aws:events:eu-west-1:590317284615:event-bus/herald-outbound';
const withForwarding = synthHerald({
  envName: 'prod',
  overrides: { ...PROD_VALUES, outboundEventBuses: [CONSUMER_BUS] },
});
const withOauth = synthHerald({
  envName: 'prod',
  overrides: { ...PROD_VALUES, statusWebhook: oauthWebhook },
});

const only = (resources: Record<string, Resource>, what: string): [string, Resource] =>
  defined(Object.entries(resources)[0], what);

function findings(pack: NagPack, scope: IConstruct): string[] {
  return pack
    .validateScope(scope)
    .violations.flatMap((violation) =>
      violation.violatingResources.map((resource) => `${violation.ruleName} @ ${resource.constructPath}`),
    );
}

describe('status events (infrastructure)', () => {
  it('subscribes the status-events function to the delivery records of the Herald log group', () => {
    // Act
    const filters = plain.resources('AWS::Logs::SubscriptionFilter');

    // Assess
    expect(Object.keys(filters)).toHaveLength(1);
    const [, filter] = only(filters, 'subscription filter');
    expect(filter.Properties.FilterPattern).toBe('{ $.kind = "delivery" }');
    expect(filter.Properties.DestinationArn).toEqual(arnOf(plain.functionLogicalId('status-events')));
    expect(plain.resolveImport(filter.Properties.LogGroupName)).toEqual({
      Ref: plain.logicalId(plain.stateful.logGroup),
    });
    const permissions = Object.values(plain.resources('AWS::Lambda::Permission')).filter(
      (p) => p.Properties.Principal === 'logs.amazonaws.com',
    );
    expect(permissions.map((p) => p.Properties.FunctionName)).toEqual([
      arnOf(plain.functionLogicalId('status-events')),
    ]);
  });

  it('hands the function the default selection, and the bus it may put events on', () => {
    // Act
    const env = environmentOf(
      plain.resources('AWS::Lambda::Function')[plain.functionLogicalId('status-events')],
    );

    // Assess
    expect(JSON.parse(String(env.STATUS_EVENTS))).toEqual(DEFAULT_STATUS_EVENTS);
    expect(env.EVENT_BUS_NAME).toBeDefined();
    expect(JSON.stringify(plain.statementsOf('status-events'))).toContain('events:PutEvents');
  });

  it('takes the selection from the config', () => {
    // Act
    const herald = synthHerald({
      overrides: { statusEvents: { statuses: ['delivered'], types: ['fraud.'] } },
    });
    const env = environmentOf(
      herald.resources('AWS::Lambda::Function')[herald.functionLogicalId('status-events')],
    );

    // Assess
    expect(JSON.parse(String(env.STATUS_EVENTS))).toEqual({
      statuses: ['delivered'],
      allStatusesOf: ['security'],
      types: ['fraud.'],
    });
  });

  it('has no connection, API destination or webhook rule without a configured webhook', () => {
    // Assess
    expect(plain.resources('AWS::Events::Connection')).toEqual({});
    expect(plain.resources('AWS::Events::ApiDestination')).toEqual({});
    const webhookRules = Object.values(plain.resources('AWS::Events::Rule')).filter((rule) =>
      JSON.stringify(rule.Properties.Targets).includes('ApiDestination'),
    );
    expect(webhookRules).toEqual([]);
  });

  it('with an API-key webhook: a connection whose key is a reference to the secret, never its value', () => {
    // Act
    const [, connection] = only(withApiKey.resources('AWS::Events::Connection'), 'connection');

    // Assess
    expect(connection.Properties.AuthorizationType).toBe('API_KEY');
    const auth = connection.Properties.AuthParameters as {
      ApiKeyAuthParameters: { ApiKeyName: string; ApiKeyValue: unknown };
    };
    expect(auth.ApiKeyAuthParameters.ApiKeyName).toBe('x-api-key');
    expect(JSON.stringify(auth.ApiKeyAuthParameters.ApiKeyValue)).toContain(
      `{{resolve:secretsmanager:${SECRET_ARN}:SecretString:apiKey::}}`,
    );
  });

  it('with an OAuth webhook: client credentials against the token endpoint, the client secret referenced', () => {
    // Act
    const [, connection] = only(withOauth.resources('AWS::Events::Connection'), 'connection');
    const [, destination] = only(withOauth.resources('AWS::Events::ApiDestination'), 'API destination');

    // Assess
    expect(connection.Properties.AuthorizationType).toBe('OAUTH_CLIENT_CREDENTIALS');
    const oauth = (connection.Properties.AuthParameters as { OAuthParameters: Record<string, unknown> })
      .OAuthParameters;
    expect(oauth.AuthorizationEndpoint).toBe('https://auth.vistara-bank.eu/oauth2/token');
    expect(oauth.HttpMethod).toBe('POST');
    expect(JSON.stringify(oauth.ClientParameters)).toContain('herald-prod');
    expect(JSON.stringify(oauth.ClientParameters)).toContain(
      `{{resolve:secretsmanager:${SECRET_ARN}:SecretString:::}}`,
    );
    expect(JSON.stringify(oauth.OAuthHttpParameters)).toContain('client_credentials');
    expect(destination.Properties.InvocationRateLimitPerSecond).toBe(50);
  });

  it('with a webhook: the API destination, and a rule for Herald status events with retries and the DLQ', () => {
    // Act
    const [destinationId, destination] = only(
      withApiKey.resources('AWS::Events::ApiDestination'),
      'API destination',
    );
    const rules = Object.values(withApiKey.resources('AWS::Events::Rule')).filter((rule) =>
      JSON.stringify(rule.Properties.Targets).includes(destinationId),
    );

    // Assess
    expect(destination.Properties).toMatchObject({
      InvocationEndpoint: 'https://hooks.vistara-bank.eu/herald',
      HttpMethod: 'POST',
      InvocationRateLimitPerSecond: 10,
    });
    expect(rules).toHaveLength(1);
    const rule = defined(rules[0], 'webhook rule');
    expect(rule.Properties.EventPattern).toEqual({
      source: ['herald'],
      'detail-type': ['Notification.StatusChanged', 'Notification.Failed'],
    });
    const [target] = rule.Properties.Targets as Record<string, unknown>[];
    expect(target?.RetryPolicy).toEqual({ MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 86_400 });
    expect(JSON.stringify(target?.DeadLetterConfig)).toContain('DeadLetterQueue');
    expect(target?.RoleArn).toBeDefined();
  });

  it('forwards every Herald event to each configured consumer bus, with the DLQ, and to none by default', () => {
    // Act
    const forwarding = (herald: typeof plain) =>
      Object.values(herald.resources('AWS::Events::Rule')).filter((rule) =>
        JSON.stringify(rule.Properties.Targets).includes('event-bus/herald-outbound'),
      );

    // Assess
    expect(forwarding(plain)).toEqual([]);
    const rules = forwarding(withForwarding);
    expect(rules).toHaveLength(1);
    const rule = defined(rules[0], 'forwarding rule');
    expect(rule.Properties.EventPattern).toEqual({ source: ['herald'] });
    const [target] = rule.Properties.Targets as Record<string, unknown>[];
    expect(target?.Arn).toBe(CONSUMER_BUS);
    expect(JSON.stringify(target?.DeadLetterConfig)).toContain('DeadLetterQueue');
    const putEvents = Object.values(withForwarding.resources('AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p.Properties.PolicyDocument).includes(CONSUMER_BUS),
    );
    expect(JSON.stringify(putEvents)).toContain('events:PutEvents');
  });

  it.each([
    ['AwsSolutions', () => new AwsSolutionsChecks()],
    ['Serverless', () => new ServerlessChecks()],
  ])('%s stays clean with a webhook and forwarding configured', (_pack, makePack) => {
    expect(findings(makePack(), withApiKey.app)).toEqual([]);
    expect(findings(makePack(), withOauth.app)).toEqual([]);
    expect(findings(makePack(), withForwarding.app)).toEqual([]);
  });

  it('refuses a webhook secret given as a value instead of a Secrets Manager ARN', () => {
    // Act
    const load = () =>
      loadConfig('dev', {
        statusWebhook: {
          ...apiKeyWebhook,
          auth: { type: 'apiKey', headerName: 'x-api-key', secretArn: 'sk_live_1234' },
        },
      });

    // Assess
    expect(load).toThrow(/statusWebhook\.auth\.secretArn: must be the ARN of a Secrets Manager secret/);
  });
});
