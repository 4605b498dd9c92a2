import type { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  type ConsentLinkDeps,
  openPreferences,
  savePreferences,
  unsubscribeByLink,
} from '../../application/consent-links.ts';
import { parseConsentToken } from '../../domain/consent-link.ts';
import { noticePage, preferencePage, unsubscribePage } from '../../domain/consent-pages/page.ts';
import { type Language, languageFor } from '../../domain/templates/identity.ts';

const HEADERS = {
  // The token is in the URL: never cached, never sent on as a Referer, never framed; no script at all.
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
};

const html = (statusCode: number, body: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { ...HEADERS, 'content-type': 'text/html; charset=utf-8' },
  body,
});

/** The request's form fields (application/x-www-form-urlencoded; Lambda hands a function URL body as base64). */
function formOf(event: APIGatewayProxyEventV2): URLSearchParams {
  if (event.requestContext.http.method !== 'POST' || !event.body) return new URLSearchParams();
  const body = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  return new URLSearchParams(body);
}

const header = (event: APIGatewayProxyEventV2, name: string): string | undefined =>
  Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];

/** The page's language before the customer is known: the browser's first choice Herald writes in. */
const browserLanguage = (event: APIGatewayProxyEventV2): Language =>
  languageFor(header(event, 'accept-language')?.split(',')[0]?.split(';')[0]?.trim() || 'en');

/** The address of the page itself with other query parameters: relative, so whatever host fronts it. */
const selfHref = (token: string, extra: Record<string, string> = {}): string =>
  `?${new URLSearchParams({ t: token, ...extra }).toString()}`;

/**
 * The consent-link endpoint (a Lambda function URL), as HTTP: one-click unsubscribe links (RFC 8058) and
 * the preference page. The token is read from the `t` query parameter only, never logged; each request
 * logs its outcome and, when refused, the reason (which never holds the token).
 * - unsubscribe link: GET → the question, with a button and the preference page link (200); POST with
 *   `List-Unsubscribe=One-Click` → withdrawn at once, 200 with no body (what RFC 8058 asks of a mail
 *   client's POST), or the "unsubscribed" page when the page's own button sent it (`page=1`);
 * - preference page (a preference link, or an unsubscribe link with `view=preferences`): GET → the page
 *   with a new form value; POST → the changes, then 303 to the page (`saved=1`), so reloading does not post
 *   again; a cross-site POST (Sec-Fetch-Site) or a form value not issued for this link changes nothing;
 * - a forged or altered token → 400; expired, used before, or a customer Herald no longer knows → 410.
 */
export function consentLinkHttp(deps: ConsentLinkDeps, bank: string, logger: Logger) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const method = event.requestContext.http.method;
    const query = event.queryStringParameters ?? {};
    const token = query.t ?? '';
    const language = browserLanguage(event);
    if (method !== 'GET' && method !== 'POST') {
      logger.info('consent link', { method, outcome: 'method_not_allowed' });
      return {
        ...html(405, noticePage({ language, bank, kind: 'invalid' })),
        headers: { ...HEADERS, allow: 'GET, POST' },
      };
    }
    const post = method === 'POST';
    const form = formOf(event);
    const refused = (
      outcome: 'invalid' | 'expired' | 'used' | 'unknown_customer' | 'cross_site',
      reason: string,
      customerId?: string,
    ) => {
      logger.info('consent link refused', { method, outcome, reason, ...(customerId ? { customerId } : {}) });
      const kind =
        outcome === 'invalid' || outcome === 'cross_site'
          ? 'invalid'
          : outcome === 'used'
            ? 'used'
            : 'expired';
      const status = kind === 'invalid' ? (outcome === 'cross_site' ? 403 : 400) : 410;
      return html(status, noticePage({ language, bank, kind }));
    };

    // The preference page: its own links, and an unsubscribe link's "manage all your preferences".
    const preferences = query.view === 'preferences' || isPreferenceLink(token);
    if (preferences) {
      if (post) {
        // A browser says where a POST comes from; another site's form never changes anything here.
        const site = header(event, 'sec-fetch-site');
        if (site !== undefined && site !== 'same-origin' && site !== 'none')
          return refused('cross_site', `form: posted from a ${site} page`);
        const result = await savePreferences(
          token,
          { formValue: form.get('f') ?? '', ticked: form.getAll('consent') },
          deps,
        );
        if (result.outcome === 'saved') {
          logger.info('consent link', {
            method,
            outcome: 'saved',
            customerId: result.customerId,
            changed: result.changed,
          });
          return {
            statusCode: 303,
            headers: { ...HEADERS, location: selfHref(token, { view: 'preferences', saved: '1' }) },
          };
        }
        if (result.outcome === 'form_used') {
          logger.info('consent link refused', {
            method,
            outcome: 'form_used',
            reason: result.reason,
            customerId: result.customerId,
          });
          const page = noticePage({ language: languageFor(result.locale), bank, kind: 'formUsed' });
          return html(400, page);
        }
        if (result.outcome === 'open') throw new Error('a POST does not open the page');
        return refused(result.outcome, result.reason, 'customerId' in result ? result.customerId : undefined);
      }
      const result = await openPreferences(token, deps);
      if (result.outcome !== 'open') {
        if (result.outcome === 'saved' || result.outcome === 'form_used')
          throw new Error('a GET changes nothing');
        return refused(result.outcome, result.reason, 'customerId' in result ? result.customerId : undefined);
      }
      logger.info('consent link', { method, outcome: 'preferences', customerId: result.customerId });
      return html(
        200,
        preferencePage({
          language: languageFor(result.locale),
          bank,
          rows: result.rows,
          formValue: result.formValue,
          saved: query.saved === '1',
        }),
      );
    }

    // An unsubscribe link. A POST must be the one-click one (RFC 8058 §3.2).
    if (post && form.get('List-Unsubscribe') !== 'One-Click')
      return refused('invalid', 'body: not List-Unsubscribe=One-Click');
    const result = await unsubscribeByLink(token, post, deps);
    if ('reason' in result)
      return refused(result.outcome, result.reason, 'customerId' in result ? result.customerId : undefined);
    logger.info('consent link', {
      method,
      outcome: result.outcome,
      customerId: result.customerId,
      channel: result.channel,
    });
    const page = {
      language: languageFor(result.locale),
      bank,
      preferencesHref: selfHref(token, { view: 'preferences' }),
    };
    if (result.outcome === 'open') return html(200, unsubscribePage(page));
    if (form.get('page') === '1') return html(200, noticePage({ ...page, kind: 'unsubscribed' }));
    return { statusCode: 200, headers: { ...HEADERS } };
  };
}

/** Whether the token says it is a preference page link (its claims are checked by the use case). */
function isPreferenceLink(token: string): boolean {
  const parsed = parseConsentToken(token);
  return parsed.ok && parsed.claims.kind === 'preferences';
}
