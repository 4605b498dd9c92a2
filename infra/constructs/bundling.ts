// The one definition of how a Herald function is bundled, used by HeraldFunction (cdk synth / deploy), by
// the local runtime and by `npm run bench`: what is run locally and measured is what gets deployed.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Plugin } from 'esbuild';

const adapter = (file: string) =>
  fileURLToPath(new URL(`../../shared/adapters/aws/${file}`, import.meta.url));

/**
 * Module replacements, each explained in the replacing file:
 * - the SDK's default credential chain → the environment provider Lambda uses (~130 KB less);
 * - the SDK's event-stream support, which no operation Herald calls uses (~20 KB less);
 * - the DynamoDB client's endpoint-discovery cache, which no DynamoDB operation Herald calls uses (~8 KB less).
 */
export const BUNDLE_ALIASES: Record<string, string> = {
  '@aws-sdk/credential-provider-node': adapter('lambda-credentials.ts'),
  '@smithy/core/event-streams': adapter('no-event-streams.ts'),
  '@aws-sdk/endpoint-cache': adapter('no-endpoint-cache.ts'),
};

/**
 * The SDK clients describe every operation in one schema module, with object keys written as computed
 * names of string constants (`{ [_h]: [...] }` where `const _h = "http"`). esbuild must assume a computed
 * key can run code, so it keeps the schemas of all of a service's operations. Writing those keys as the
 * literal strings they stand for changes nothing at run time and lets esbuild drop the schemas of the
 * operations a function never calls (SESv2: 48 KB → 4 KB).
 */
export const literalSchemaKeys: Plugin = {
  name: 'herald-literal-sdk-schema-keys',
  setup(b) {
    b.onLoad(
      { filter: /[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/ },
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        const constants = new Map<string, string>();
        for (const m of source.matchAll(/^const (_[A-Za-z0-9]+) = ("[^"\\\n]*");$/gm)) {
          if (m[1] && m[2]) constants.set(m[1], m[2]);
        }
        const contents = source.replace(/\[(_[A-Za-z0-9]+)\]:/g, (all, name: string) => {
          const literal = constants.get(name);
          return literal ? `${literal}:` : all;
        });
        return { contents, loader: 'js' };
      },
    );
  },
};

/** esbuild options for one function: minified ESM for Node 22, the SDK bundled, nothing external. */
export function esbuildOptions(): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    target: 'node22',
    mainFields: ['module', 'main'],
    // ESM needs `require` for the few CommonJS dependencies that call it.
    banner: { js: "import{createRequire}from'module';const require=createRequire(import.meta.url);" },
    alias: BUNDLE_ALIASES,
    plugins: [literalSchemaKeys],
    external: [],
    logLevel: 'error',
  };
}

/** Bundles one handler entry to `outfile` (an `.mjs`). */
export async function bundleFunction(
  entry: string,
  outfile: string,
  extra: BuildOptions = {},
): Promise<void> {
  await build({ ...esbuildOptions(), ...extra, entryPoints: [entry], outfile });
}

// `tsx infra/constructs/bundling.ts ENTRY OUTFILE`: what the CDK asset bundling runs (see HeraldFunction).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [entry, outfile] = process.argv.slice(2);
  if (!entry || !outfile) {
    process.stderr.write('usage: tsx infra/constructs/bundling.ts ENTRY OUTFILE\n');
    process.exit(2);
  }
  await bundleFunction(entry, outfile);
}
