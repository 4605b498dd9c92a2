// What the templates cost a Lambda bundle: every kilobyte is import time at cold start, so a message type
// must add a few kilobytes at most, and nothing of the build-time tooling (MJML, the ICU compiler) may come
// along.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../infra/constructs/bundling.ts';
import { ROOT } from '../../templates/build.ts';
import { messageTypes } from './templates-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'herald-templates-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kebab = (type: string) => type.replace(/[._]/g, '-');
const renderer = (type: string) =>
  `render${kebab(type).replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`;

/**
 * An entry that renders the given types as a render function does, each from its folder (the channel
 * comes at run time, so every channel is kept).
 */
async function bundle(name: string, types: string[]): Promise<{ bytes: number; code: string }> {
  const entry = join(dir, `${name}.ts`);
  const lines = [`import { typeRenderer } from '${join(ROOT, 'shared/domain/templates/type-renderer.ts')}';`];
  const calls: string[] = [];
  for (const [i, t] of types.entries()) {
    const folder = join(ROOT, 'shared/notifications', kebab(t));
    if (existsSync(folder)) {
      lines.push(
        `import { copy as c${i} } from '${folder}/compiled.ts';`,
        `import { schema as s${i} } from '${folder}/data.ts';`,
        `import { format as f${i} } from '${folder}/render.ts';`,
      );
      calls.push(`typeRenderer({ schema: s${i}, copy: c${i}, format: f${i} })`);
    } else {
      lines.push(
        `import { ${renderer(t)} } from '${join(ROOT, 'shared/domain/templates', `${kebab(t)}.ts`)}';`,
      );
      calls.push(`(o: any) => ${renderer(t)}(process.env.CHANNEL as any, o)`);
    }
  }
  // The shared runtime (type-renderer.ts, valibot's parse) is in every bundle: it counts for the first type.
  writeFileSync(
    entry,
    `${lines.join('\n')}\nexport { typeRenderer };\nexport const renderers = [${calls.join(', ')}];\n`,
  );
  const outfile = join(dir, `${name}.mjs`);
  await bundleFunction(entry, outfile);
  return { bytes: statSync(outfile).size, code: readFileSync(outfile, 'utf8') };
}

describe('template bundles', () => {
  it('add at most 6 KB per message type, and about 19 KB for the first one (layout, runtime, data check)', async () => {
    const all = await bundle('all', messageTypes);
    const report: Record<string, number> = {};
    for (const type of messageTypes) {
      const without = await bundle(
        `without-${kebab(type)}`,
        messageTypes.filter((t) => t !== type),
      );
      report[type] = all.bytes - without.bytes;
    }
    for (const [type, bytes] of Object.entries(report)) expect(bytes, type).toBeLessThanOrEqual(6 * 1024);
    const one = await bundle('balance-low', ['balance.low']);
    // 12 KB of layout and template runtime (right-to-left isolation included, and the footer's consent
    // links in six languages), and the check of the data with the type's valibot schema.
    expect(one.bytes).toBeLessThanOrEqual(19 * 1024);
  });

  it('carry only the copy of the types they import, and none of the build-time tooling', async () => {
    const { code } = await bundle('fraud-only', ['fraud.alert']);
    expect(code).toContain('herald_fraud_alert');
    for (const other of ['herald_balance_low', 'herald_transaction_large', 'loan.preapproved']) {
      expect(code).not.toContain(other);
    }
    for (const tooling of ['mjml-core', 'juice', '@messageformat/parser', 'ParseError', 'brotliCompress']) {
      expect(code).not.toContain(tooling);
    }
  });
});
