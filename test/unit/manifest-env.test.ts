// loadEnv reads a function's environment through its manifest: only the declared names, each with its
// schema, typed; a missing or malformed variable stops the cold start naming it. `npx tsc` checks the
// `@ts-expect-error` lines: each fails the build when the line it marks compiles.
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  defineFunction,
  envSchemas,
  envVar,
  from,
  jsonSchema,
  loadEnv,
  optionalEnvVar,
} from '../../shared/adapters/lambda/manifest.ts';

const manifest = defineFunction({
  name: 'example',
  description: 'An example',
  triggers: [],
  grants: {},
  env: {
    TABLE_NAME: envVar(from.tableName, envSchemas.text),
    ATTRIBUTION_WINDOW_DAYS: envVar(from.setting('attributionWindowDays'), envSchemas.wholeNumber),
    ALLOWED_SOURCES: envVar(
      from.setting('allowedSources'),
      jsonSchema(v.array(v.string('expected a string'))),
    ),
    BRAND_URL: optionalEnvVar(from.optionalSetting('brandUrl'), envSchemas.text),
  },
});
const complete = {
  TABLE_NAME: 'herald-dev',
  ATTRIBUTION_WINDOW_DAYS: '7',
  ALLOWED_SOURCES: '["bank.core"]',
  BRAND_URL: 'https://bank.example',
};

describe('loadEnv', () => {
  it('returns each declared variable read with its schema, typed', () => {
    // Act
    const env = loadEnv(manifest, complete);
    // Assess
    expect(env).toEqual({
      TABLE_NAME: 'herald-dev',
      ATTRIBUTION_WINDOW_DAYS: 7,
      ALLOWED_SOURCES: ['bank.core'],
      BRAND_URL: 'https://bank.example',
    });
    expectTypeOf(env.ATTRIBUTION_WINDOW_DAYS).toEqualTypeOf<number>();
    expectTypeOf(env.BRAND_URL).toEqualTypeOf<string | undefined>();
    // @ts-expect-error a name the manifest does not declare is not in the typed environment
    expect(env.EVENT_BUS_NAME).toBeUndefined();
  });

  it('reads the declared names and no other', () => {
    // Prepare: an environment that records what is read.
    const read: string[] = [];
    const recording = new Proxy({ ...complete, EVENT_BUS_NAME: 'herald-dev' } as Record<string, string>, {
      get: (target, name: string) => {
        read.push(name);
        return target[name];
      },
    });
    // Act
    loadEnv(manifest, recording);
    // Assess
    expect(read).toEqual(Object.keys(manifest.env));
  });

  it('leaves an optional variable the deployment has not set undefined', () => {
    // Act
    const env = loadEnv(manifest, { ...complete, BRAND_URL: undefined });
    // Assess
    expect(env.BRAND_URL).toBeUndefined();
  });

  it.each([
    [{ TABLE_NAME: undefined }, 'environment variable TABLE_NAME is not set'],
    [{ TABLE_NAME: '' }, 'environment variable TABLE_NAME is not set'],
    [
      { ATTRIBUTION_WINDOW_DAYS: 'a week' },
      'environment variable ATTRIBUTION_WINDOW_DAYS: expected a whole number',
    ],
    [{ ALLOWED_SOURCES: '["bank.core"' }, 'environment variable ALLOWED_SOURCES: not valid JSON'],
    [{ ALLOWED_SOURCES: '[7]' }, 'environment variable ALLOWED_SOURCES[0]: expected a string'],
  ])('stops the cold start on %o, naming the variable', (change, message) => {
    // Act
    const read = () => loadEnv(manifest, { ...complete, ...change });
    // Assess
    expect(read).toThrow(new Error(message));
  });
});

describe('a manifest’s sources', () => {
  it('name only what infra provides, and an optional value only as an optional variable', () => {
    // @ts-expect-error a setting infra/function-settings.ts has no entry for
    const unknownSetting = from.setting('brandColour');
    // @ts-expect-error a queue the stateful stack does not have
    const unknownQueue = from.queueUrl('faxQueue');
    // @ts-expect-error an optional value cannot back a required variable
    const requiredFromOptional = envVar(from.optionalSetting('brandUrl'), envSchemas.text);
    expect([unknownSetting.setting, unknownQueue.queue, requiredFromOptional.source.from]).toEqual([
      'brandColour',
      'faxQueue',
      'optionalSetting',
    ]);
  });
});
