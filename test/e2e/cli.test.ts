// The `herald` command as a user runs it: `node local/bin/herald.mjs …`, judged by its exit code and by
// what it writes on stdout and on stderr.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_MARKER } from '../../local/outbox.ts';
// The catalogue of notification types: the one place this test learns which types Herald has.
import { messageTypes } from '../../shared/notifications/catalogue.ts';

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

/**
 * Runs `herald` as a user's shell would: without the switch that turns off the AWS SDK's Node.js version
 * warning (the test runner sets it for its own processes), so that the command has to set it itself.
 */
function herald(...args: string[]) {
  const { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: _, ...env } = process.env;
  const run = spawnSync(process.execPath, ['local/bin/herald.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const stderrLines = (stderr: string) => stderr.split('\n').filter((line) => line !== '');
const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

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
        .map((l) => JSON.parse(l))
        .map((r) => [r.reason, r.source, r.detailType]),
    ).toEqual([
      ['line 1: Time is not an ISO-8601 date-time with offset', 'bank.core', 'Balance.Changed'],
      ['line 2: Time: no such calendar date', 'bank.core', 'Balance.Changed'],
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

describe('the starter file examples/first-events.jsonl, replayed as the README says', () => {
  const out = join(dir, 'starter-outbox');
  let run: ReturnType<typeof herald>;
  beforeAll(() => {
    run = herald('replay', 'examples/first-events.jsonl', '--out', out);
  });

  it('sends a message of every notification type Herald has, and every line is accepted', () => {
    // Assess
    expect(run.status, run.stderr).toBe(0);
    const sentTypes = new Set(
      jsonLines(run.stdout)
        .filter((r) => r.kind === 'delivery' && r.status === 'sent')
        .map((r) => r.type),
    );
    expect([...sentTypes].sort()).toEqual(Object.keys(messageTypes).sort());
    expect(summaryLine(run.stderr)).toMatch(/^herald replay: (\d+) lines: \1 accepted, 0 rejected; /);
  });

  it('writes nothing but the summary on stderr: no function log line, no warning, no Node.js version warning', () => {
    // Assess
    expect(stderrLines(run.stderr)).toEqual([summaryLine(run.stderr)]);
    expect(run.stderr).not.toMatch(/NodeVersionSupportWarning|warn/i);
  });

  it('indexes every message it sent (customer, type, channel, time, file), each file named by what it is', () => {
    // Prepare
    const sent = jsonLines(run.stdout).filter((r) => r.kind === 'delivery' && r.status === 'sent');
    // Act
    const index = jsonLines(readFileSync(join(out, 'index.jsonl'), 'utf8'));
    // Assess
    const row = (r: Record<string, unknown>) => `${r.time} ${r.customerId} ${r.type} ${r.channel}`;
    expect(index.map(row).sort()).toEqual(sent.map(row).sort());
    for (const entry of index) {
      const compactTime = String(entry.time)
        .replace(/\.\d{3}Z$/, 'Z')
        .replace(/[-:]/g, '');
      const base = `${compactTime}-${entry.customerId}-${entry.type}-${entry.channel}`;
      expect(entry.file).toMatch(new RegExp(`^${base.replaceAll('.', '\\.')}(-\\d+)?\\.(eml|json)$`));
      expect(existsSync(join(out, String(entry.file))), String(entry.file)).toBe(true);
      if (entry.channel === 'email') expect(existsSync(join(out, String(entry.html)))).toBe(true);
    }
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(`${index.length} messages`);
  });

  it('keeps the functions’ log in DIR/functions.log', () => {
    // Act
    const log = readFileSync(join(out, 'functions.log'), 'utf8');
    // Assess
    expect(log).toMatch(/^\{"level":"INFO","message":"message processed"/m);
  });
});

describe('herald replay --out DIR', () => {
  /** The first line of the low-balance fixture: a customer profile, which sends nothing. */
  const oneLine = () =>
    eventsFile('one-line.jsonl', [readFileSync(join(ROOT, LOW_BALANCE), 'utf8').split('\n')[0] ?? '']);

  it('refuses a directory with something in it that is not a Herald outbox, names why, and deletes nothing', () => {
    // Prepare
    const mine = join(dir, 'my-documents');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'mine\n');
    // Act
    const run = herald('replay', oneLine(), '--out', mine);
    // Assess
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `--out ${mine}: the directory is not empty and is not an outbox Herald wrote`,
    );
    expect(run.stderr).toContain(OUTBOX_MARKER);
    expect(readdirSync(mine)).toEqual(['notes.txt']);
  });

  it('empties a previous outbox (it has the marker) before the run, and keeps its subdirectories', () => {
    // Prepare: an outbox of an earlier run, with one of its messages
    const previous = join(dir, 'previous-outbox');
    mkdirSync(join(previous, 'kept'), { recursive: true });
    writeFileSync(join(previous, OUTBOX_MARKER), '');
    writeFileSync(join(previous, '20260101T000000Z-c-9-balance.low-sms.json'), '{}\n');
    // Act
    const run = herald('replay', oneLine(), '--out', previous);
    // Assess
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(previous).sort()).toEqual([
      OUTBOX_MARKER,
      'functions.log',
      'index.html',
      'index.jsonl',
      'kept',
    ]);
    expect(readFileSync(join(previous, 'index.jsonl'), 'utf8')).toBe('');
  });

  it('creates a missing directory and marks it as an outbox', () => {
    // Prepare
    const fresh = join(dir, 'new', 'outbox');
    // Act
    const run = herald('replay', oneLine(), '--out', fresh);
    // Assess
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(fresh, OUTBOX_MARKER))).toBe(true);
  });
});

describe('herald replay: what stderr shows', () => {
  /** A send whose answer is lost: the sender function fails once (local stack line), then succeeds. */
  const FAULT = ['--fault', 'timeout-after-send=email:1'];

  it('by default: the warnings and errors, never the routine function log', () => {
    // Act
    const run = herald('replay', LOW_BALANCE, ...FAULT);
    // Assess
    expect(stderrLines(run.stderr)).toEqual([
      "send-email failed: Sandbox.Timedout: Task timed out: the email provider's answer never came",
      summaryLine(run.stderr),
    ]);
  });

  it('--quiet: the summary alone', () => {
    // Act
    const run = herald('replay', LOW_BALANCE, ...FAULT, '--quiet');
    // Assess
    expect(run.status).toBe(0);
    expect(stderrLines(run.stderr)).toEqual([summaryLine(run.stderr)]);
  });

  it('--verbose: every line the functions log, as they log it', () => {
    // Act
    const run = herald('replay', LOW_BALANCE, '--verbose');
    // Assess
    const functionLines = stderrLines(run.stderr).filter((line) => line.startsWith('{'));
    expect(functionLines.map((line) => JSON.parse(line).message)).toContain('message processed');
    expect(functionLines.every((line) => JSON.parse(line).level === 'INFO')).toBe(true);
  });

  it('--quiet with --verbose is a usage error', () => {
    // Act
    const run = herald('replay', LOW_BALANCE, '--quiet', '--verbose');
    // Assess
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--quiet and --verbose exclude each other');
  });
});
