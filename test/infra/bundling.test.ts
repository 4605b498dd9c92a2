// The one test that runs esbuild: HeraldFunction's bundling options on a fixture handler that uses an SDK client.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../infra/config.ts';
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
