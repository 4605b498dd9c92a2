// The one definition of how a Herald function is bundled, used by HeraldFunction (cdk synth / deploy), by
// the local runtime and by `npm run bench`: what is run locally and measured is what gets deployed.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, type BuildResult, build, type Plugin } from 'esbuild';

const adapter = (file: string) =>
  fileURLToPath(new URL(`../../shared/adapters/aws/${file}`, import.meta.url));

/** A module of the SDK that Herald's functions bundle as a smaller module of Herald's own. */
export interface ModuleReplacement {
  /** The import path replaced, exactly as the SDK writes it. */
  module: string;
  /** Herald's module bundled in its place (its comment says why that is safe). */
  by: string;
  /** The SDK file that imports `module`: whenever it is bundled, the replacement must have applied. */
  importer: RegExp;
  /** The replaced module's own files: none may end up in a bundle. */
  files: RegExp;
}

/**
 * Module replacements, each explained in the replacing file:
 * - the SDK's default credential chain → the environment provider Lambda uses (~130 KB less);
 * - the SDK's event-stream support, which no operation Herald calls uses (~20 KB less);
 * - the DynamoDB client's endpoint-discovery cache, which no DynamoDB operation Herald calls uses (~8 KB less).
 */
export const MODULE_REPLACEMENTS: readonly ModuleReplacement[] = [
  {
    module: '@aws-sdk/credential-provider-node',
    by: adapter('lambda-credentials.ts'),
    importer: /[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]dist-es[\\/]runtimeConfig\.js$/,
    files: /[\\/]@aws-sdk[\\/]credential-provider-node[\\/]/,
  },
  {
    module: '@smithy/core/event-streams',
    by: adapter('no-event-streams.ts'),
    importer: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]protocols[\\/]HttpProtocol\.js$/,
    files: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]event-streams[\\/]/,
  },
  {
    module: '@aws-sdk/endpoint-cache',
    by: adapter('no-endpoint-cache.ts'),
    importer:
      /[\\/]@aws-sdk[\\/]middleware-endpoint-discovery[\\/]dist-es[\\/]resolveEndpointDiscoveryConfig\.js$/,
    files: /[\\/]@aws-sdk[\\/]endpoint-cache[\\/]/,
  },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds that fail report why, naming the SDK file and what to do. */
const sdkChanged = (what: string) =>
  `${what}: the AWS SDK's layout changed, so this optimisation of infra/constructs/bundling.ts no longer applies. ` +
  'Measure it again with `npm run bench:bundling`, then adapt it to the new layout or remove it.';

/** The inputs of the bundle being built, from its metafile (turned on by the plugin that needs it). */
function bundledInputs(result: BuildResult): string[] {
  return Object.keys(result.metafile?.inputs ?? {});
}

/**
 * Applies `replacements`, and fails the build when one no longer matches the SDK: its importer is bundled
 * but no longer imports the module it replaces, or the replaced module's files are bundled all the same.
 */
export function replaceModules(replacements: readonly ModuleReplacement[] = MODULE_REPLACEMENTS): Plugin {
  return {
    name: 'herald-replace-sdk-modules',
    setup(b) {
      b.initialOptions.metafile = true;
      const applied = new Set<string>();
      for (const r of replacements) {
        b.onResolve({ filter: new RegExp(`^${escapeRegExp(r.module)}$`) }, () => {
          applied.add(r.module);
          return { path: r.by };
        });
      }
      b.onEnd((result) => {
        if (result.errors.length > 0) return;
        const inputs = bundledInputs(result);
        const errors = replacements.flatMap((r) => {
          const importer = inputs.find((i) => r.importer.test(i));
          const leaked = inputs.find((i) => r.files.test(i));
          if (leaked) return [{ text: sdkChanged(`${leaked} is bundled although ${r.module} is replaced`) }];
          if (importer && !applied.has(r.module))
            return [{ text: sdkChanged(`${importer} no longer imports ${r.module}`) }];
          return [];
        });
        return { errors };
      });
    },
  };
}

/** Where the SDK clients keep the schemas of their operations. */
const SCHEMA_MODULE = /[\\/]@aws-sdk[\\/](client-[^\\/]+)[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/;
const CLIENT_FILE = /[\\/]@aws-sdk[\\/](client-[^\\/]+)[\\/]dist-es[\\/]/;
const STRING_CONSTANT = /^const (_[A-Za-z0-9]+) = ("[^"\\\n]*");$/gm;
const COMPUTED_KEY = /\[(_[A-Za-z0-9]+)\]:/g;
const ANY_COMPUTED_KEY = /\[\s*[A-Za-z_$][\w$]*\s*\]\s*:/;

/**
 * Rewrites one schema module's computed keys of string constants as the literal strings they stand for.
 * Throws when the module is no longer written that way (no constants, no such keys, or a computed key
 * left over), since esbuild would then silently keep the schemas of every operation.
 */
export function withLiteralSchemaKeys(source: string, path: string): string {
  const constants = new Map<string, string>();
  for (const m of source.matchAll(STRING_CONSTANT)) if (m[1] && m[2]) constants.set(m[1], m[2]);
  let rewritten = 0;
  const contents = source.replace(COMPUTED_KEY, (all, name: string) => {
    const literal = constants.get(name);
    if (!literal) return all;
    rewritten++;
    return `${literal}:`;
  });
  const left = ANY_COMPUTED_KEY.exec(contents);
  if (constants.size === 0 || rewritten === 0 || left)
    throw new Error(
      sdkChanged(
        `${path}: ${constants.size} string constants, ${rewritten} computed keys rewritten${left ? `, "${left[0]}" left as it was` : ''}`,
      ),
    );
  return contents;
}

/**
 * The SDK clients describe every operation in one schema module, with object keys written as computed
 * names of string constants (`{ [_h]: [...] }` where `const _h = "http"`). esbuild must assume a computed
 * key can run code, so it keeps the schemas of all of a service's operations. Writing those keys as the
 * literal strings they stand for changes nothing at run time and lets esbuild drop the schemas of the
 * operations a function never calls (SESv2: 48 KB → 4 KB). The build fails when a schema module is no
 * longer written that way, or when a bundled client has no schema module where this expects one.
 */
export const literalSchemaKeys: Plugin = {
  name: 'herald-literal-sdk-schema-keys',
  setup(b) {
    b.initialOptions.metafile = true;
    const rewritten = new Set<string>();
    b.onLoad({ filter: SCHEMA_MODULE }, async (args) => {
      const contents = withLiteralSchemaKeys(await readFile(args.path, 'utf8'), args.path);
      const client = SCHEMA_MODULE.exec(args.path)?.[1];
      if (client) rewritten.add(client);
      return { contents, loader: 'js' };
    });
    b.onEnd((result) => {
      if (result.errors.length > 0) return;
      const clients = new Set(bundledInputs(result).flatMap((i) => CLIENT_FILE.exec(i)?.[1] ?? []));
      const errors = [...clients]
        .filter((client) => !rewritten.has(client))
        .map((client) => ({
          text: sdkChanged(`@aws-sdk/${client} is bundled without a dist-es/schemas/schemas_N.js module`),
        }));
      return { errors };
    });
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
    plugins: [replaceModules(), literalSchemaKeys],
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
