// `herald dev [--port 4000] [--speed N] [--demo] [--verbose]`: starts the live local stack (local/dev/server.ts) and
// keeps it running until Ctrl-C or SIGTERM, then stops everything it started (its endpoints, dynalite, the
// state machines' endpoint) before it exits.
import { parseArgs } from 'node:util';
import { demoEntries } from '../demo.ts';
import { PortInUseError, startDev } from './server.ts';

/** `--demo`: the demo bank's customers and their first day of events (every channel gets a message). */
const DEMO_DAYS = 1;

export const DEV_USAGE =
  "herald dev [--port 4000] [--speed N] [--demo] [--verbose]   the local stack live: EventBridge endpoint and inbox page on http://127.0.0.1:PORT (--demo: with the demo bank's customers and first day)";

export const DEFAULT_DEV_PORT = 4000;

export interface DevIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Resolves when the process is asked to stop (Ctrl-C, SIGTERM). */
  stopped?: Promise<string>;
}

/** The first of SIGINT and SIGTERM; both handlers are removed once it came. */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(signal);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}

/** Returns the exit code: 0 stopped on request, 1 could not start, 2 a usage error. */
export async function devCommand(args: string[], io: DevIo): Promise<number> {
  let values: { port?: string; speed?: string; demo?: boolean; verbose?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        speed: { type: 'string' },
        demo: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
    }));
  } catch (error) {
    io.stderr(`herald dev: ${(error as Error).message}\nusage: ${DEV_USAGE}\n`);
    return 2;
  }
  const port = values.port === undefined ? DEFAULT_DEV_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    io.stderr(`herald dev: --port must be a port number (0 to 65535)\nusage: ${DEV_USAGE}\n`);
    return 2;
  }
  const speed = values.speed === undefined ? 1 : Number(values.speed);
  if (!Number.isFinite(speed) || speed <= 0) {
    io.stderr(`herald dev: --speed must be a positive number (1 is real time)\nusage: ${DEV_USAGE}\n`);
    return 2;
  }
  // Listen for the signals before starting: one that comes during the start stops it once started.
  const stopped = io.stopped ?? untilSignal();
  io.stderr('herald dev: starting the local stack…\n');
  let dev: Awaited<ReturnType<typeof startDev>>;
  try {
    dev = await startDev({
      port,
      speed,
      ...(values.demo ? { seed: demoEntries(DEMO_DAYS) } : {}),
      ...(values.verbose ? { log: (line: string) => io.stderr(`${line}\n`) } : {}),
    });
  } catch (error) {
    if (!(error instanceof PortInUseError)) throw error;
    io.stderr(`herald dev: ${error.message}\n`);
    return 1;
  }
  io.stdout(
    `herald dev: listening on ${dev.url}\n` +
      `  page:                 ${dev.url}/\n` +
      `  EventBridge endpoint: ${dev.url} (PutEvents; any credentials)\n` +
      `  clock:                ${speed === 1 ? 'real time' : `${speed}× real time`}\n` +
      'Ctrl-C to stop.\n',
  );
  const signal = await stopped;
  io.stderr(`herald dev: ${signal}: stopping…\n`);
  await dev.close();
  io.stderr('herald dev: stopped\n');
  return 0;
}
