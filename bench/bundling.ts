// `npm run bench:bundling`: what each bundling optimisation of infra/constructs/bundling.ts buys in import
// time. Every function and the two references are bundled as deployed and once more with each optimisation
// turned off; all those bundles are imported interleaved (each subject's variants side by side in every
// round) in fresh Node processes. Per variant: the median over subjects of the change in median import
// time and in bytes against the deployed build, and in how many subjects it was slower, with the sign
// test's two-sided p-value (no effect: slower or faster equally likely). Writes bench/bundling-results.json.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { literalSchemaKeys, MODULE_REPLACEMENTS, replaceModules } from '../infra/constructs/bundling.ts';
import { quietAwsSdkNodeWarning } from '../local/node-support.ts';
import {
  BARE_CLIENT,
  type Bundle,
  buildBundle,
  functionSubjects,
  importEnvironments,
  measureInterleaved,
  median,
  medians,
  NAIVE,
  progress,
  ROOT,
  round,
} from './cold-start.ts';

quietAwsSdkNodeWarning();

const RUNS = Math.max(15, Number(process.env.BENCH_RUNS ?? 15));
// Optional subsets: BENCH_ONLY=name,… (functions or references), BENCH_VARIANTS=text,… (variants whose
// name contains one of them; the deployed build is always measured).
const only = process.env.BENCH_ONLY?.split(',');
const variantFilter = process.env.BENCH_VARIANTS?.split(',');

const withoutReplacement = (module: string): BuildOptions => ({
  plugins: [replaceModules(MODULE_REPLACEMENTS.filter((r) => r.module !== module)), literalSchemaKeys],
});

/** Each variant is the deployed build with one thing changed. */
const allVariants: Record<string, BuildOptions> = {
  deployed: {},
  ...Object.fromEntries(
    MODULE_REPLACEMENTS.map((r) => [`without replacing ${r.module}`, withoutReplacement(r.module)]),
  ),
  'without literal schema keys': { plugins: [replaceModules()] },
  'no replacements, no literal schema keys': { plugins: [] },
  'not minified': { minify: false },
  "esbuild's default mainFields (CommonJS first)": { mainFields: ['main', 'module'] },
};

const variants = Object.fromEntries(
  Object.entries(allVariants).filter(
    ([name]) => name === 'deployed' || !variantFilter || variantFilter.some((v) => name.includes(v)),
  ),
);

const subjects = [...functionSubjects(), BARE_CLIENT, NAIVE].filter((s) => !only || only.includes(s.name));
const envOf = importEnvironments();

/** Two-sided sign test: the chance of a split at least this uneven if either sign were equally likely. */
function signTestP(slower: number, n: number): number {
  const k = Math.min(slower, n - slower);
  let tail = 0;
  let c = 1; // C(n, 0)
  for (let i = 0; i <= k; i++) {
    tail += c;
    c = (c * (n - i)) / (i + 1);
  }
  return Math.min(1, (2 * tail) / 2 ** n);
}

const outDir = mkdtempSync(join(tmpdir(), 'herald-bench-bundling-'));
try {
  const bundles: Bundle[] = [];
  const bytes = new Map<string, number>();
  const key = (subject: string, variant: string) => `${subject} | ${variant}`;
  for (const s of subjects) {
    for (const [variant, options] of Object.entries(variants)) {
      const file = join(outDir, `${s.name}-${Object.keys(variants).indexOf(variant)}.mjs`);
      bytes.set(key(s.name, variant), await buildBundle(s, file, options));
      bundles.push({ key: key(s.name, variant), file, env: envOf(s.name) });
    }
  }
  const times = measureInterleaved(bundles, RUNS, progress('import times', RUNS));
  const of = (k: string) => medians(times.get(k));

  const perVariant = Object.keys(variants).map((variant) => {
    const rows = subjects.map((s) => {
      const t = of(key(s.name, variant));
      const base = of(key(s.name, 'deployed'));
      return {
        subject: s.name,
        bytes: bytes.get(key(s.name, variant)) ?? 0,
        importMsMedian: round(t.wallMs),
        importCpuMsMedian: round(t.cpuMs),
        deltaBytes: (bytes.get(key(s.name, variant)) ?? 0) - (bytes.get(key(s.name, 'deployed')) ?? 0),
        deltaMs: round(t.wallMs - base.wallMs, 2),
        deltaCpuMs: round(t.cpuMs - base.cpuMs, 2),
      };
    });
    const summary = (deltas: number[]) => {
      const slowerIn = deltas.filter((d) => d > 0).length;
      const fasterIn = deltas.filter((d) => d < 0).length;
      return {
        medianDeltaMs: round(median(deltas), 2),
        slowerIn,
        fasterIn,
        signTestP: round(signTestP(slowerIn, slowerIn + fasterIn), 4),
      };
    };
    return {
      variant,
      medianDeltaBytes: median(rows.map((r) => r.deltaBytes)),
      wall: summary(rows.map((r) => r.deltaMs)),
      cpu: summary(rows.map((r) => r.deltaCpuMs)),
      subjects: rows,
    };
  });
  writeFileSync(
    join(ROOT, 'bench', 'bundling-results.json'),
    `${JSON.stringify({ node: process.version, runsPerSubject: RUNS, variants: perVariant }, null, 2)}\n`,
  );

  const out = process.stdout;
  const cells = (m: (typeof perVariant)[number], which: 'wall' | 'cpu') =>
    `${m[which].medianDeltaMs.toFixed(2).padStart(8)}${`${m[which].slowerIn}/${m[which].slowerIn + m[which].fasterIn}`.padStart(8)}${m[which].signTestP.toFixed(4).padStart(8)}`;
  out.write(
    `${'against the deployed build'.padEnd(50)}${'Δ KB'.padStart(8)}${'Δ ms'.padStart(8)}${'slower'.padStart(8)}${'p'.padStart(8)}${'Δ CPU ms'.padStart(10)}${'slower'.padStart(8)}${'p'.padStart(8)}\n`,
  );
  for (const v of perVariant.slice(1)) {
    out.write(
      `${v.variant.padEnd(50)}${(v.medianDeltaBytes / 1000).toFixed(1).padStart(8)}${cells(v, 'wall')}  ${cells(v, 'cpu')}\n`,
    );
  }
  out.write(
    `(Δ: median over ${subjects.length} subjects of the change in their median of ${RUNS} imports; slower: in how many; p: sign test)\nper subject: bench/bundling-results.json\n`,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
