// `npm run bench`: per function, the bundled size and the median module-import time over fresh Node
// processes, side by side with the naive reference handler bundled the same way; then, per trigger event,
// the DynamoDB requests and capacity units and the handler's CPU time (bench/triggers.ts). Writes
// bench/results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleFunction } from '../infra/constructs/bundling.ts';
import { buildAppModel, synthesizeTemplates } from '../local/app-model.ts';
import { quietAwsSdkNodeWarning } from '../local/node-support.ts';
import { measureTriggers, printTriggerTable } from './triggers.ts';

// The measured processes inherit it: none prints the SDK's Node.js version warning (README, Quick start).
quietAwsSdkNodeWarning();

const ROOT = resolve(import.meta.dirname, '..');
const NAIVE = resolve(ROOT, '../shared/bench/naive-handler.ts');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);

interface Subject {
  name: string;
  entry: string;
}

const subjects: Subject[] = readdirSync(join(ROOT, 'functions'))
  .filter((name) => existsSync(join(ROOT, 'functions', name, 'handler.ts')))
  .map((name) => ({ name, entry: join(ROOT, 'functions', name, 'handler.ts') }));
// The SDK's own floor: a bundle holding one DynamoDB client and nothing else.
subjects.push({
  name: 'ref-dynamodb-only',
  entry: join(ROOT, 'bench', 'references', 'dynamodb-client-only.ts'),
});
if (existsSync(NAIVE)) subjects.push({ name: 'naive-reference', entry: NAIVE });
else process.stderr.write(`bench: ${NAIVE} not found; the naive reference is left out\n`);

const outDir = mkdtempSync(join(tmpdir(), 'herald-bench-'));
// Each function is imported with the environment its template gives it (references resolved to
// placeholder names), as Lambda would start it.
const model = buildAppModel(synthesizeTemplates(), {
  sqsEndpoint: 'https://sqs.eu-west-1.amazonaws.com',
  region: 'eu-west-1',
});
const baseEnv = {
  ...process.env,
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
};
const envOf = (name: string) => ({
  ...baseEnv,
  ...model.functions.find((f) => f.name === name)?.environment,
});

/** Imports the bundle once in a fresh Node process and returns the milliseconds the import took. */
function importMs(file: string, env: NodeJS.ProcessEnv): number {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});process.stdout.write(String(performance.now()-t));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`importing ${file} failed: ${child.stderr}`);
  return Number(child.stdout);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

try {
  const bundles = new Map<string, string>();
  for (const s of subjects) {
    const outfile = join(outDir, `${s.name}.mjs`);
    // The naive reference lives outside the repository: its packages resolve from Herald's node_modules.
    await bundleFunction(s.entry, outfile, { nodePaths: [join(ROOT, 'node_modules')] });
    bundles.set(s.name, outfile);
  }
  // Interleave the subjects so that machine noise spreads evenly over them.
  const times = new Map<string, number[]>(subjects.map((s) => [s.name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const s of subjects) times.get(s.name)?.push(importMs(bundles.get(s.name) as string, envOf(s.name)));
  }
  const naiveMs = existsSync(NAIVE) ? median(times.get('naive-reference') ?? []) : undefined;
  const results = subjects.map((s) => {
    const bytes = statSync(bundles.get(s.name) as string).size;
    const ms = median(times.get(s.name) ?? []);
    return {
      function: s.name,
      bundleBytes: bytes,
      bundleKB: Math.round(bytes / 100) / 10,
      importMsMedian: Math.round(ms * 10) / 10,
      ...(naiveMs && s.name !== 'naive-reference'
        ? { importVsNaive: Math.round((ms / naiveMs) * 100) / 100 }
        : {}),
    };
  });
  const report = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    runsPerSubject: RUNS,
    budget: { bundleKB: 250, importVsNaive: 0.5 },
    functions: results,
    triggers: await measureTriggers(),
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`function            bundle KB   import ms (median of ${RUNS})   vs naive\n`);
  for (const r of results) {
    process.stdout.write(
      `${r.function.padEnd(20)}${String(r.bundleKB).padStart(9)}   ${String(r.importMsMedian).padStart(10)}                  ${r.importVsNaive ?? ''}\n`,
    );
  }
  printTriggerTable(report.triggers);
  process.stdout.write('written to bench/results.json\n');
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
