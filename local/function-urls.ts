// Links to Lambda function URLs, locally: which function a link Herald put in a message reaches, and the
// request as Lambda hands it to that function (payload format 2.0).
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { AppModel } from './app-model.ts';

/**
 * Where each link endpoint is published: for each function behind an AWS::Lambda::Url whose template
 * environment names `PUBLIC_BASE_URL` (the https URL the links in messages lead to, which the bank's site
 * or the function URL itself serves), that URL and the function's name.
 */
export function linkEndpoints(model: AppModel): { baseUrl: string; functionName: string }[] {
  return model.functionUrls.flatMap((u) => {
    const fn = model.functions.find((f) => f.arn === u.functionArn);
    const baseUrl = fn?.environment.PUBLIC_BASE_URL;
    return fn && baseUrl ? [{ baseUrl, functionName: fn.name }] : [];
  });
}

/** The function a link leads to (the endpoint whose base URL it starts with, path and all), if any. */
export function linkFunction(model: AppModel, href: string): string | undefined {
  return linkEndpoints(model).find(
    ({ baseUrl }) => href === baseUrl || href.startsWith(`${baseUrl}?`) || href.startsWith(`${baseUrl}/`),
  )?.functionName;
}

export interface LinkRequest {
  method?: string;
  /** Request headers, lower-case names. */
  headers?: Record<string, string>;
  body?: Buffer | string;
}

/** A request to a function URL as Lambda hands it to the function: payload format 2.0, body in base64. */
export function functionUrlEvent(target: URL, request: LinkRequest, now: Date): APIGatewayProxyEventV2 {
  const headers = request.headers ?? {};
  const body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body;
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: target.pathname,
    rawQueryString: target.search.slice(1),
    headers,
    ...(target.search ? { queryStringParameters: Object.fromEntries(target.searchParams) } : {}),
    requestContext: {
      accountId: 'anonymous',
      apiId: 'local',
      domainName: target.host,
      domainPrefix: 'local',
      http: {
        method: request.method ?? 'GET',
        path: target.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    ...(body && body.length > 0
      ? { body: body.toString('base64'), isBase64Encoded: true }
      : { isBase64Encoded: false }),
  };
}
