import type * as v from 'valibot';
import { parseInternalJson } from '../../contract/internal/parse.ts';
import { DEVELOPMENT_PSEUDONYM_KEY } from '../../domain/erasure.ts';

/** Reads a required environment variable set by the function's CDK construct. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}

/**
 * A required environment variable holding JSON, read with its schema (shared/contract/internal/settings.ts)
 * and, when given, checked by `problems` (each naming a field): anything else fails the function's cold
 * start, naming the variable (`environment variable PAYMENT_DUE_SETTINGS.localTime: …`).
 */
export function jsonEnv<T>(
  name: string,
  schema: v.GenericSchema<unknown, T>,
  problems?: (value: T) => string[],
  env: NodeJS.ProcessEnv = process.env,
): T {
  const variable = `environment variable ${name}`;
  const parsed = parseInternalJson(schema, env[name] || undefined, variable);
  if (!parsed.ok) throw new Error(env[name] ? parsed.reason : `${variable} is not set`);
  const found = problems?.(parsed.value) ?? [];
  if (found.length > 0) throw new Error(`${variable}: ${found.join('; ')}`);
  return parsed.value;
}

export const systemNow = (): Date => new Date();

/**
 * The deployment's pseudonym key (`PSEUDONYM_KEY`, set at synth from `HERALD_PSEUDONYM_KEY`); without one,
 * the development key, which makes pseudonyms plain domain-separated hashes.
 */
export function pseudonymKeyFromEnv(): string {
  return process.env.PSEUDONYM_KEY || DEVELOPMENT_PSEUDONYM_KEY;
}
