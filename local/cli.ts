// The `herald` command: `herald replay FILE.jsonl [--out DIR]`, `herald demo [--out DIR]` and
// `herald report DELIVERY_LOG.jsonl [--out DIR]`.
import { parseArgs } from 'node:util';
import { runDemo } from './demo.ts';
import { readReplayFile, replay } from './replay.ts';
import { reportCommand } from './report.ts';

const USAGE = `usage:
  herald replay FILE.jsonl [--out DIR]   run EventBridge entries through the local stack; records on stdout
  herald demo [--out DIR]                play the demo bank and print a summary
  herald report LOG.jsonl [--out DIR]    the saved queries over a delivery log: DIR/report.html (default .herald)`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, file] = positionals;
  if (values.help || !command) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (command === 'replay') {
    if (!file) {
      process.stderr.write(`herald replay: a FILE.jsonl is required\n${USAGE}\n`);
      return 2;
    }
    let text: string;
    try {
      text = readReplayFile(file);
    } catch (error) {
      process.stderr.write(`herald replay: cannot read ${file}: ${(error as Error).message}\n`);
      return 2;
    }
    const write = process.stdout.write.bind(process.stdout);
    const herald = await replay(text, {
      ...(values.out ? { outDir: values.out } : {}),
      onRecord: (record) => write(`${JSON.stringify(record)}\n`),
    });
    process.stderr.write(
      `herald replay: ${herald.records.length} records, ${herald.outbox.length} messages${values.out ? ` written under ${values.out}` : ''}\n`,
    );
    return 0;
  }
  if (command === 'demo') {
    await runDemo({ outDir: values.out ?? '.herald/outbox', write: (s) => process.stdout.write(s) });
    return 0;
  }
  if (command === 'report') {
    if (!file) {
      process.stderr.write(
        `herald report: a delivery log (JSON lines, or - for stdin) is required\n${USAGE}\n`,
      );
      return 2;
    }
    return reportCommand(file, values.out ?? '.herald', {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
    });
  }
  process.stderr.write(`herald: unknown command ${command}\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `herald: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
