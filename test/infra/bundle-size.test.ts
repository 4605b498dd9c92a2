// The size budget of every function, on the bundle that gets deployed: under 250 KB each. (Import time is
// measured by `npm run bench`, not asserted here.)
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../infra/constructs/bundling.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BUDGET_BYTES = 250_000;
const outDir = mkdtempSync(join(tmpdir(), 'herald-size-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const functions = readdirSync(join(ROOT, 'functions')).filter((name) =>
  existsSync(join(ROOT, 'functions', name, 'handler.ts')),
);

describe('bundle size', () => {
  it('covers every function', () => {
    expect(functions.length).toBeGreaterThanOrEqual(11);
  });

  it.each(functions)('%s bundles under 250 KB', async (name) => {
    const outfile = join(outDir, `${name}.mjs`);
    await bundleFunction(join(ROOT, 'functions', name, 'handler.ts'), outfile);
    expect(statSync(outfile).size).toBeLessThan(BUDGET_BYTES);
  });
});
