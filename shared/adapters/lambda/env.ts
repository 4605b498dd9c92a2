// A function reads its environment only through its manifest (manifest.ts `loadEnv`); what is left here
// derives from the values it read.
import { DEVELOPMENT_PSEUDONYM_KEY } from '../../domain/erasure.ts';

export const systemNow = (): Date => new Date();

/**
 * The deployment's pseudonym key (`PSEUDONYM_KEY`, set at synth from `HERALD_PSEUDONYM_KEY`); without one,
 * the development key, which makes pseudonyms plain domain-separated hashes.
 */
export function pseudonymKeyOf(env: { readonly PSEUDONYM_KEY?: string | undefined }): string {
  return env.PSEUDONYM_KEY || DEVELOPMENT_PSEUDONYM_KEY;
}
