// `npm run bench:cost` (and the end of `npm run bench`): the demo bank and the three bench mixes
// (bench/cost-mixes.ts) replayed through the local stack with the cost meter, one fresh stack each; writes
// bench/cost-results.json, the committed record of the last run, and the README's cost tables from it.
// Each mix's claim (what makes it the mix it is named) is checked, and a mix with a rejected line stops the
// bench: the figures would not be the mix's.
//
//   npm run bench:cost                       run, record, rewrite the README's tables
//   npm run bench:cost -- --readme           rewrite the README's tables from the recorded run only
//   npm run bench:cost -- --jsonl DIR        also write each mix as DIR/<mix>.jsonl (for herald replay)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PRICES } from '../local/cost/prices.ts';
import { demoEntries } from '../local/demo.ts';
import { quietAwsSdkNodeWarning } from '../local/node-support.ts';
import { MIXES, mixEntries, mixJsonl } from './cost-mixes.ts';
import { RESULTS, readResults, renderCostTables, writeReadmeTables } from './cost-readme.ts';
import { type CostResults, type CostRun, measureCost } from './cost-run.ts';

quietAwsSdkNodeWarning();

const { values } = parseArgs({
  options: { readme: { type: 'boolean' }, jsonl: { type: 'string' } },
});

if (values.readme) {
  writeReadmeTables(readResults());
  process.stdout.write(`README.md's cost tables rewritten from ${RESULTS}\n`);
} else {
  if (values.jsonl) {
    mkdirSync(values.jsonl, { recursive: true });
    for (const mix of MIXES) writeFileSync(join(values.jsonl, `${mix.name}.jsonl`), mixJsonl(mix.name));
  }
  const runs: CostRun[] = [];
  const timed = async (run: () => Promise<CostRun>) => {
    const started = performance.now();
    const result = await run();
    process.stdout.write(
      `${result.title}: ${result.bankEvents} bank events, ${result.messagesSent} messages sent (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
    );
    runs.push(result);
    return result;
  };
  await timed(() =>
    measureCost(demoEntries(), {
      name: 'demo',
      title: 'Demo bank',
      summary: 'the demo bank of `npm start`',
    }),
  );
  const problems: string[] = [];
  for (const mix of MIXES) {
    const run = await timed(() =>
      measureCost(mixEntries(mix.name), {
        name: mix.name,
        title: mix.title,
        summary: mix.summary,
        seed: mix.seed,
        claim: mix.claim.text,
      }),
    );
    if (run.rejected > 0) problems.push(`${mix.title}: ${run.rejected} lines rejected`);
    if (!mix.claim.holds(run)) problems.push(`${mix.title}: not ${mix.claim.text}`);
  }
  if (problems.length > 0) {
    process.stderr.write(`bench:cost: the mixes are not what they are named:\n  ${problems.join('\n  ')}\n`);
    process.exit(1);
  }
  const results: CostResults = {
    prices: { region: DEFAULT_PRICES.region, asOf: DEFAULT_PRICES.asOf },
    runs,
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  writeReadmeTables(results);
  process.stdout.write(
    `\n${renderCostTables(results)}\n\nwritten to bench/cost-results.json and README.md\n`,
  );
}
