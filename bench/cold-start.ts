// Cold start, measured: bundles built by infra/constructs/bundling.ts and imported in fresh Node processes,
// every subject once per round, round after round, so that machine drift reaches all of them alike.
// Used by `npm run bench` (bench/run.ts) and `npm run bench:bundling` (bench/bundling.ts).
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { MANIFESTS } from '../functions/manifests.ts';
import { bundleFunction } from '../infra/constructs/bundling.ts';
import { buildAppModel, synthesizeTemplates } from '../local/app-model.ts';

export const ROOT = resolve(import.meta.dirname, '..');

export interface Subject {
  name: string;
  entry: string;
  kind: 'function' | 'reference';
  /** On top of bundling.ts's options; none for a subject bundled exactly as a function is. */
  options?: BuildOptions;
}

/** The SDK's own floor: a bundle holding one DynamoDB client and nothing else. */
export const BARE_CLIENT: Subject = {
  name: 'bare-dynamodb-client',
  entry: join(ROOT, 'bench', 'references', 'dynamodb-client-only.ts'),
  kind: 'reference',
};

/**
 * The same bundle without bundling.ts's SDK optimisations (the same esbuild options, none of its plugins):
 * the SDK's floor as the SDK ships, what the bare client costs any function bundled without them.
 */
export const BARE_CLIENT_UNPATCHED: Subject = {
  ...BARE_CLIENT,
  name: 'bare-dynamodb-client-unpatched',
  options: { plugins: [] },
};

/** The yardstick: every client at once, full zod, Powertools logger and metrics, middy. */
export const NAIVE: Subject = {
  name: 'naive-reference',
  entry: join(ROOT, 'bench', 'references', 'naive-handler.ts'),
  kind: 'reference',
};

/** Every Herald function, from the one list infra builds them from (functions/manifests.ts), by name. */
export function functionSubjects(): Subject[] {
  return MANIFESTS.map((m) => m.name)
    .sort()
    .map((name) => ({ name, entry: join(ROOT, 'functions', name, 'handler.ts'), kind: 'function' }));
}

/**
 * The environment each subject is imported with: a function gets the one its template gives it (references
 * resolved to placeholder names), as Lambda would start it; a reference gets the region and credentials.
 */
export function importEnvironments(): (name: string) => NodeJS.ProcessEnv {
  const model = buildAppModel(synthesizeTemplates(), {
    sqsEndpoint: 'https://sqs.eu-west-1.amazonaws.com',
    region: 'eu-west-1',
  });
  const base = {
    ...process.env,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
  };
  return (name) => ({ ...base, ...model.functions.find((f) => f.name === name)?.environment });
}

/** One bundle to import: `key` names it in the measurements. */
export interface Bundle {
  key: string;
  file: string;
  env: NodeJS.ProcessEnv;
}

/** Bundles `subject` to `outfile` as HeraldFunction does, with `options` on top (a bundling variant). */
export async function buildBundle(subject: Subject, outfile: string, options: BuildOptions = {}) {
  await bundleFunction(subject.entry, outfile, { ...subject.options, ...options });
  return statSync(outfile).size;
}

/** One import: its wall-clock time and the CPU time the process spent meanwhile (all its threads). */
export interface ImportTime {
  wallMs: number;
  cpuMs: number;
}

/**
 * Imports `file` once in a fresh Node process. Wall-clock time is what a cold start costs; CPU time is
 * what the import asked of the machine, and on a machine other work shares it varies far less.
 */
export function importTime(file: string, env: NodeJS.ProcessEnv): ImportTime {
  const script = `const c=process.cpuUsage(),t=performance.now();await import(${JSON.stringify(file)});const w=performance.now()-t,u=process.cpuUsage(c);process.stdout.write(JSON.stringify({wallMs:w,cpuMs:(u.user+u.system)/1000}));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`importing ${file} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as ImportTime;
}

/**
 * `runs` rounds; in each, every bundle is imported once in `bundles`' order. Returns the times per key.
 * `onRound` is told after each round (progress on a slow machine).
 */
export function measureInterleaved(
  bundles: readonly Bundle[],
  runs: number,
  onRound: (done: number) => void = () => undefined,
): Map<string, ImportTime[]> {
  const times = new Map<string, ImportTime[]>(bundles.map((b) => [b.key, []]));
  for (let run = 0; run < runs; run++) {
    for (const b of bundles) times.get(b.key)?.push(importTime(b.file, b.env));
    onRound(run + 1);
  }
  return times;
}

/** What `measureBracketed` found: every import's times, and each subject's ratios to the reference beside it. */
export interface Bracketed {
  times: Map<string, ImportTime[]>;
  /** Per subject, one ratio per round: its time over the mean of the reference imports just before and after. */
  ratios: Map<string, ImportTime[]>;
}

/**
 * `runs` rounds; in each, the reference is imported before every subject and once more after the last
 * (R s1 R s2 … R sn R), and each subject's time is divided by the mean of the two reference imports beside it.
 * A machine whose load changes within a round (other work starting or ending) moves both sides of each ratio
 * alike, where a ratio of two medians taken far apart in the round would take the change for a difference
 * between the bundles.
 */
export function measureBracketed(
  reference: Bundle,
  subjects: readonly Bundle[],
  runs: number,
  onRound: (done: number) => void = () => undefined,
): Bracketed {
  const times = new Map<string, ImportTime[]>([reference, ...subjects].map((b) => [b.key, []]));
  const ratios = new Map<string, ImportTime[]>(subjects.map((b) => [b.key, []]));
  const referenceTimes = times.get(reference.key) ?? [];
  for (let run = 0; run < runs; run++) {
    let before = importTime(reference.file, reference.env);
    referenceTimes.push(before);
    for (const b of subjects) {
      const t = importTime(b.file, b.env);
      const after = importTime(reference.file, reference.env);
      referenceTimes.push(after);
      times.get(b.key)?.push(t);
      ratios.get(b.key)?.push({
        wallMs: t.wallMs / ((before.wallMs + after.wallMs) / 2),
        cpuMs: t.cpuMs / ((before.cpuMs + after.cpuMs) / 2),
      });
      before = after;
    }
    onRound(run + 1);
  }
  return { times, ratios };
}

/** The median wall-clock and CPU milliseconds of `times`. */
export const medians = (times: readonly ImportTime[] = []): ImportTime => ({
  wallMs: median(times.map((t) => t.wallMs)),
  cpuMs: median(times.map((t) => t.cpuMs)),
});

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Progress on stderr, so that stdout holds the tables only. */
export const progress = (what: string, total: number) => (done: number) => {
  process.stderr.write(`\r${what}: round ${done}/${total}${done === total ? '\n' : ''}`);
};
