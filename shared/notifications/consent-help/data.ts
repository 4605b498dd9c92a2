// The data of `consent.help` (security): nothing beyond the customer. What the answer names (the keywords
// in the customer's language, the bank's link) comes from the keyword list and the brand (render.ts).
import * as v from 'valibot';

export const schema = v.object({});

export type ConsentHelpData = v.InferOutput<typeof schema>;
