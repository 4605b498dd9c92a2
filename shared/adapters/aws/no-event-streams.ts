// Bundled in place of `@smithy/core/event-streams` (esbuild alias, see infra/constructs/bundling.ts).
// The SDK loads that module only for operations that stream events (e.g. Bedrock, Transcribe); none of
// the operations Herald's functions call (DynamoDB, SQS, SESv2, SNS) does. Leaving it out saves ~20 KB per
// bundle; should an operation ever need it, the call fails loudly instead of misbehaving.
const unavailable = (): never => {
  throw new Error(
    'event-stream operations are not bundled in Herald functions (infra/constructs/bundling.ts)',
  );
};

export class EventStreamSerde {
  constructor() {
    unavailable();
  }
}

export const eventStreamSerdeProvider = unavailable;
