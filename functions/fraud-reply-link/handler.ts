import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { SFNClient } from '@aws-sdk/client-sfn';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DynamoDbFraudCases } from '#adapters/dynamodb/fraud-cases.ts';
import { KmsMacVerifier } from '#adapters/kms/link-signer.ts';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { SfnFraudReplyWorkflow } from '#adapters/sfn/fraud-reply-workflow.ts';
import { type LinkOutcome, replyByLink } from '#application/fraud-replies.ts';

const logger = new Logger();
const deps = {
  cases: new DynamoDbFraudCases(new DynamoDBClient({}), requireEnv('TABLE_NAME')),
  workflow: new SfnFraudReplyWorkflow(new SFNClient({})),
  verifier: new KmsMacVerifier(new KMSClient({}), requireEnv('REPLY_LINK_KEY_ARN')),
  now: systemNow,
};
const bank = process.env.BRAND_NAME ?? 'Your bank';

const html = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One small page: no script, no external resource, nothing of the customer but the answer. */
function page(status: number, title: string, text: string, form = ''): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // The token is in the URL: never cached, never sent on as a Referer, never framed.
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
    },
    body:
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
      `<meta name="robots" content="noindex"><title>${html(bank)}: ${html(title)}</title></head>` +
      `<body style="font-family:sans-serif;max-width:32em;margin:2em auto;padding:0 1em">` +
      `<h1>${html(title)}</h1><p>${html(text)}</p>${form}</body></html>`,
  };
}

const CALL = 'If you are worried about your card, call the number on its back.';
const CLOSED: [number, string, string] = [410, 'Link expired', `This question has closed. ${CALL}`];
const PAGES: Record<Exclude<LinkOutcome, 'open'>, [number, string, string]> = {
  recorded: [200, 'Thank you', 'We have your answer and will confirm what happens next.'],
  already_answered: [200, 'Already answered', 'We already have your answer; nothing more to do.'],
  too_late: CLOSED,
  not_found: CLOSED,
  expired: [410, 'Link expired', `This link has expired. ${CALL}`],
  invalid: [400, 'Link not valid', `This link is not valid. ${CALL}`],
};

/** The token of a GET (`?t=`) or of a POSTed form (`t=`). */
function tokenOf(event: APIGatewayProxyEventV2): string {
  if (event.requestContext.http.method !== 'POST') return event.queryStringParameters?.t ?? '';
  const body = event.isBase64Encoded
    ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
    : (event.body ?? '');
  return new URLSearchParams(body).get('t') ?? '';
}

/**
 * The YES/NO links of fraud alerts (a Lambda function URL). Opening a link shows a page that asks to
 * confirm (mail scanners open links; only the POST of the page answers); confirming answers once. A forged,
 * altered or expired link, and one used before, change nothing and get a page that says so. The token is
 * never logged.
 */
const lambdaHandler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  const method = event.requestContext.http.method;
  if (method !== 'GET' && method !== 'POST')
    return page(405, 'Not allowed', 'Please use the link in our message.');
  const token = tokenOf(event);
  const result = await replyByLink(token, method === 'POST', deps);
  logger.info('fraud reply link', {
    method,
    outcome: result.outcome,
    ...(result.caseId ? { caseId: result.caseId } : {}),
  });
  if (result.outcome === 'open') {
    const question =
      result.answer === 'genuine'
        ? ['Was it you?', 'Please confirm that you made the payments we asked you about.', 'Yes, it was me']
        : [
            'Not you?',
            'Please confirm that you did not make the payments; we will block your card.',
            "No, it wasn't me",
          ];
    const [title, text, button] = question as [string, string, string];
    return page(
      200,
      title,
      text,
      `<form method="post"><input type="hidden" name="t" value="${html(token)}"><button type="submit" style="font-size:1.2em;padding:.6em 1.2em">${html(button)}</button></form>`,
    );
  }
  const [status, title, text] = PAGES[result.outcome];
  return page(status, title, text);
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
