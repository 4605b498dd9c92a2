// Bank events no rule of the contract is for: an unlisted Source, or a DetailType the contract does not have.

/** Names are quoted as JSON strings and cut short: a reason names the problem, never echoes the detail. */
const quoted = (name: string) => JSON.stringify(name.slice(0, 128));

/**
 * Why an event that reached the catch-all rule is rejected: `unknown Source "…"` for a Source not in the
 * deployment's allow-list, otherwise `unknown DetailType "…"`. Undefined for the events of AWS services
 * (`aws.*`), which are no producer's and are not rejected.
 */
export function unknownEventReason(
  source: string,
  detailType: string,
  allowedSources: readonly string[],
): string | undefined {
  if (source.startsWith('aws.')) return undefined;
  return allowedSources.includes(source)
    ? `unknown DetailType ${quoted(detailType)}`
    : `unknown Source ${quoted(source)}`;
}
