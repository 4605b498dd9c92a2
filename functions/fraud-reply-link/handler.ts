import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { notAllowedPage, replyLinkPage, tokenOf } from '#adapters/http/reply-link-page.ts';
import { fraudReplyLinkDeps } from '#adapters/lambda/fraud-reply-link-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { replyByLink } from '#application/fraud-replies.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const env = loadEnv(manifest);
const deps = fraudReplyLinkDeps(env);
const bank = env.BRAND_NAME;

/**
 * The YES/NO links of fraud alerts (a Lambda function URL). Opening a link shows a page that asks to
 * confirm (mail scanners open links; only the POST of the page answers); confirming answers once. A forged,
 * altered or expired link, and one used before, change nothing and get a page that says so. The token is
 * never logged.
 */
const lambdaHandler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  const method = event.requestContext.http.method;
  if (method !== 'GET' && method !== 'POST') return notAllowedPage(bank);
  const token = tokenOf(event);
  const result = await replyByLink(token, method === 'POST', deps);
  logger.info('fraud reply link', {
    method,
    outcome: result.outcome,
    ...(result.caseId ? { caseId: result.caseId } : {}),
  });
  return replyLinkPage(bank, token, result);
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
