// `npm run bench`: per function, the bundled size and the median module-import time over fresh Node
// processes (wall clock, and the CPU time spent meanwhile), and its ratio to a bare one-client DynamoDB
// bundle and to the naive reference, all bundled the same way (infra/constructs/bundling.ts) and measured
// interleaved in the same run (bench/cold-start.ts); beside them, the bare client bundled without
// bundling.ts's SDK optimisations. The budget: every function imports in at most 1.0× the time of the bare
// client as the SDK ships it (the unpatched one: same esbuild options, none of the SDK optimisations, which
// every function then has to spend on its own code); the ratio to the optimised bare client says how much
// of that margin is left. Each subject is imported between two imports of that budget reference, and its
// ratio to it is the median of its ratios to the two beside it (bench/cold-start.ts, measureBracketed), so
// a change of load on the machine during the run moves both sides alike. Then, per trigger event,
// the DynamoDB requests and capacity units and the handler's CPU time (bench/triggers.ts). Writes
// bench/results.json, the committed record of the last run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quietAwsSdkNodeWarning } from '../local/node-support.ts';
import {
  BARE_CLIENT,
  BARE_CLIENT_UNPATCHED,
  type Bundle,
  buildBundle,
  functionSubjects,
  importEnvironments,
  measureBracketed,
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
/** A function may import in at most this many times the unpatched bare client's time, in the same run. */
const BUDGET_VS_BARE_CLIENT = 1.0;

const subjects = [...functionSubjects(), BARE_CLIENT, BARE_CLIENT_UNPATCHED, NAIVE];
/** The budget's reference: every other subject is imported between two imports of it (measureBracketed). */
const REFERENCE = BARE_CLIENT_UNPATCHED.name;

const envOf = importEnvironments();

// The trigger costs first: a scenario that no longer takes its path stops the bench before the long part.
const triggers = await measureTriggers();
const outDir = mkdtempSync(join(tmpdir(), 'herald-bench-'));
try {
  const bundles: Bundle[] = [];
  const bytes = new Map<string, number>();
  for (const s of subjects) {
    const file = join(outDir, `${s.name}.mjs`);
    bytes.set(s.name, await buildBundle(s, file));
    bundles.push({ key: s.name, file, env: envOf(s.name) });
  }
  const reference = bundles.find((b) => b.key === REFERENCE);
  if (!reference) throw new Error(`no ${REFERENCE} bundle`);
  const { times, ratios } = measureBracketed(
    reference,
    bundles.filter((b) => b !== reference),
    RUNS,
    progress('import times', RUNS),
  );
  const of = (name: string) => medians(times.get(name));
  /** The median of a subject's ratios to the reference imported beside it; 1 for the reference itself. */
  const vsReference = (name: string) => (name === REFERENCE ? 1 : medians(ratios.get(name)).wallMs);
  const bare = of(BARE_CLIENT.name);
  const naive = of(NAIVE.name);
  const coldStart = subjects.map((s) => {
    const t = of(s.name);
    return {
      function: s.name,
      bundleBytes: bytes.get(s.name) ?? 0,
      importMsMedian: round(t.wallMs),
      importVsBareClient: round(t.wallMs / bare.wallMs, 2),
      importVsBareClientUnpatched: round(vsReference(s.name), 2),
      importVsNaive: round(t.wallMs / naive.wallMs, 2),
      importCpuMsMedian: round(t.cpuMs),
      importCpuVsBareClient: round(t.cpuMs / bare.cpuMs, 2),
    };
  });
  const overBudget = (ratio: 'importVsBareClient' | 'importVsBareClientUnpatched') =>
    coldStart.filter(
      (r) =>
        subjects.find((s) => s.name === r.function)?.kind === 'function' && r[ratio] > BUDGET_VS_BARE_CLIENT,
    );
  const report = {
    node: process.version,
    runsPerSubject: RUNS,
    budget: { importVsBareClientUnpatched: BUDGET_VS_BARE_CLIENT },
    functions: coldStart,
    triggers,
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);

  const out = process.stdout;
  const columns: [string, number, (r: (typeof coldStart)[number]) => string][] = [
    ['function', -32, (r) => r.function],
    ['bundle KB', 10, (r) => (r.bundleBytes / 1000).toFixed(1)],
    ['import ms', 11, (r) => r.importMsMedian.toFixed(1)],
    ['× bare', 8, (r) => r.importVsBareClient.toFixed(2)],
    ['× unpatched bare', 18, (r) => r.importVsBareClientUnpatched.toFixed(2)],
    ['× naive', 9, (r) => r.importVsNaive.toFixed(2)],
    ['CPU ms', 8, (r) => r.importCpuMsMedian.toFixed(1)],
    ['CPU × bare', 12, (r) => r.importCpuVsBareClient.toFixed(2)],
  ];
  const line = (cells: string[]) =>
    `${cells
      .map((c, i) => {
        const w = columns[i]?.[1] ?? 0;
        return w < 0 ? c.padEnd(-w) : c.padStart(w);
      })
      .join('')}\n`;
  out.write(line(columns.map(([title]) => title)));
  for (const r of coldStart) out.write(line(columns.map(([, , cell]) => cell(r))));
  out.write(
    `(medians of ${RUNS} fresh Node ${process.version} processes each, interleaved; × unpatched bare: the median ratio to the imports of it just before and after)\n`,
  );
  for (const [ratio, what] of [
    ['importVsBareClientUnpatched', 'the bare client as the SDK ships it (the budget)'],
    ['importVsBareClient', 'the optimised bare client (for reference)'],
  ] as const) {
    const over = overBudget(ratio);
    out.write(
      over.length === 0
        ? `every function imports in at most ${BUDGET_VS_BARE_CLIENT.toFixed(1)}× the time of ${what}\n`
        : `${over.length} functions import in more than ${BUDGET_VS_BARE_CLIENT.toFixed(1)}× the time of ${what}: ${over.map((r) => `${r.function} ${r[ratio].toFixed(2)}×`).join(', ')}\n`,
    );
  }
  printTriggerTable(report.triggers);
  out.write('written to bench/results.json\n');
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
