import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { CloudWatchLogsEvent } from 'aws-lambda';
import { takeDeliveryRecords } from '#adapters/lambda/delivery-records.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { statusEventDeps } from '#adapters/lambda/status-event-deps.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const deps = statusEventDeps(loadEnv(manifest));

/**
 * Delivery records (a CloudWatch Logs subscription on the Herald log group) → Notification.StatusChanged and
 * Notification.Failed on the Herald bus; a send refused because the number opted out at the provider also
 * withdraws that channel's consent in the ledger (source provider_opt_out, Consent.ChangedByCustomer to the
 * bank). A failure throws: Lambda retries the delivery, and the claims keep what was emitted already from
 * going out twice.
 */
const lambdaHandler = (event: CloudWatchLogsEvent): Promise<void> => takeDeliveryRecords(event, deps, logger);

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
