// Bundled in place of `@aws-sdk/endpoint-cache` (esbuild alias, see infra/constructs/bundling.ts).
// The DynamoDB client builds an endpoint-discovery cache (an LRU from `mnemonist`, ~8 KB with its
// dependencies) in every client, but no DynamoDB operation Herald calls uses endpoint discovery: no command
// of the client adds the discovery middleware. The cache is created and never read; should it ever be
// used, the call fails loudly instead of misbehaving.
const unavailable = (): never => {
  throw new Error('endpoint discovery is not bundled in Herald functions (infra/constructs/bundling.ts)');
};

export class EndpointCache {
  getEndpoint = unavailable;
  get = unavailable;
  set = unavailable;
  delete = unavailable;
  has = unavailable;
  clear = unavailable;
}
