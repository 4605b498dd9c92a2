// The Node.js versions Herald supports are written once, in package.json's `engines`; the README's quick start
// quotes it, .nvmrc names the version Lambda runs, and no installed package refuses a supported version
// (npm's EBADENGINE warning) but the one the README names for Node.js 20.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

type Version = [number, number, number];
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Whether `version` satisfies an npm engines range: `||` of space-separated comparators (`>=`, `>`, `<=`,
 * `<`, `=`, `^`, `~`, a bare or partial version, `*`). Anything else throws, so the test never passes by not
 * understanding a range.
 */
function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((set) => {
    const comparators = set
      .trim()
      .replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
      .split(/\s+/);
    return comparators.every((comparator) => {
      if (comparator === '' || comparator === '*' || comparator === 'x') return true;
      const match = /^(>=|<=|>|<|=|\^|~)?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(comparator);
      if (!match) throw new Error(`engines range not understood: ${range}`);
      const [, op = '', major, minor, patch] = match;
      const num = (part: string | undefined) =>
        part === undefined || /^[x*]$/.test(part) ? undefined : Number(part);
      const [M, m, p] = [Number(major), num(minor), num(patch)];
      const low: Version = [M, m ?? 0, p ?? 0];
      // The first version past a partial or caret/tilde range.
      const next = (): Version => {
        if (op === '^')
          return M > 0 ? [M + 1, 0, 0] : m !== undefined && m > 0 ? [0, m + 1, 0] : [0, 0, (p ?? 0) + 1];
        if (op === '~' || (op === '' && p === undefined && m !== undefined)) return [M, (m ?? 0) + 1, 0];
        return [M + 1, 0, 0];
      };
      const c = compare(version, low);
      if (op === '>=') return c >= 0;
      if (op === '>') return c > 0;
      if (op === '<=') return c <= 0;
      if (op === '<') return c < 0;
      if (op === '^' || op === '~' || ((op === '' || op === '=') && p === undefined))
        return c >= 0 && compare(version, next()) < 0;
      return c === 0;
    });
  });
}

/** The lowest version of each range of `engines.node`: `^22.13.0 || >=24.0.0` → 22.13.0 and 24.0.0. */
const lowestSupported = pkg.engines.node.split('||').map((range) => {
  const match = /^\s*(?:\^|>=)\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(range);
  if (!match) throw new Error(`engines.node range not of the form ^x.y.z or >=x.y.z: ${range}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])] as Version;
});

/**
 * Packages that may refuse a supported version, and why Herald runs there all the same (the README says so
 * under Quick start): on Node.js 20, aws-local-stepfunctions declares 22; the local stack adds the one API it
 * lacks (local/stepfunctions.ts).
 */
const REFUSALS_KNOWN: Record<number, string[]> = {
  20: ['node_modules/aws-local-stepfunctions (>=22.0.0)'],
};

describe('supported Node.js versions', () => {
  it.each(lowestSupported.map((v) => [v.join('.')]))(
    'no package in package-lock.json refuses Node.js %s but the ones the README names (npm install warns EBADENGINE for those only)',
    (version) => {
      // Prepare
      const v = version.split('.').map(Number) as Version;
      // Act
      const refusing = Object.entries(lock.packages)
        .filter(([, entry]) => {
          const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
          return node !== undefined && !satisfies(v, node);
        })
        .map(([path, entry]) => `${path || 'herald'} (${(entry.engines as { node: string }).node})`);
      // Assess
      expect(refusing).toEqual(REFUSALS_KNOWN[v[0]] ?? []);
    },
  );

  it('.nvmrc names the version Lambda runs, and it is supported', () => {
    // Prepare
    const runtime = /Runtime\.NODEJS_(\d+)_X/.exec(read('infra/constructs/herald-function.ts'))?.[1];
    // Assess
    expect(read('.nvmrc').trim()).toBe(runtime);
    expect(lowestSupported.map((v) => String(v[0]))).toContain(runtime);
  });

  it('the README names every package that refuses a supported version', () => {
    // Prepare
    const quickStart = read('README.md').split('## Quick start')[1]?.split('\n## ')[0] ?? '';
    // Assess
    for (const refusal of Object.values(REFUSALS_KNOWN).flat())
      expect(quickStart).toContain(refusal.replace(/^node_modules\//, '').replace(/ \(.*\)$/, ''));
  });

  it('the README quick start quotes the supported range', () => {
    // Prepare
    const quickStart = read('README.md').split('## Quick start')[1]?.split('\n## ')[0] ?? '';
    // Assess
    expect(quickStart).toContain(`\`${pkg.engines.node}\``);
  });

  it('understands the ranges it checks', () => {
    // Assess: ranges of the installed packages, taken and refused as npm takes and refuses them
    expect(satisfies([22, 22, 2], '^22.22.2 || ^24.15.0 || >=26.0.0')).toBe(true);
    expect(satisfies([22, 13, 0], '^22.22.2 || ^24.15.0 || >=26.0.0')).toBe(false);
    expect(satisfies([24, 0, 0], '18 || 20 || >=22')).toBe(true);
    expect(satisfies([21, 0, 0], '18 || 20 || >=22')).toBe(false);
    expect(satisfies([22, 13, 0], '>= 0.8.0')).toBe(true);
    expect(satisfies([20, 20, 2], '>=22.0.0')).toBe(false);
  });
});
