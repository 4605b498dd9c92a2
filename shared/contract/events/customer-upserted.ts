import * as v from 'valibot';
import {
  customerEventFields,
  email,
  listOf,
  locale,
  objectOf,
  oneOf,
  phone,
  text,
  timeZone,
} from '../common.ts';

/** Bank → Herald: the customer's profile (name, locale, time zone, contacts), created or replaced. */
export const detailType = 'Customer.Upserted';
export const version = 1;
export const description =
  "Bank → Herald. A customer's profile was created or changed: name, locale, time zone and contacts.";

export const schema = objectOf({
  ...customerEventFields,
  name: objectOf({
    given: text(100),
    family: v.optional(text(100)),
  }),
  locale,
  timeZone,
  contacts: objectOf({
    email: v.optional(email),
    phone: v.optional(phone),
    whatsapp: v.optional(phone),
    pushTokens: v.optional(
      listOf(
        objectOf({
          platform: oneOf(['apns', 'fcm']),
          token: text(4096),
        }),
        20,
      ),
    ),
  }),
  segment: v.optional(text(64)),
});

export type CustomerUpserted = v.InferOutput<typeof schema>;
