import { DEVELOPMENT_PSEUDONYM_KEY } from '../../domain/erasure.ts';

/** Reads a required environment variable set by the function's CDK construct. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}

export const systemNow = (): Date => new Date();

/**
 * The deployment's pseudonym key (`PSEUDONYM_KEY`, set at synth from `HERALD_PSEUDONYM_KEY`); without one,
 * the development key, which makes pseudonyms plain domain-separated hashes.
 */
export function pseudonymKeyFromEnv(): string {
  return process.env.PSEUDONYM_KEY || DEVELOPMENT_PSEUDONYM_KEY;
}
