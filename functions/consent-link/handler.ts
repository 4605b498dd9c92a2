import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { consentLinkDeps } from '#adapters/lambda/consent-link-deps.ts';
import { consentLinkHttp } from '#adapters/lambda/consent-link-http.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const env = loadEnv(manifest);
const serve = consentLinkHttp(consentLinkDeps(env), env.BRAND_NAME, logger);

/**
 * The consent links of e-mails (a Lambda function URL): one-click unsubscribe (RFC 8058) and the preference
 * page. Checks each signed token with KMS VerifyMac; every change goes through the use case of consent
 * changes on the customer's word.
 */
export const handler = middy(serve).use(injectLambdaContext(logger, { clearState: true }));
