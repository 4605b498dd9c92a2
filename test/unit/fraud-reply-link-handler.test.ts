// The fraud alert's link endpoint runs on the same plumbing as every other function: middy with
// Powertools' injectLambdaContext (clearState), so each line names its request.
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

type Handler = typeof import('../../functions/fraud-reply-link/handler.ts').handler;
let handler: Handler;

beforeAll(async () => {
  // What the template gives the function; a malformed token is refused before any AWS call.
  vi.stubEnv('TABLE_NAME', 'herald-test');
  vi.stubEnv('REPLY_LINK_KEY_ARN', 'arn:aws:kms:eu-west-1:000000000000:key/reply-links');
  vi.stubEnv('BRAND_NAME', 'Demo Bank');
  vi.stubEnv('AWS_REGION', 'eu-west-1');
  vi.stubEnv('POWERTOOLS_DEV', '');
  ({ handler } = await import('../../functions/fraud-reply-link/handler.ts'));
});
afterEach(() => vi.restoreAllMocks());

const context = (awsRequestId: string) =>
  ({
    functionName: 'herald-dev-fraud-reply-link',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:000000000000:function:herald-dev-fraud-reply-link',
    memoryLimitInMB: '256',
    awsRequestId,
    getRemainingTimeInMillis: () => 10_000,
  }) as Context;
const linkOpened = (token: string) =>
  ({
    requestContext: { http: { method: 'GET' } },
    queryStringParameters: { t: token },
  }) as never as APIGatewayProxyEventV2;

/** The JSON lines the handler writes while `act` runs. */
async function linesOf(act: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const written: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  await act();
  vi.restoreAllMocks();
  return written
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('fraud-reply-link handler', () => {
  it('is a middy handler', () => {
    expect(typeof (handler as { use?: unknown }).use).toBe('function');
  });

  it('answers a link that is not one with a page saying so, its line naming the request, never the token', async () => {
    // Prepare
    const token = 'not-a-token';
    let page: unknown;
    // Act
    const lines = await linesOf(async () => {
      page = await handler(linkOpened(token), context('req-1'));
    });
    // Assess
    expect(page).toMatchObject({ statusCode: 400 });
    expect(lines).toEqual([
      expect.objectContaining({
        message: 'fraud reply link',
        outcome: 'invalid',
        function_request_id: 'req-1',
        function_name: 'herald-dev-fraud-reply-link',
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(token);
  });
});
