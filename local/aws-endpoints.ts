// Local stand-ins for the AWS APIs Herald's functions call besides DynamoDB: SQS SendMessage (JSON
// protocol), SESv2 SendEmail (REST-JSON), SNS Publish and CheckIfPhoneNumberIsOptedOut (query protocol),
// Pinpoint SendMessages (REST-JSON) and End User Messaging Social SendWhatsAppMessage (REST-JSON). The
// functions use the real SDK clients unchanged; only their endpoints (AWS_ENDPOINT_URL_SQS / _SESV2 / _SNS /
// _PINPOINT / _SOCIALMESSAGING) point here. Each request is decoded as AWS would decode it and handed to a
// sink; the answer has the shape the SDK expects.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Channel } from '../shared/domain/profile.ts';
import { PutEventsRequestError, type PutEventsResponse, putEvents } from './bus/put-events.ts';
import { DEFAULT_FAULT_SEED, type EndpointFaults, seededRandom } from './faults.ts';
import { serveInProcess } from './in-process-http.ts';

export interface SqsMessageIn {
  queueUrl: string;
  body: string;
  attributes: Record<string, string>;
  /** SendMessage's DelaySeconds: the message becomes visible that much later. */
  delaySeconds?: number;
}

export interface EmailIn {
  /** The From header as SES got it: `"Name" <address>` (or an RFC 2047-encoded name), or a bare address. */
  from: string;
  to: string[];
  replyTo?: string[];
  subject: string;
  text?: string;
  html?: string;
  configurationSetName?: string;
  tags: Record<string, string>;
  /** Headers the sender set on the message (e.g. List-Unsubscribe). */
  headers: Record<string, string>;
}

export interface SmsIn {
  phoneNumber: string;
  message: string;
  attributes: Record<string, string>;
}

/** One push notification to one device, as Pinpoint SendMessages received it. */
export interface PushIn {
  applicationId: string;
  /** The device token (the address of the request). */
  token: string;
  /** `APNS` or `GCM` (FCM). */
  channelType: string;
  title?: string;
  body?: string;
  action?: string;
  data: Record<string, string>;
  priority?: string;
  traceId?: string;
}

/** One WhatsApp message, as SendWhatsAppMessage received it: `message` is the decoded Cloud API object. */
export interface WhatsAppIn {
  originationPhoneNumberId: string;
  metaApiVersion: string;
  to: string;
  message: Record<string, unknown>;
}

/** One schedule, as CreateSchedule received it: `at` from its `at(...)` expression. */
export interface ScheduleIn {
  name: string;
  groupName?: string;
  at: Date;
  targetArn: string;
  input: string;
}

export interface EndpointSinks {
  sqs(message: SqsMessageIn, messageId: string): void;
  email(email: EmailIn, messageId: string): void;
  sms(sms: SmsIn, messageId: string): void;
  push(push: PushIn, messageId: string): void;
  whatsapp(message: WhatsAppIn, messageId: string): void;
  /** Events Herald puts on its bus (PutEvents). */
  event(entry: { source: string; detailType: string; detail: string; eventBusName?: string }): void;
  /** Returns false when a schedule of that name exists already. */
  schedule(schedule: ScheduleIn): boolean;
  /**
   * A send of `channel` the provider accepted (its sink has it) whose answer never reaches the caller
   * (fault `timeoutAfterSend`): the request is left without a response, as a function that times out
   * waiting for it would see.
   */
  answerLost?(channel: Channel): void;
  /** Whether the number is on the SMS opt-out list (local/sms-opt-outs.ts); none is when absent. */
  smsOptedOut?(phoneNumber: string): boolean;
  /** Every request an endpoint receives, by service (`sqs`, `ses`, `kms`, …): for the cost meter. */
  request?(service: string): void;
}

export interface LocalEndpoints {
  urls: {
    sqs: string;
    sesv2: string;
    sns: string;
    pinpoint: string;
    socialmessaging: string;
    scheduler: string;
    eventbridge: string;
    kms: string;
  };
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
    // No Date header: the functions run on the simulated clock, and the SDK would take the gap between it
    // and the real time for clock skew, then retry every error, even a permanent rejection, to correct it.
    res.sendDate = false;
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

/** An AWS JSON 1.1 error (EventBridge, KMS): the SDK reads the type from `x-amzn-errortype`. */
function json11Error(res: ServerResponse, type: string, message: string): void {
  res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type });
  res.end(JSON.stringify({ __type: type, message }));
}

