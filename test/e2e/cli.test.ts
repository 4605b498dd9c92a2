// The `herald` command as a user runs it: `node local/bin/herald.mjs …`, judged by its exit code and by
// what it writes on stdout and on stderr.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

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
