// The `herald` command as a user runs it: `node local/bin/herald.mjs …`, judged by its exit code and by
// what it writes on stdout and on stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
/** Seven lines: six taken, the one of event e-6 rejected by the contract (a balance as a number). */
const LOW_BALANCE = 'test/e2e/fixtures/low-balance.jsonl';

const dir = mkdtempSync(join(tmpdir(), 'herald-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function eventsFile(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
/** The summary line of `herald replay` on stderr. */
const summaryLine = (stderr: string) => stderr.split('\n').find((l) => /^herald replay: \d+ lines:/.test(l));

function herald(...args: string[]) {
  const run = spawnSync(process.execPath, ['local/bin/herald.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('herald --version and help', () => {
  it('--version prints the version of package.json on stdout and exits 0', () => {
    // Prepare
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

    // Act
    const run = herald('--version');

    // Assess
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.stderr).toBe('');
  });

  it.each([['help'], ['--help'], ['-h']])('%s prints the usage on stdout and exits 0', (arg) => {
    // Act
    const run = herald(arg);

    // Assess
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage:\n/);
    expect(run.stdout).toContain('herald replay FILE.jsonl');
    expect(run.stderr).toBe('');
  });

  it('an unknown command prints the usage on stderr and exits 2', () => {
    // Act
    const run = herald('frobnicate');

    // Assess
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown command frobnicate');
    expect(run.stderr).toContain('usage:');
  });
});

describe('herald replay exit codes', () => {
  it('exits 1 when no line was accepted: every line rejected or not JSON', () => {
    // Prepare
    const file = eventsFile('all-rejected.jsonl', [
      'not json',
      '{"Source":"bank.core"}',
      '{"Source":"bank.core","DetailType":"Balance.Changed","Detail":{"eventId":"e-1"},"Time":"2026-03-03T10:00:00Z"}',
    ]);

    // Act
    const run = herald('replay', file);

    // Assess
    expect(run.status).toBe(1);
    expect(summaryLine(run.stderr)).toMatch(/^herald replay: 3 lines: 0 accepted, 3 rejected; /);
    expect(run.stderr).toContain('no line was accepted');
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).kind),
    ).toEqual(['rejected', 'rejected', 'rejected']);
  });

  it('exits 0 when some lines were accepted and others rejected, and says how many of each', () => {
    // Act
    const run = herald('replay', LOW_BALANCE);

    // Assess
    expect(run.status).toBe(0);
    expect(summaryLine(run.stderr)).toMatch(/^herald replay: 7 lines: 6 accepted, 1 rejected; /);
  });

  it('--strict exits 1 when any line was rejected, and still prints every record', () => {
    // Act
    const plain = herald('replay', LOW_BALANCE);
    const strict = herald('replay', LOW_BALANCE, '--strict');

    // Assess
    expect(strict.status).toBe(1);
    expect(summaryLine(strict.stderr)).toMatch(/^herald replay: 7 lines: 6 accepted, 1 rejected; /);
    expect(strict.stdout).toBe(plain.stdout);
  });

  it('--strict exits 0 when every line was accepted', () => {
    // Prepare: the fixture without its rejected line.
    const lines = readFileSync(join(ROOT, LOW_BALANCE), 'utf8')
      .trim()
      .split('\n')
      .filter((line) => !line.includes('"e-6"'));
    const file = eventsFile('all-accepted.jsonl', lines);

    // Act
    const run = herald('replay', file, '--strict');

    // Assess
    expect(run.status, run.stderr).toBe(0);
    expect(summaryLine(run.stderr)).toMatch(/^herald replay: 6 lines: 6 accepted, 0 rejected; /);
  });
});

describe('herald replay: a Time it does not take', () => {
  it('rejects "04/05/2026" and "2026-02-30T10:00:00Z" with the reason, not as unknown customers', () => {
    // Prepare
    const balance = (time: string) =>
      JSON.stringify({ Source: 'bank.core', DetailType: 'Balance.Changed', Time: time, Detail: {} });
    const file = eventsFile('bad-times.jsonl', [balance('04/05/2026'), balance('2026-02-30T10:00:00Z')]);

    // Act
    const run = herald('replay', file);

    // Assess
    expect(run.status).toBe(1);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).reason),
    ).toEqual([
      'line 1: Time is not an ISO-8601 date-time with offset',
      'line 2: Time: no such calendar date',
    ]);
    expect(summaryLine(run.stderr)).toMatch(/^herald replay: 2 lines: 0 accepted, 2 rejected; /);
  });
});

describe('herald report', () => {
  it('exits 1 and writes no report for a file that is not a delivery log (the README quotes two records)', () => {
    // Prepare
    const out = join(dir, 'report-out');
    // Act
    const run = herald('report', 'README.md', '--out', out);
    // Assess
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/README\.md is not a delivery log: 2 records, \d+ malformed lines/);
    expect(() => readFileSync(join(out, 'report.html'))).toThrow();
  });
});

describe('herald replay: routine lines', () => {
  it('says nothing about Herald’s own outbound events having no Herald rule', () => {
    // Prepare: an erasure emits Customer.Erased, which only the bank consumes
    const file = eventsFile('erasure.jsonl', [
      JSON.stringify({
        Source: 'bank.core',
        DetailType: 'Customer.ErasureRequested',
        Time: '2026-03-03T10:00:00Z',
        Detail: { eventId: 'er-1', occurredAt: '2026-03-03T10:00:00Z', customerId: 'c-1' },
      }),
    ]);
    // Act
    const run = herald('replay', file);
    // Assess
    expect(run.stdout).toContain('"detailType":"Customer.Erased"');
    expect(run.stderr).not.toMatch(/no rule matches/);
  });
});