/** The push message fields of a Pinpoint MessageConfiguration (APNSMessage, GCMMessage or the default). */
interface PinpointPushMessage {
  Title?: string;
  Body?: string;
  Action?: string;
  Data?: Record<string, string>;
  Priority?: string;
}

/** A REST-JSON error (Pinpoint, Social Messaging): the SDK reads the type from `x-amzn-errortype`. */
function restJsonError(res: ServerResponse, status: number, type: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type });
  res.end(JSON.stringify({ message, Message: message }));
}

/** What a provider does with one send call under the faults. */
type Verdict = 'throttle' | 'reject' | 'accept';

export async function startLocalEndpoints(
  sinks: EndpointSinks,
  faults: EndpointFaults = {},
): Promise<LocalEndpoints> {
  let emailsToThrottle = faults.throttleEmails ?? 0;
  let emailsToReject = faults.rejectEmails ?? 0;
  const seed = faults.seed ?? DEFAULT_FAULT_SEED;
  const draws = new Map<Channel, () => number>();
  const answersToLose = new Map(Object.entries(faults.timeoutAfterSend ?? {}) as [Channel, number][]);
  /** One uniform draw per send call: below the throttle share it is throttled, then the reject share. */
  const verdict = (channel: Channel): Verdict => {
    if (channel === 'email' && emailsToThrottle > 0) {
      emailsToThrottle -= 1;
      return 'throttle';
    }
    if (channel === 'email' && emailsToReject > 0) {
      emailsToReject -= 1;
      return 'reject';
    }
    const throttle = faults.throttlePercent?.[channel] ?? 0;
    const reject = faults.rejectPercent?.[channel] ?? 0;
    if (throttle > 0 || reject > 0) {
      let draw = draws.get(channel);
      if (!draw) {
        draw = seededRandom(seed, `provider:${channel}`);
        draws.set(channel, draw);
      }
      const u = draw() * 100;
      if (u < throttle) return 'throttle';
      if (u < throttle + reject) return 'reject';
    }
    return 'accept';
  };
  /** After the sink took an accepted send: answers, or (`timeoutAfterSend`) leaves the caller waiting. */
  const answer = (channel: Channel, respond: () => void) => {
    const toLose = answersToLose.get(channel) ?? 0;
    if (toLose <= 0) {
      respond();
      return;
    }
    answersToLose.set(channel, toLose - 1);
    sinks.answerLost?.(channel);
  };
  type EndpointHandler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
  const counted =
    (service: string, handler: EndpointHandler): EndpointHandler =>
    (req, body, res) => {
      sinks.request?.(service);
      handler(req, body, res);
    };
  // Message ids count per service, so a replay of the same file gives the same ids.
  const counters = new Map<string, number>();
  const nextId = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${String(n).padStart(6, '0')}`;
  };

  const sqs = await listen(
    counted('sqs', (req, body, res) => {
      const target = String(req.headers['x-amz-target'] ?? '');
      if (target !== 'AmazonSQS.SendMessage') {
        jsonError(res, 400, 'UnsupportedOperation', `${target} is not emulated locally`);
        return;
      }
      const input = JSON.parse(body) as {
        QueueUrl: string;
        MessageBody: string;
        DelaySeconds?: number;
        MessageAttributes?: Record<string, { StringValue?: string }>;
      };
      const attributes: Record<string, string> = {};
      for (const [name, value] of Object.entries(input.MessageAttributes ?? {}))
        attributes[name] = value.StringValue ?? '';
      const messageId = nextId('sqs');
      sinks.sqs(
        {
          queueUrl: input.QueueUrl,
          body: input.MessageBody,
          attributes,
          ...(input.DelaySeconds ? { delaySeconds: input.DelaySeconds } : {}),
        },
        messageId,
      );
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(
        JSON.stringify({
          MessageId: messageId,
          MD5OfMessageBody: createHash('md5').update(input.MessageBody).digest('hex'),
        }),
      );
    }),
  );

  const sesv2 = await listen(
    counted('ses', (req, body, res) => {
      if (req.method !== 'POST' || req.url !== '/v2/email/outbound-emails') {
        jsonError(res, 400, 'BadRequestException', `${req.method} ${req.url} is not emulated locally`);
        return;
      }
      const fault = verdict('email');
      if (fault === 'throttle') {
        jsonError(res, 429, 'TooManyRequestsException', 'Maximum sending rate exceeded.');
        return;
      }
      if (fault === 'reject') {
        jsonError(res, 400, 'MessageRejected', 'Email address is not verified.');
        return;
      }
      const input = JSON.parse(body) as {
        FromEmailAddress: string;
        Destination?: { ToAddresses?: string[] };
        ReplyToAddresses?: string[];
        ConfigurationSetName?: string;
        EmailTags?: { Name: string; Value: string }[];
        Content?: {
          Simple?: {
            Subject?: { Data?: string };
            Body?: { Text?: { Data?: string }; Html?: { Data?: string } };
            Headers?: { Name: string; Value: string }[];
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
          ...(input.ReplyToAddresses?.length ? { replyTo: input.ReplyToAddresses } : {}),
          subject: simple.Subject?.Data ?? '',
          ...(simple.Body?.Text?.Data !== undefined ? { text: simple.Body.Text.Data } : {}),
          ...(simple.Body?.Html?.Data !== undefined ? { html: simple.Body.Html.Data } : {}),
          ...(input.ConfigurationSetName ? { configurationSetName: input.ConfigurationSetName } : {}),
          tags: Object.fromEntries((input.EmailTags ?? []).map((t) => [t.Name, t.Value])),
          headers: Object.fromEntries((simple.Headers ?? []).map((h) => [h.Name, h.Value])),
        },
        messageId,
      );
      answer('email', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ MessageId: messageId }));
      });
    }),
  );

  const sns = await listen(
    counted('sns', (_req, body, res) => {
      const form = new URLSearchParams(body);
      // The sender asks before each Publish; it is no send call, so no fault is drawn for it.
      if (form.get('Action') === 'CheckIfPhoneNumberIsOptedOut') {
        const phoneNumber = form.get('phoneNumber');
        if (!phoneNumber || !/^\+[1-9]\d{6,14}$/.test(phoneNumber)) {
          jsonError(res, 400, 'InvalidParameter', 'Invalid parameter: phoneNumber', true);
          return;
        }
        const optedOut = sinks.smsOptedOut?.(phoneNumber) === true;
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          `<CheckIfPhoneNumberIsOptedOutResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><CheckIfPhoneNumberIsOptedOutResult><isOptedOut>${optedOut}</isOptedOut></CheckIfPhoneNumberIsOptedOutResult><ResponseMetadata><RequestId>local</RequestId></ResponseMetadata></CheckIfPhoneNumberIsOptedOutResponse>`,
        );
        return;
      }
      if (form.get('Action') !== 'Publish') {
        jsonError(res, 400, 'InvalidAction', `${form.get('Action')} is not emulated locally`, true);
        return;
      }
      const fault = verdict('sms');
      if (fault === 'throttle') {
        jsonError(res, 429, 'Throttled', 'Rate exceeded', true);
        return;
      }
      if (fault === 'reject') {
        jsonError(res, 400, 'InvalidParameter', 'Invalid parameter: PhoneNumber', true);
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
      // SNS takes a Publish to an opted-out number and drops the message on its way (its delivery-status log
      // says "Phone number is opted out"): it never reaches the outbox.
      if (sinks.smsOptedOut?.(phoneNumber) !== true)
        sinks.sms({ phoneNumber, message: form.get('Message') ?? '', attributes }, messageId);
      answer('sms', () => {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>${messageId}</MessageId></PublishResult><ResponseMetadata><RequestId>local</RequestId></ResponseMetadata></PublishResponse>`,
        );
      });
    }),
  );

  const pinpoint = await listen(
    counted('pinpoint', (req, body, res) => {
      const route = /^\/v1\/apps\/([^/]+)\/messages$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !route?.[1]) {
        restJsonError(res, 404, 'NotFoundException', `${req.method} ${req.url} is not emulated locally`);
        return;
      }
      const applicationId = decodeURIComponent(route[1]);
      const fault = verdict('push');
      if (fault === 'throttle') {
        restJsonError(res, 429, 'TooManyRequestsException', 'Too many requests');
        return;
      }
      // SendMessagesRequest's MessageRequest is the HTTP payload: the body is the MessageRequest itself.
      const input = JSON.parse(body) as {
        Addresses?: Record<string, { ChannelType?: string }>;
        MessageConfiguration?: Record<string, PinpointPushMessage | undefined>;
        TraceId?: string;
      };
      const addresses = Object.entries(input.Addresses ?? {});
      if (addresses.length === 0) {
        restJsonError(res, 400, 'BadRequestException', 'Addresses: at least one address is required');
        return;
      }
      const result: Record<string, Record<string, unknown>> = {};
      for (const [token, { ChannelType: channelType = '' }] of addresses) {
        const config = input.MessageConfiguration ?? {};
        const message =
          (channelType.startsWith('APNS')
            ? config.APNSMessage
            : channelType === 'GCM'
              ? config.GCMMessage
              : undefined) ?? config.DefaultPushNotificationMessage;
        // As APNs and FCM do: a token that cannot be one, or a channel without a push message, fails for good.
        if (fault === 'reject' || !/^[A-Za-z0-9:_.-]{8,4096}$/.test(token) || !message) {
          result[token] = {
            DeliveryStatus: 'PERMANENT_FAILURE',
            StatusCode: 400,
            StatusMessage: 'BadDeviceToken',
          };
          continue;
        }
        const messageId = nextId('pinpoint');
        sinks.push(
          {
            applicationId,
            token,
            channelType,
            ...(message.Title !== undefined ? { title: message.Title } : {}),
            ...(message.Body !== undefined ? { body: message.Body } : {}),
            ...(message.Action !== undefined ? { action: message.Action } : {}),
            data: message.Data ?? {},
            ...(message.Priority !== undefined ? { priority: message.Priority } : {}),
            ...(input.TraceId !== undefined ? { traceId: input.TraceId } : {}),
          },
          messageId,
        );
        result[token] = {
          DeliveryStatus: 'SUCCESSFUL',
          StatusCode: 200,
          StatusMessage: 'OK',
          MessageId: messageId,
        };
      }
      const respond = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ApplicationId: applicationId, RequestId: 'local', Result: result }));
      };
      if (Object.values(result).some((r) => r.DeliveryStatus === 'SUCCESSFUL')) answer('push', respond);
      else respond();
    }),
  );

  const socialmessaging = await listen(
    counted('socialmessaging', (req, body, res) => {
      if (req.method !== 'POST' || req.url !== '/v1/whatsapp/send') {
        restJsonError(
          res,
          404,
          'ResourceNotFoundException',
          `${req.method} ${req.url} is not emulated locally`,
        );
        return;
      }
      const input = JSON.parse(body) as {
        originationPhoneNumberId?: string;
        message?: string;
        metaApiVersion?: string;
      };
      if (!input.originationPhoneNumberId || !input.metaApiVersion || !input.message) {
        restJsonError(
          res,
          400,
          'ValidationException',
          'originationPhoneNumberId, message and metaApiVersion are required',
        );
        return;
      }
      const fault = verdict('whatsapp');
      if (fault === 'throttle') {
        restJsonError(res, 429, 'ThrottledRequestException', 'Rate exceeded');
        return;
      }
      if (fault === 'reject') {
        restJsonError(res, 400, 'ValidationException', 'The message was rejected');
        return;
      }
      // The blob arrives base64-encoded; it holds a WhatsApp Cloud API message object.
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(Buffer.from(input.message, 'base64').toString('utf8')) as Record<
          string,
          unknown
        >;
      } catch {
        restJsonError(res, 400, 'ValidationException', 'message is not a JSON WhatsApp message object');
        return;
      }
      const to = message.to;
      if (
        message.messaging_product !== 'whatsapp' ||
        typeof to !== 'string' ||
        !/^\+?[1-9]\d{6,14}$/.test(to)
      ) {
        restJsonError(res, 400, 'ValidationException', 'Invalid parameter: to');
        return;
      }
      const messageId = nextId('social');
      sinks.whatsapp(
        {
          originationPhoneNumberId: input.originationPhoneNumberId,
          metaApiVersion: input.metaApiVersion,
          to,
          message,
        },
        messageId,
      );
      answer('whatsapp', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ messageId }));
      });
    }),
  );

  // EventBridge Scheduler CreateSchedule (REST-JSON POST /schedules/{Name}): one-off `at(...)` schedules
  // in UTC, which is all Herald creates.
  const scheduler = await listen(
    counted('scheduler', (req, body, res) => {
      const match = /^\/schedules\/([^/?]+)/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match?.[1]) {
        jsonError(res, 400, 'ValidationException', `${req.method} ${req.url} is not emulated locally`);
        return;
      }
      const name = decodeURIComponent(match[1]);
      const input = JSON.parse(body) as {
        ScheduleExpression?: string;
        ScheduleExpressionTimezone?: string;
        GroupName?: string;
        Target?: { Arn?: string; Input?: string };
      };
      const at = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\)$/.exec(input.ScheduleExpression ?? '')?.[1];
      if (!at || (input.ScheduleExpressionTimezone ?? 'UTC') !== 'UTC' || !input.Target?.Arn) {
        jsonError(
          res,
          400,
          'ValidationException',
          'only one-off at(...) schedules in UTC with a target are emulated',
        );
        return;
      }
      const created = sinks.schedule({
        name,
        ...(input.GroupName ? { groupName: input.GroupName } : {}),
        at: new Date(`${at}Z`),
        targetArn: input.Target.Arn,
        input: input.Target.Input ?? '',
      });
      if (!created) {
        jsonError(res, 409, 'ConflictException', `Schedule ${name} already exists.`);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          ScheduleArn: `arn:aws:scheduler:local:000000000000:schedule/${input.GroupName ?? 'default'}/${name}`,
        }),
      );
    }),
  );

  // EventBridge PutEvents (JSON 1.1, X-Amz-Target AWSEvents.PutEvents): what Herald tells the bank.
  const eventbridge = await listen(
    counted('eventbridge', (req, body, res) => {
      if (req.headers['x-amz-target'] !== 'AWSEvents.PutEvents') {
        jsonError(
          res,
          400,
          'UnsupportedOperation',
          `${String(req.headers['x-amz-target'])} is not emulated locally`,
        );
        return;
      }
      // Checked as EventBridge checks a call: a malformed entry is reported in its own result, the others
      // are put on the bus; a malformed call fails whole (local/bus/put-events.ts).
      let response: PutEventsResponse;
      try {
        response = putEvents((JSON.parse(body) as { Entries?: unknown }).Entries, (entry) => {
          sinks.event({
            source: entry.source,
            detailType: entry.detailType,
            detail: entry.detailText,
            ...(entry.eventBusName ? { eventBusName: entry.eventBusName } : {}),
          });
          return nextId('evt');
        });
      } catch (error) {
        if (!(error instanceof PutEventsRequestError)) throw error;
        json11Error(res, error.type, error.message);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify(response));
    }),
  );

  // KMS GenerateMac / VerifyMac (JSON 1.1, X-Amz-Target TrentService.*, blobs base64): HMAC keys. Each key
  // id gets its own random secret on first use, new for every run, so a link signed locally verifies only
  // against the same run's stand-in, as a real key's links verify only with that key.
  const macSecrets = new Map<string, Buffer>();
  const kms = await listen(
    counted('kms', (req, body, res) => {
      const target = String(req.headers['x-amz-target'] ?? '');
      if (target !== 'TrentService.GenerateMac' && target !== 'TrentService.VerifyMac') {
        json11Error(res, 'UnsupportedOperationException', `${target} is not emulated locally`);
        return;
      }
      const input = JSON.parse(body) as {
        KeyId?: string;
        Message?: string;
        Mac?: string;
        MacAlgorithm?: string;
      };
      const message = Buffer.from(input.Message ?? '', 'base64');
      if (!input.KeyId || message.length < 1 || message.length > 4096) {
        json11Error(res, 'ValidationException', 'KeyId and a Message of 1 to 4096 bytes are required');
        return;
      }
      if (input.MacAlgorithm !== 'HMAC_SHA_256') {
        json11Error(
          res,
          'InvalidKeyUsageException',
          'the key is an HMAC_256 key: use MacAlgorithm HMAC_SHA_256',
        );
        return;
      }
      const keyId = input.KeyId;
      let secret = macSecrets.get(keyId);
      if (!secret) {
        secret = randomBytes(32);
        macSecrets.set(keyId, secret);
      }
      const mac = createHmac('sha256', secret).update(message).digest();
      const keyArn = keyId.startsWith('arn:') ? keyId : `arn:aws:kms:local:000000000000:key/${keyId}`;
      if (target === 'TrentService.VerifyMac') {
        const given = Buffer.from(input.Mac ?? '', 'base64');
        if (given.length !== mac.length || !timingSafeEqual(given, mac)) {
          json11Error(res, 'KMSInvalidMacException', 'the MAC does not match the message');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify({ KeyId: keyArn, MacValid: true, MacAlgorithm: input.MacAlgorithm }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(
        JSON.stringify({ KeyId: keyArn, Mac: mac.toString('base64'), MacAlgorithm: input.MacAlgorithm }),
      );
    }),
  );

  const servers = [sqs, sesv2, sns, pinpoint, socialmessaging, scheduler, eventbridge, kms];
  // The functions' SDK clients reach these servers inside the process (local/in-process-http.ts).
  const stopServing = servers.map(serveInProcess);
  return {
    urls: {
      sqs: urlOf(sqs),
      sesv2: urlOf(sesv2),
      sns: urlOf(sns),
      pinpoint: urlOf(pinpoint),
      socialmessaging: urlOf(socialmessaging),
      scheduler: urlOf(scheduler),
      eventbridge: urlOf(eventbridge),
      kms: urlOf(kms),
    },
    close: async () => {
      for (const stop of stopServing) stop();
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
