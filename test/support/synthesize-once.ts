// Vitest global setup: the CDK app is synthesized once per test run, and every test file's local stack
// reads those templates (local/app-model.ts) instead of synthesizing them again.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeTemplates } from '../../local/app-model.ts';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'herald-synthesized-'));
  writeFileSync(join(dir, 'dev.json'), JSON.stringify(synthesizeTemplates('dev')));
  process.env.HERALD_SYNTHESIZED_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
