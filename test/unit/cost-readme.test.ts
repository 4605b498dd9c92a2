// The README's cost tables cannot drift from the recorded run: the block between the markers is what
// bench/cost-readme.ts renders from bench/cost-results.json, priced with the table local/cost/prices.ts
// holds now. When either fails, run `npm run bench:cost` and commit both files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIX_NAMES } from '../../bench/cost-mixes.ts';
import { README, readmeBlock, readResults, renderCostTables } from '../../bench/cost-readme.ts';
import { DEFAULT_PRICES } from '../../local/cost/prices.ts';

describe("the README's cost tables", () => {
  it('are what the recorded run renders to', () => {
    // Prepare
    const readme = readFileSync(README, 'utf8');
    // Act
    const rendered = renderCostTables(readResults());
    // Assess
    expect(readmeBlock(readme)).toBe(rendered);
  });

  it('would differ from a run with one figure changed', () => {
    // Prepare
    const results = readResults();
    const alertHeavy = results.runs.find((run) => run.name === 'alert-heavy');
    if (alertHeavy) alertHeavy.messagesSent += 1;
    // Act
    const rendered = renderCostTables(results);
    // Assess
    expect(rendered).not.toBe(readmeBlock(readFileSync(README, 'utf8')));
  });

  it('come from a run of the demo bank and every mix, priced with the current price table', () => {
    // Act
    const results = readResults();
    // Assess
    expect(results.runs.map((run) => run.name)).toEqual(['demo', ...MIX_NAMES]);
    expect(results.prices).toEqual({ region: DEFAULT_PRICES.region, asOf: DEFAULT_PRICES.asOf });
  });
});
