import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { LinkOutcome } from '../../application/fraud-replies.ts';
import type { FraudAnswer } from '../../domain/journeys/fraud-reply.ts';

// The pages of the fraud alerts' YES/NO links (functions/fraud-reply-link).

const html = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One small page: no script, no external resource, nothing of the customer but the answer. */
function page(
  bank: string,
  status: number,
  title: string,
  text: string,
  form = '',
): APIGatewayProxyStructuredResultV2 {
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
export function tokenOf(event: APIGatewayProxyEventV2): string {
  if (event.requestContext.http.method !== 'POST') return event.queryStringParameters?.t ?? '';
  const body = event.isBase64Encoded
    ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
    : (event.body ?? '');
  return new URLSearchParams(body).get('t') ?? '';
}

/** The page a link's request gets: the question to confirm (`open`), or what became of the answer. */
export function replyLinkPage(
  bank: string,
  token: string,
  result: { outcome: LinkOutcome; answer?: FraudAnswer },
): APIGatewayProxyStructuredResultV2 {
  if (result.outcome !== 'open') {
    const [status, title, text] = PAGES[result.outcome];
    return page(bank, status, title, text);
  }
  const [title, text, button] =
    result.answer === 'genuine'
      ? ['Was it you?', 'Please confirm that you made the payments we asked you about.', 'Yes, it was me']
      : [
          'Not you?',
          'Please confirm that you did not make the payments; we will block your card.',
          "No, it wasn't me",
        ];
  return page(
    bank,
    200,
    title,
    text,
    `<form method="post"><input type="hidden" name="t" value="${html(token)}"><button type="submit" style="font-size:1.2em;padding:.6em 1.2em">${html(button)}</button></form>`,
  );
}

/** The page of a request that is neither a GET nor a POST. */
export const notAllowedPage = (bank: string) =>
  page(bank, 405, 'Not allowed', 'Please use the link in our message.');
