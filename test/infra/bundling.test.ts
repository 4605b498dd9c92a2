// HeraldFunction's bundling (infra/constructs/bundling.ts) on a fixture handler that uses an SDK client; every
// function bundled with each of its SDK optimisations applying; and those optimisations failing the build,
// rather than silently doing nothing, when the SDK's layout no longer matches them.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../infra/config.ts';
import { bundleFunction } from '../../infra/constructs/bundling.ts';
import { HeraldFunction } from '../../infra/constructs/herald-function.ts';
import { defineFunction } from '../../shared/adapters/lambda/manifest.ts';

const outdir = mkdtempSync(join(tmpdir(), 'herald-bundling-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('HeraldFunction bundling', () => {
  it('emits one minified ESM index.mjs with the SDK inside and the bundling.ts aliases applied', () => {
    // Prepare
    const app = new App({ outdir });
    const stack = new Stack(app, 'BundlingTest');
    const key = new Key(stack, 'Key');
    new HeraldFunction(stack, 'Fixture', {
      manifest: defineFunction({
        name: 'fixture',
        description: 'A fixture that sends to a queue',
        triggers: [],
        grants: {},
        env: {},
      }),
      config: loadConfig('dev'),
      encryptionKey: key,
      deadLetterQueue: new Queue(stack, 'Dlq', { encryptionMasterKey: key }),
      entry: fileURLToPath(new URL('./fixtures/sqs-send-handler.ts', import.meta.url)),
    });

    // Act
    app.synth();

    // Assess
    const assets = readdirSync(outdir).filter((entry) => entry.startsWith('asset.'));
    expect(assets).toHaveLength(1);
    const assetDir = join(outdir, assets[0] ?? '');
    expect(readdirSync(assetDir)).toEqual(['index.mjs']);
    const bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(
      bundle.startsWith("import{createRequire}from'module';const require=createRequire(import.meta.url);"),
    ).toBe(true);
    // The SDK is bundled: nothing is left to import from the runtime's copy.
    expect(bundle).not.toMatch(/(from|import\(|require\()\s*["']@aws-sdk\//);
    expect(bundle).toContain('SendMessage');
    // The alias replaced @aws-sdk/credential-provider-node: env credentials only, no SSO / ini / web identity chain.
    expect(bundle).toContain('AWS_ACCESS_KEY_ID');
    for (const marker of ['AWS_WEB_IDENTITY_TOKEN_FILE', 'sso_start_url', 'credential_process']) {
      expect(bundle).not.toContain(marker);
    }
    // …and the other aliases of infra/constructs/bundling.ts (event streams stubbed out).
    expect(bundle).toContain('event-stream operations are not bundled');
    // …and its plugin: the schemas of SQS operations the handler never calls are left out.
    expect(bundle).toContain('SendMessageRequest');
    for (const unused of ['ListQueueTags', 'CreateQueue', 'StartMessageMoveTask'])
      expect(bundle).not.toContain(unused);
  });
});

const ROOT = resolve(import.meta.dirname, '../..');
const functions = readdirSync(join(ROOT, 'functions')).filter((name) =>
  existsSync(join(ROOT, 'functions', name, 'handler.ts')),
);

describe('every function', () => {
  // Each build fails if one of bundling.ts's SDK optimisations no longer matches a module it bundles.
  it.each(functions)('%s bundles with every SDK optimisation applying', async (name) => {
    // Prepare
    const outfile = join(outdir, 'functions', `${name}.mjs`);

    // Act
    await bundleFunction(join(ROOT, 'functions', name, 'handler.ts'), outfile);

    // Assess
    const bundle = readFileSync(outfile, 'utf8');
    expect(bundle).not.toContain('AWS_WEB_IDENTITY_TOKEN_FILE');
    expect(bundle).toContain('event-stream operations are not bundled');
  });
});

/** A handler importing `@aws-sdk/client-fake`, laid out as `files` says, in a directory of its own. */
function fakeSdk(files: Record<string, string>): string {
  const dir = mkdtempSync(join(outdir, 'fake-sdk-'));
  const pkg = join(dir, 'node_modules', '@aws-sdk', 'client-fake');
  const all: Record<string, string> = {
    [join(pkg, 'package.json')]: JSON.stringify({
      name: '@aws-sdk/client-fake',
      module: './dist-es/index.js',
    }),
    [join(dir, 'handler.ts')]: "export { handler } from '@aws-sdk/client-fake';\n",
    ...Object.fromEntries(
      Object.entries(files).map(([path, text]) => [join(dir, 'node_modules', path), text]),
    ),
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return join(dir, 'handler.ts');
}

// The failures below are expected: esbuild need not print them.
const QUIET = { logLevel: 'silent' } as const;

// The layout today: string constants, and the schemas' keys written as computed names of them.
const SCHEMAS_AS_TODAY =
  'const _P = "Ping";\nconst _h = "http";\nexport var Ping$ = [9, "fake", _P, { [_h]: ["GET", "/ping", 200] }];\n';
const CLIENT = "import { Ping$ } from './schemas/schemas_0.js';\nexport const handler = () => Ping$;\n";

describe('SDK optimisations that no longer match the SDK fail the build', () => {
  it('builds a client laid out as the optimisations expect', async () => {
    // Prepare
    const entry = fakeSdk({
      '@aws-sdk/client-fake/dist-es/index.js': CLIENT,
      '@aws-sdk/client-fake/dist-es/schemas/schemas_0.js': SCHEMAS_AS_TODAY,
    });
    const outfile = join(dirname(entry), 'out.mjs');

    // Act
    await bundleFunction(entry, outfile);

    // Assess: the computed key was written as the literal it stands for.
    expect(readFileSync(outfile, 'utf8')).toContain('{http:["GET","/ping",200]}');
  });

  it('when a schema module no longer names its keys with string constants', async () => {
    // Prepare
    const entry = fakeSdk({
      '@aws-sdk/client-fake/dist-es/index.js': CLIENT,
      '@aws-sdk/client-fake/dist-es/schemas/schemas_0.js':
        'var _h = "http";\nexport var Ping$ = [9, "fake", "Ping", { [_h]: ["GET", "/ping", 200] }];\n',
    });

    // Act
    const built = bundleFunction(entry, join(dirname(entry), 'out.mjs'), QUIET);

    // Assess
    await expect(built).rejects.toThrow(
      /schemas_0\.js: 0 string constants, 0 computed keys rewritten, "\[_h\]:" left/,
    );
  });

  it('when a schema module keeps a computed key that is not a string constant', async () => {
    // Prepare
    const entry = fakeSdk({
      '@aws-sdk/client-fake/dist-es/index.js': CLIENT,
      '@aws-sdk/client-fake/dist-es/schemas/schemas_0.js': `${SCHEMAS_AS_TODAY}const n0 = Symbol();\nexport var Pong$ = { [n0]: 1 };\n`,
    });

    // Act
    const built = bundleFunction(entry, join(dirname(entry), 'out.mjs'), QUIET);

    // Assess
    await expect(built).rejects.toThrow(/"\[n0\]:" left as it was: the AWS SDK's layout changed/);
  });

  it('when a client keeps its schemas somewhere else', async () => {
    // Prepare
    const entry = fakeSdk({
      '@aws-sdk/client-fake/dist-es/index.js': CLIENT.replace('schemas/schemas_0.js', 'schema/index.js'),
      '@aws-sdk/client-fake/dist-es/schema/index.js': SCHEMAS_AS_TODAY,
    });

    // Act
    const built = bundleFunction(entry, join(dirname(entry), 'out.mjs'), QUIET);

    // Assess
    await expect(built).rejects.toThrow(
      /@aws-sdk\/client-fake is bundled without a dist-es\/schemas\/schemas_N\.js module/,
    );
  });

  it('when a client no longer takes its credentials from the module replaced', async () => {
    // Prepare
    const entry = fakeSdk({
      '@aws-sdk/client-fake/dist-es/index.js': `${CLIENT}export { credentials } from './runtimeConfig.js';\n`,
      '@aws-sdk/client-fake/dist-es/schemas/schemas_0.js': SCHEMAS_AS_TODAY,
      '@aws-sdk/client-fake/dist-es/runtimeConfig.js':
        "export { defaultProvider as credentials } from '@aws-sdk/credential-providers';\n",
      '@aws-sdk/credential-providers/package.json': JSON.stringify({ main: 'index.js' }),
      '@aws-sdk/credential-providers/index.js': 'export const defaultProvider = () => ({});\n',
    });

    // Act
    const built = bundleFunction(entry, join(dirname(entry), 'out.mjs'), QUIET);

    // Assess
    await expect(built).rejects.toThrow(
      /runtimeConfig\.js no longer imports @aws-sdk\/credential-provider-node/,
    );
  });

  it("when the replaced module's code is bundled all the same, through another path", async () => {
    // Prepare
    const entry = fakeSdk({
      '@aws-sdk/client-fake/dist-es/index.js': `${CLIENT}export { defaultProvider } from '@aws-sdk/credential-provider-node/dist-es/defaultProvider.js';\n`,
      '@aws-sdk/client-fake/dist-es/schemas/schemas_0.js': SCHEMAS_AS_TODAY,
      '@aws-sdk/credential-provider-node/dist-es/defaultProvider.js':
        'export const defaultProvider = () => ({});\n',
    });

    // Act
    const built = bundleFunction(entry, join(dirname(entry), 'out.mjs'), QUIET);

    // Assess
    await expect(built).rejects.toThrow(
      /credential-provider-node\/dist-es\/defaultProvider\.js is bundled although @aws-sdk\/credential-provider-node is replaced/,
    );
  });
});
