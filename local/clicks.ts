// Link clicks in a replay file: the customer's side of the links Herald puts in e-mails, run through the
// function behind the function URL each link is published under (local/function-urls.ts).
//
// A click line is a JSON object with `click` (and `Time`, like any line):
//   {"Time":"…","click":"https://…","method":"POST"}                     that URL (POST: the RFC 8058 body,
//                                                                           or the `form` fields when given)
//   {"Time":"…","click":"unsubscribe","customerId":"c-1","method":"POST"} the List-Unsubscribe link of the
//                                                                           latest e-mail sent to c-1 that has one
//   {"Time":"…","click":"preferences","customerId":"c-1"}                 the preference page link of the latest
//                                                                           e-mail sent to c-1 (GET: the page)
//   {"Time":"…","click":"preferences","customerId":"c-1","method":"POST","form":{"consent":["email:marketing"]}}
//        opens the page and sends its form as a browser would: the boxes listed in `consent` ticked, every
//        other box unticked.
// Tokens are signed per run (the local KMS key is new each run), so a file names links by what they are;
// a URL copied from another run is refused as forged, as a deployed endpoint refuses it.
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { LocalHerald } from './runtime.ts';

export interface ClickLine {
  click: string;
  customerId?: string;
  method?: 'GET' | 'POST';
  /** Form fields of a POST; each value a string or a list (a field given several times). */
  form?: Record<string, string | string[]>;
}

export const isClickLine = (entry: unknown): entry is { click: unknown } =>
  typeof entry === 'object' && entry !== null && 'click' in entry;

/** Why a click line cannot run, or undefined when it is one. */
export function clickLineProblem(line: Record<string, unknown>): string | undefined {
  const { click, customerId, method, form } = line;
  if (typeof click !== 'string' || click === '') return 'click: not a URL or a link name';
  if (method !== undefined && method !== 'GET' && method !== 'POST') return 'method: neither GET nor POST';
  if (!/^https?:\/\//.test(click)) {
    if (click !== 'unsubscribe' && click !== 'preferences')
      return 'click: neither a URL nor "unsubscribe" or "preferences"';
    if (typeof customerId !== 'string' || customerId === '') return 'customerId: needed to find the e-mail';
  }
  if (form !== undefined) {
    if (typeof form !== 'object' || form === null || Array.isArray(form)) return 'form: not an object';
    for (const value of Object.values(form))
      if (typeof value !== 'string' && !(Array.isArray(value) && value.every((v) => typeof v === 'string')))
        return 'form: each field is a string or a list of strings';
  }
  return undefined;
}

/** The e-mails sent to a customer, latest first, by the delivery records that name them. */
const emailsTo = (herald: LocalHerald, customerId: string) => herald.emailsTo(customerId).reverse();

/** The URL a click line opens, or why there is none. */
function resolve(herald: LocalHerald, line: ClickLine): { href: string } | { problem: string } {
  if (/^https?:\/\//.test(line.click)) return { href: line.click };
  const customerId = line.customerId ?? '';
  for (const email of emailsTo(herald, customerId)) {
    if (email.channel !== 'email') continue;
    const unsubscribe = /^<([^>]+)>$/.exec(email.headers['List-Unsubscribe'] ?? '')?.[1];
    if (line.click === 'unsubscribe') {
      if (unsubscribe) return { href: unsubscribe };
      continue;
    }
    // The preference page link: the footer's consent link that is not the unsubscribe link.
    const preferences = (email.links ?? []).find(
      (href) => href !== unsubscribe && herald.linkServed(href) && !href.includes('view='),
    );
    if (preferences) return { href: preferences };
  }
  return {
    problem: `click: no e-mail to ${customerId} with ${line.click === 'unsubscribe' ? 'an unsubscribe' : 'a preference page'} link`,
  };
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/**
 * Runs one click line: GET the link, or POST to it (the one-click body on an unsubscribe link; the page's
 * own form, filled as the line says, on a preference page). Returns the endpoint's answer, or why the line
 * could not run.
 */
export async function runClick(
  herald: LocalHerald,
  line: ClickLine,
): Promise<{ status: number; href: string } | { problem: string }> {
  const target = resolve(herald, line);
  if ('problem' in target) return target;
  const { href } = target;
  if (!herald.linkServed(href)) return { problem: 'click: no local function serves this link' };
  const answer = (result: APIGatewayProxyStructuredResultV2 | undefined) => ({
    status: result?.statusCode ?? 200,
    href,
  });
  if (line.method !== 'POST') return answer(await herald.openLink(href));
  const fields = new URLSearchParams();
  for (const [name, value] of Object.entries(line.form ?? {}))
    for (const v of Array.isArray(value) ? value : [value]) fields.append(name, v);
  if (line.click === 'preferences') {
    // As a browser: open the page, then send its form with the value it was given.
    const page = await herald.openLink(href);
    const formValue = /name="f" value="([^"]*)"/.exec(page?.body ?? '')?.[1];
    if (!formValue) return answer(page);
    fields.set('f', formValue);
    return answer(
      await herald.openLink(href, {
        method: 'POST',
        headers: { ...FORM, 'sec-fetch-site': 'same-origin' },
        body: fields.toString(),
      }),
    );
  }
  // A mail client's RFC 8058 one-click POST, unless the line gives its own form.
  const body = line.form ? fields.toString() : 'List-Unsubscribe=One-Click';
  return answer(await herald.openLink(href, { method: 'POST', headers: FORM, body }));
}
