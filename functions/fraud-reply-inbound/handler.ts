import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { takeInboundReplies } from '#adapters/lambda/inbound-replies.ts';
import { inboundReplyDeps } from '#adapters/lambda/inbound-reply-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const deps = inboundReplyDeps(loadEnv(manifest));

/**
 * Customers' SMS replies (End User Messaging two-way number → SNS) and WhatsApp replies (End User
 * Messaging Social → SNS): an answer to a fraud alert resumes the case's waiting workflow; a payment-due
 * reminder's "Set up autopay" quick reply goes to the bank as Payment.AutopayRequested; STOP, START and
 * their equivalents change the channel's consent on the customer's word, and HELP by SMS is answered in the
 * customer's language (consent.help, through the render queue). Neither the number nor the text is logged.
 */
const lambdaHandler = (event: SNSEvent): Promise<void> => takeInboundReplies(event, deps, logger);

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
