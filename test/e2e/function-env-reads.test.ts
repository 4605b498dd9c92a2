// A function reads its environment only through its manifest: each bundled handler is started in a fresh
// Node process, with the environment its template gives it, behind a process.env that records every name
// read during the cold start; a name the manifest does not declare (other than the platform's and the
// runtime's own, manifest.ts `isPlatformVariable`) fails. And no module a function bundles reads
// process.env anywhere else, so nothing is read later, at invocation, behind the manifest's back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFESTS } from '../../functions/manifests.ts';
import { esbuildOptions } from '../../infra/constructs/bundling.ts';
import { buildAppModel, synthesizeTemplates } from '../../local/app-model.ts';
import { isPlatformVariable } from '../../shared/adapters/lambda/manifest.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const outdir = mkdtempSync(join(tmpdir(), 'herald-env-reads-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

// The environment each function is deployed with (references resolved to placeholder names).
const model = buildAppModel(synthesizeTemplates(), {
  sqsEndpoint: 'https://sqs.eu-west-1.amazonaws.com',
  region: 'eu-west-1',
});
const environmentOf = (name: string) => model.functions.find((fn) => fn.name === name)?.environment ?? {};

/** Starts `file` in a fresh process with exactly `env` (and Lambda's basics); the names read, in order. */
function namesReadAtColdStart(file: string, env: Record<string, string>): string[] {
  const script = `
    const reads = [];
    const values = { ...process.env };
    process.env = new Proxy(values, {
      get: (target, name) => { if (typeof name === 'string') reads.push(name); return target[name]; },
      has: (target, name) => { reads.push(String(name)); return name in target; },
      ownKeys: (target) => { reads.push('(every name)'); return Reflect.ownKeys(target); },
    });
    try { await import(${JSON.stringify(file)}); }
    finally { process.stdout.write(JSON.stringify(reads)); }`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: {
      ...env,
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_LAMBDA_FUNCTION_NAME: 'herald',
    },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`starting ${file} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as string[];
}

describe('a function reads only the environment its manifest declares', () => {
  beforeAll(async () => {
    // Every handler, bundled the way bundling.ts bundles it (code shared between them split into chunks,
    // each still evaluated afresh by the process that imports its entry).
    await build({
      ...esbuildOptions(),
      minify: false,
      splitting: true,
      entryPoints: Object.fromEntries(
        MANIFESTS.map((manifest) => [manifest.name, join(ROOT, 'functions', manifest.name, 'handler.ts')]),
      ),
      outdir,
      outExtension: { '.js': '.mjs' },
    });
  }, 120_000);

  it.each(MANIFESTS.map((manifest) => [manifest.name, manifest] as const))(
    '%s, at its cold start',
    (name, manifest) => {
      // Prepare: the function's deployed environment.
      const env = environmentOf(name);
      expect(env.HERALD_FUNCTION).toBe(name);

      // Act
      const read = namesReadAtColdStart(join(outdir, `${name}.mjs`), env);

      // Assess: each name read is declared, or the platform's; every declared one is read.
      const undeclared = read.filter(
        (variable) => !(variable in manifest.env) && !isPlatformVariable(variable),
      );
      expect([...new Set(undeclared)]).toEqual([]);
      expect(Object.keys(manifest.env).filter((variable) => !read.includes(variable))).toEqual([]);
    },
  );

  it('and no module of a function reads process.env but loadEnv', () => {
    // Prepare: every source file a function may bundle.
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const path = join(dir, entry);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
      });
    const sources = [...files(join(ROOT, 'functions')), ...files(join(ROOT, 'shared'))];

    // Act
    const readers = sources
      .filter((file) =>
        /\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*['"]env['"]\s*\]|\{\s*env\s*\}\s*=\s*process\b/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => relative(ROOT, file));

    // Assess: only the manifest module (loadEnv's default) and shared code that never runs in a function.
    expect(readers).toEqual(['shared/adapters/lambda/manifest.ts']);
  });
});
