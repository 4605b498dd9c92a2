// Every function bundles, as it is deployed. There is no byte cap (ENGINEERING.md: the budget is import
// time, measured by `npm run bench`, never traded for correctness or one code path); the bound below is
// only a sanity check that catches a dependency pulled in by mistake (a whole SDK, a barrel import), at
// about twice the largest bundle today.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../infra/constructs/bundling.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SANITY_BOUND_BYTES = 600_000;
const outDir = mkdtempSync(join(tmpdir(), 'herald-size-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const functions = readdirSync(join(ROOT, 'functions')).filter((name) =>
  existsSync(join(ROOT, 'functions', name, 'handler.ts')),
);

describe('bundle size', () => {
  it('covers every function', () => {
    expect(functions.length).toBeGreaterThanOrEqual(11);
  });

  it.each(functions)('%s bundles, well under the sanity bound', async (name) => {
    const outfile = join(outDir, `${name}.mjs`);
    await bundleFunction(join(ROOT, 'functions', name, 'handler.ts'), outfile);
    expect(statSync(outfile).size).toBeLessThan(SANITY_BOUND_BYTES);
  });
});
