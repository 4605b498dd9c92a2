// Reference for `npm run bench`: a deliberately naive Lambda handler (every client at once, full zod,
// Powertools logger + metrics, middy). Bundle it the same way as Herald's functions (esbuild, minified ESM,
// SDK bundled) and compare import times in the same run. It is a yardstick, not an example to follow, and is
// kept as it was first measured (ENGINEERING.md, "Toolchain facts"), its unused import included.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
// biome-ignore lint/correctness/noUnusedImports: the yardstick is kept as first measured.
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import middy from '@middy/core';
import { z } from 'zod';

const logger = new Logger({ serviceName: 'big' });
const metrics = new Metrics({ namespace: 'x', serviceName: 'big' });
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const ses = new SESv2Client({});
const sns = new SNSClient({});
const E = z.object({ id: z.string(), amount: z.number() });
export const handler = middy(async (event: unknown) => {
  const e = E.parse(event);
  const r = await ddb.send(new GetCommand({ TableName: 't', Key: { pk: e.id } }));
  if (r.Item)
    await ses.send(
      new SendEmailCommand({
        Destination: { ToAddresses: ['a@b.c'] },
        Content: { Simple: { Subject: { Data: 'x' }, Body: { Text: { Data: 'y' } } } },
      }),
    );
  else await sns.send(new PublishCommand({ PhoneNumber: '+1', Message: 'm' }));
  logger.info('ok');
  metrics.addMetric('x', 'Count', 1);
  return { ok: true };
});
