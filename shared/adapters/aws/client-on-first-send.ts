/** What an adapter calls on an SDK client: `send` alone. */
export interface Sends<C extends { send: (...args: never[]) => unknown }> {
  send: C['send'];
}

/**
 * A client built on its first `send`, for a function whose invocations each need at most one of several
 * clients: the inbound replies function resumes a fraud workflow (Step Functions) for a YES/NO, puts a
 * consent event (EventBridge) for a STOP, and neither for a HELP, so building both as it starts would make
 * every cold start pay for a client its message does not use (about half a millisecond each, measured by
 * `npm run bench`). A client every invocation uses is built as the function starts, as usual.
 */
export function clientOnFirstSend<C extends { send: (...args: never[]) => unknown }>(
  create: () => C,
): Sends<C> {
  let client: C | undefined;
  const send = (...args: Parameters<C['send']>) => {
    client ??= create();
    return (client.send as (...a: Parameters<C['send']>) => ReturnType<C['send']>)(...args);
  };
  return { send: send as C['send'] };
}
