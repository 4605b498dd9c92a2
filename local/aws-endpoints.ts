// Local stand-ins for the AWS APIs Herald's functions call besides DynamoDB: SQS SendMessage (JSON
// protocol), SESv2 SendEmail (REST-JSON) and SNS Publish (query protocol). The functions use the real SDK
// clients unchanged; only their endpoints (AWS_ENDPOINT_URL_SQS / _SESV2 / _SNS) point here. Each request
// is decoded as AWS would decode it and handed to a sink; the answer has the shape the SDK expects.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SqsMessageIn {
  queueUrl: string;
  body: string;
  attributes: Record<string, string>;
}

export interface EmailIn {
  from: string;
  to: string[];
  subject: string;
  text?: string;
  html?: string;
  configurationSetName?: string;
  tags: Record<string, string>;
}

export interface SmsIn {
  phoneNumber: string;
  message: string;
  attributes: Record<string, string>;
}

export interface EndpointSinks {
  sqs(message: SqsMessageIn, messageId: string): void;
  email(email: EmailIn, messageId: string): void;
  sms(sms: SmsIn, messageId: string): void;
}

export interface LocalEndpoints {
  urls: { sqs: string; sesv2: string; sns: string };
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

function listen(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void): Promise<Server> {
  const server = createServer((req, res) => {
    readBody(req)
      .then((body) => handler(req, body, res))
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: String(error) }));
      });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

function jsonError(res: ServerResponse, status: number, type: string, message: string, query = false): void {
  if (query) {
    res.writeHead(status, { 'content-type': 'text/xml' });
    res.end(
      `<ErrorResponse><Error><Type>Sender</Type><Code>${type}</Code><Message>${message}</Message></Error><RequestId>local</RequestId></ErrorResponse>`,
    );
    return;
  }
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': type });
  res.end(JSON.stringify({ __type: type, message }));
}

export async function startLocalEndpoints(sinks: EndpointSinks): Promise<LocalEndpoints> {
  // Message ids count per service, so a replay of the same file gives the same ids.
  const counters = new Map<string, number>();
  const nextId = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${String(n).padStart(6, '0')}`;
  };

  const sqs = await listen((req, body, res) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    if (target !== 'AmazonSQS.SendMessage') {
      jsonError(res, 400, 'UnsupportedOperation', `${target} is not emulated locally`);
      return;
    }
    const input = JSON.parse(body) as {
      QueueUrl: string;
      MessageBody: string;
      MessageAttributes?: Record<string, { StringValue?: string }>;
    };
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(input.MessageAttributes ?? {}))
      attributes[name] = value.StringValue ?? '';
    const messageId = nextId('sqs');
    sinks.sqs({ queueUrl: input.QueueUrl, body: input.MessageBody, attributes }, messageId);
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
    res.end(
      JSON.stringify({
        MessageId: messageId,
        MD5OfMessageBody: createHash('md5').update(input.MessageBody).digest('hex'),
      }),
    );
  });

  const sesv2 = await listen((req, body, res) => {
    if (req.method !== 'POST' || req.url !== '/v2/email/outbound-emails') {
      jsonError(res, 400, 'BadRequestException', `${req.method} ${req.url} is not emulated locally`);
      return;
    }
    const input = JSON.parse(body) as {
      FromEmailAddress: string;
      Destination?: { ToAddresses?: string[] };
      ConfigurationSetName?: string;
      EmailTags?: { Name: string; Value: string }[];
      Content?: {
        Simple?: {
          Subject?: { Data?: string };
          Body?: { Text?: { Data?: string }; Html?: { Data?: string } };
        };
      };
    };
    const simple = input.Content?.Simple;
    if (!simple) {
      jsonError(res, 400, 'BadRequestException', 'only Content.Simple is emulated locally');
      return;
    }
    const messageId = nextId('ses');
    sinks.email(
      {
        from: input.FromEmailAddress,
        to: input.Destination?.ToAddresses ?? [],
        subject: simple.Subject?.Data ?? '',
        ...(simple.Body?.Text?.Data !== undefined ? { text: simple.Body.Text.Data } : {}),
        ...(simple.Body?.Html?.Data !== undefined ? { html: simple.Body.Html.Data } : {}),
        ...(input.ConfigurationSetName ? { configurationSetName: input.ConfigurationSetName } : {}),
        tags: Object.fromEntries((input.EmailTags ?? []).map((t) => [t.Name, t.Value])),
      },
      messageId,
    );
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ MessageId: messageId }));
  });

  const sns = await listen((_req, body, res) => {
    const form = new URLSearchParams(body);
    if (form.get('Action') !== 'Publish') {
      jsonError(res, 400, 'InvalidAction', `${form.get('Action')} is not emulated locally`, true);
      return;
    }
    const phoneNumber = form.get('PhoneNumber');
    if (!phoneNumber || !/^\+[1-9]\d{6,14}$/.test(phoneNumber)) {
      jsonError(res, 400, 'InvalidParameter', 'Invalid parameter: PhoneNumber', true);
      return;
    }
    const attributes: Record<string, string> = {};
    for (let i = 1; form.has(`MessageAttributes.entry.${i}.Name`); i++) {
      attributes[form.get(`MessageAttributes.entry.${i}.Name`) ?? ''] =
        form.get(`MessageAttributes.entry.${i}.Value.StringValue`) ?? '';
    }
    const messageId = nextId('sns');
    sinks.sms({ phoneNumber, message: form.get('Message') ?? '', attributes }, messageId);
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end(
      `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>${messageId}</MessageId></PublishResult><ResponseMetadata><RequestId>local</RequestId></ResponseMetadata></PublishResponse>`,
    );
  });

  const servers = [sqs, sesv2, sns];
  return {
    urls: { sqs: urlOf(sqs), sesv2: urlOf(sesv2), sns: urlOf(sns) },
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}
