// `npm run bench`: per function, the bundled size and the median module-import time over fresh Node
// processes, and its ratio to a bare one-client DynamoDB bundle and to the naive reference, all bundled the
// same way (infra/constructs/bundling.ts) and measured interleaved in the same run (bench/cold-start.ts).
// The budget: every function imports in at most 1.0× the time of the bare client. Then, per trigger event,
// the DynamoDB requests and capacity units and the handler's CPU time (bench/triggers.ts). Writes
// bench/results.json, the committed record of the last run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quietAwsSdkNodeWarning } from '../local/node-support.ts';
import {
  BARE_CLIENT,
  type Bundle,
  buildBundle,
  functionSubjects,
  importEnvironments,
  measureInterleaved,
  medians,
  NAIVE,
  progress,
  ROOT,
  round,
} from './cold-start.ts';
import { measureTriggers, printTriggerTable } from './triggers.ts';

// The measured processes inherit it: none prints the SDK's Node.js version warning (README, Quick start).
quietAwsSdkNodeWarning();

const RUNS = Math.max(15, Number(process.env.BENCH_RUNS ?? 21));
/** A function may import in at most this many times the bare client's time, in the same run. */
const BUDGET_VS_BARE_CLIENT = 1.0;

const subjects = [...functionSubjects(), BARE_CLIENT, NAIVE];

const envOf = importEnvironments();

const outDir = mkdtempSync(join(tmpdir(), 'herald-bench-'));
try {
  const bundles: Bundle[] = [];
  const bytes = new Map<string, number>();
  for (const s of subjects) {
    const file = join(outDir, `${s.name}.mjs`);
    bytes.set(s.name, await buildBundle(s, file));
    bundles.push({ key: s.name, file, env: envOf(s.name) });
  }
  const times = measureInterleaved(bundles, RUNS, progress('import times', RUNS));
  const of = (name: string) => medians(times.get(name));
  const bare = of(BARE_CLIENT.name);
  const naive = of(NAIVE.name);
  const coldStart = subjects.map((s) => {
    const t = of(s.name);
    return {
      function: s.name,
      bundleBytes: bytes.get(s.name) ?? 0,
      importMsMedian: round(t.wallMs),
      importVsBareClient: round(t.wallMs / bare.wallMs, 2),
      importVsNaive: round(t.wallMs / naive.wallMs, 2),
      importCpuMsMedian: round(t.cpuMs),
      importCpuVsBareClient: round(t.cpuMs / bare.cpuMs, 2),
    };
  });
  const over = coldStart.filter(
    (r) => subjects.find((s) => s.name === r.function)?.kind === 'function' && r.importVsBareClient > 1,
  );
  const report = {
    node: process.version,
    runsPerSubject: RUNS,
    budget: { importVsBareClient: BUDGET_VS_BARE_CLIENT },
    functions: coldStart,
    triggers: await measureTriggers(),
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);

  const out = process.stdout;
  out.write(
    `${'function'.padEnd(22)}${'bundle KB'.padStart(10)}${'import ms'.padStart(11)}${'× bare client'.padStart(15)}${'× naive'.padStart(9)}${'CPU ms'.padStart(9)}${'CPU × bare'.padStart(12)}\n`,
  );
  for (const r of coldStart) {
    out.write(
      `${r.function.padEnd(22)}${(r.bundleBytes / 1000).toFixed(1).padStart(10)}${r.importMsMedian.toFixed(1).padStart(11)}${r.importVsBareClient.toFixed(2).padStart(15)}${r.importVsNaive.toFixed(2).padStart(9)}${r.importCpuMsMedian.toFixed(1).padStart(9)}${r.importCpuVsBareClient.toFixed(2).padStart(12)}\n`,
    );
  }
  out.write(`(medians of ${RUNS} fresh Node ${process.version} processes each, interleaved)\n`);
  out.write(
    over.length === 0
      ? `every function imports in at most ${BUDGET_VS_BARE_CLIENT.toFixed(1)}× the bare client's time\n`
      : `over the budget (${BUDGET_VS_BARE_CLIENT.toFixed(1)}× the bare client's time): ${over.map((r) => `${r.function} ${r.importVsBareClient.toFixed(2)}×`).join(', ')}\n`,
  );
  printTriggerTable(report.triggers);
  out.write('written to bench/results.json\n');
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
