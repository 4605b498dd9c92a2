// One notification type's renderer, put together from its folder (shared/notifications/<type>/): the data
// schema (data.ts), the compiled copy (compiled.ts) and format() (render.ts), and sign() where the type has
// signed links. The generated renderer tables (shared/notifications/tables/<function>.ts) hold one per type.
import * as v from 'valibot';
import { type ConsentLinkDeps, emailConsentLinks } from '../consent-link.ts';
import type { Channel } from '../profile.ts';
import type { ReplyLinkDeps } from '../reply-link.ts';
import type { ButtonKey, Copy, Format } from './copy.ts';
import { type RenderedMessage, type RenderOptions, render } from './render.ts';

/**
 * What a renderer may need besides the message data: the customer, the signer of reply links, and the
 * signer of consent links (every e-mail's preference page link, a marketing e-mail's unsubscribe link).
 */
export interface RenderContext {
  customerId: string;
  replyLinks?: ReplyLinkDeps | undefined;
  consentLinks?: ConsentLinkDeps | undefined;
}

/** A type's signed links for one message (a KMS call each): render.ts `sign`, when the type has one. */
export type Sign<D> = (
  data: D,
  channel: Channel,
  context: RenderContext,
) => Promise<Partial<Record<ButtonKey, string>>>;

/** The modules of one type's folder, as the generated tables put them together. */
export interface TypeModules<D, A> {
  schema: v.GenericSchema<unknown, D>;
  copy: Copy<A>;
  format: Format<D, A>;
  sign?: Sign<D>;
}

/**
 * Writes one message of a type for one channel from data of the type's shape; `signed` are the links its
 * sign() made, `customerId` the recipient. Synchronous: what the template tests call with their own data.
 */
export function writeMessage<D, A>(
  modules: TypeModules<D, A>,
  channel: Channel,
  options: RenderOptions<D>,
  context: { signed?: Partial<Record<ButtonKey, string>> | undefined; customerId?: string } = {},
): RenderedMessage {
  const { args, ...extras } = modules.format(options.data, {
    channel,
    locale: options.locale,
    timeZone: options.timeZone,
    brand: options.brand,
    ...(context.signed ? { signed: context.signed } : {}),
    ...(context.customerId ? { customerId: context.customerId } : {}),
  });
  return render(modules.copy, channel, options, args, extras);
}

/** The planned message's data, checked with the type's schema: a writer, or what is wrong with it. */
export type CheckedData =
  | {
      ok: true;
      write: (
        channel: Channel,
        options: Omit<RenderOptions<unknown>, 'data'>,
        context: RenderContext,
      ) => Promise<RenderedMessage>;
    }
  | { ok: false; problem: string };

export interface TypeRenderer {
  readonly type: string;
  /** Checks a planned message's data (JSON from a trigger) with the type's schema. */
  check(data: unknown): CheckedData;
}

/** A render function's types: type → renderer (generated: shared/notifications/tables/<function>.ts). */
export type RendererTable = Readonly<Record<string, TypeRenderer>>;

/**
 * What is wrong with the data, naming the type and the field (`balance.low data.balance is missing`), never
 * the value it holds (it may be personal data).
 */
export function dataProblem(type: string, issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return `${type} data is invalid`;
  const path = v.getDotPath(issue);
  const field = path ? `data.${path}` : 'data';
  const what = issue.input === undefined ? 'is missing' : `is not ${issue.expected ?? 'valid'}`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${type} ${field} ${what}${more}`;
}

export function typeRenderer<D, A>(modules: TypeModules<D, A>): TypeRenderer {
  const type = modules.copy.type;
  return {
    type,
    check(data) {
      const parsed = v.safeParse(modules.schema, data);
      if (!parsed.success) return { ok: false, problem: dataProblem(type, parsed.issues) };
      const value = parsed.output;
      return {
        ok: true,
        write: async (channel, options, context) => {
          const consentLinks =
            channel === 'email' && context.consentLinks
              ? await emailConsentLinks(
                  context.customerId,
                  modules.copy.category === 'marketing',
                  context.consentLinks,
                )
              : undefined;
          return writeMessage(
            modules,
            channel,
            { ...options, data: value, ...(consentLinks ? { consentLinks } : {}) },
            {
              signed: modules.sign ? await modules.sign(value, channel, context) : undefined,
              customerId: context.customerId,
            },
          );
        },
      };
    },
  };
}
