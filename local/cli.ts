// The `herald` command: `herald replay FILE.jsonl [--out DIR] [--fault NAME=VALUE ...] [--seed N]
// [--strict] [--quiet | --verbose]`, `herald demo [--out DIR]`, `herald report DELIVERY_LOG.jsonl [--out DIR]`,
// `herald redrive` (AWS), `herald help` and `herald --version`. Asked-for output (help, version) goes to stdout
// with exit code 0; a usage error prints the usage on stderr with exit code 2.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { jsonText } from '../shared/domain/json-text.ts';
import { costOf, formatCost } from './cost/meter.ts';
import { DEFAULT_PRICES, type DeepPartial, type PriceTable, withPrices } from './cost/prices.ts';
import { runDemo } from './demo.ts';
import { DEV_USAGE, devCommand } from './dev/command.ts';
import { FAULT_USAGE, FaultError, type Faults, parseFaults } from './faults.ts';
import { quietAwsSdkNodeWarning } from './node-support.ts';
import { notableLine } from './operational-log.ts';
import { OUTBOX_INDEX_PAGE, OutboxError } from './outbox.ts';
import { REDRIVE_USAGE, redriveCommand } from './redrive.ts';
import { type ReplaySummary, readReplayFile, replay } from './replay.ts';
import { reportCommand } from './report.ts';

const USAGE = `usage:
  herald replay FILE.jsonl [--out DIR] [--fault NAME=VALUE ...] [--seed N] [--strict] [--quiet | --verbose]
                [--cost [--prices FILE.json]]
                                         run EventBridge entries through the local stack; records on stdout;
                                         exit code 1 when no line was accepted (--strict: when any was rejected)
      --out DIR                          write each message, index.jsonl, index.html and functions.log (the
                                         functions' log) to DIR; a previous outbox there is emptied first, any
                                         other directory must be new or empty
      --quiet                            stderr: the summary only
      --verbose                          stderr: every line the functions log (default: warnings and errors)
      --cost                             stderr: the requests per service and what they cost, per million
                                         bank events and per million messages sent (local/cost/prices.ts)
      --prices FILE.json                 with --cost: a price table of your own (any field left out keeps
                                         the default table's value)
  herald demo [--out DIR]                play the demo bank and print a summary (outbox: .herald/outbox)
  ${DEV_USAGE}
  herald report LOG.jsonl [--out DIR]    the saved queries over a delivery log: DIR/report.html (default .herald)
  ${REDRIVE_USAGE}
  herald help | --help | -h              this text
  herald --version | -V                  the version of Herald

replay faults (--fault, repeatable; the same file, faults and seed print the same records):
${FAULT_USAGE.map((line) => `  ${line}`).join('\n')}`;

/** The function log `--out DIR` gets beside the messages. */
const FUNCTION_LOG = 'functions.log';

async function main(argv: string[]): Promise<number> {
  quietAwsSdkNodeWarning();
  // redrive talks to AWS and has options of its own.
  if (argv[0] === 'redrive')
    return redriveCommand(argv.slice(1), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
    });
  // dev runs until stopped and has options of its own.
  if (argv[0] === 'dev')
    return devCommand(argv.slice(1), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
    });
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    process.stderr.write(`herald: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { positionals, values } = parsed;
  const [command, file] = positionals;
  if (values.version) {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (
    command !== 'replay' &&
    (values.fault ||
      values.seed !== undefined ||
      values.strict ||
      values.quiet ||
      values.verbose ||
      values.cost ||
      values.prices)
  ) {
    process.stderr.write(
      `herald ${command}: --fault, --seed, --strict, --quiet, --verbose, --cost and --prices are options of herald replay\n${USAGE}\n`,
    );
    return 2;
  }
  if (command === 'replay') {
    if (!file) {
      process.stderr.write(`herald replay: a FILE.jsonl is required\n${USAGE}\n`);
      return 2;
    }
    if (values.quiet && values.verbose) {
      process.stderr.write(`herald replay: --quiet and --verbose exclude each other\n${USAGE}\n`);
      return 2;
    }
    let faults: Faults;
    try {
      faults = parseFaults(values.fault ?? [], values.seed);
    } catch (error) {
      if (!(error instanceof FaultError)) throw error;
      process.stderr.write(`herald replay: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (values.prices && !values.cost) {
      process.stderr.write(`herald replay: --prices goes with --cost\n${USAGE}\n`);
      return 2;
    }
    let prices: PriceTable = DEFAULT_PRICES;
    if (values.prices) {
      try {
        prices = withPrices(JSON.parse(readFileSync(values.prices, 'utf8')) as DeepPartial<PriceTable>);
      } catch (error) {
        process.stderr.write(
          `herald replay: cannot read --prices ${values.prices}: ${(error as Error).message}\n`,
        );
        return 2;
      }
    }
    let text: string;
    try {
      text = readReplayFile(file);
    } catch (error) {
      process.stderr.write(`herald replay: cannot read ${file}: ${(error as Error).message}\n`);
      return 2;
    }
    const write = process.stdout.write.bind(process.stdout);
    let summary: ReplaySummary = { lines: 0, accepted: 0, rejected: 0 };
    // The operational log: every line to DIR/functions.log with --out; on stderr every line with --verbose,
    // none with --quiet, else warnings, errors and the local stack's own lines (local/operational-log.ts).
    const functionLog = values.out ? join(values.out, FUNCTION_LOG) : undefined;
    const operationalLog = (line: string) => {
      if (functionLog) appendFileSync(functionLog, `${line}\n`);
      const shown = values.quiet ? undefined : values.verbose ? line : notableLine(line);
      if (shown !== undefined) process.stderr.write(`${shown}\n`);
    };
    let herald: Awaited<ReturnType<typeof replay>>;
    try {
      herald = await replay(text, {
        ...(values.out ? { outDir: values.out } : {}),
        faults,
        operationalLog,
        stream: true,
        onRecord: (record) => write(`${jsonText(record)}\n`),
        onSummary: (s) => {
          summary = s;
        },
      });
    } catch (error) {
      if (!(error instanceof OutboxError)) throw error;
      process.stderr.write(`herald replay: ${error.message}\n`);
      return 2;
    }
    const written = values.out
      ? ` in ${values.out} (${join(values.out, OUTBOX_INDEX_PAGE)}); function log ${functionLog}`
      : '';
    if (values.cost) {
      const usage = herald.meter.usage();
      process.stderr.write(formatCost(usage, costOf(usage, prices)));
    }
    process.stderr.write(
      `herald replay: ${summary.lines} lines: ${summary.accepted} accepted, ${summary.rejected} rejected; ${herald.recordCount} records, ${herald.messageCount} messages${written}\n`,
    );
    // Exit code 1: no line was accepted or, with --strict, any line was rejected.
    if (summary.accepted === 0) {
      process.stderr.write('herald replay: no line was accepted\n');
      return 1;
    }
    if (values.strict && summary.rejected > 0) {
      process.stderr.write(`herald replay --strict: ${summary.rejected} rejected\n`);
      return 1;
    }
    return 0;
  }
  if (command === 'demo') {
    try {
      await runDemo({ outDir: values.out ?? '.herald/outbox', write: (s) => process.stdout.write(s) });
    } catch (error) {
      if (!(error instanceof OutboxError)) throw error;
      process.stderr.write(`herald demo: ${error.message}\n`);
      return 2;
    }
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

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      fault: { type: 'string', multiple: true },
      seed: { type: 'string' },
      strict: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean' },
      cost: { type: 'boolean' },
      prices: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  });
}

/** The version of Herald: package.json's `version`, the one place it is written. */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
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
