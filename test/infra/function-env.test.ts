// The template gives each function exactly the environment its manifest declares (functions/<name>/
// function.ts): no variable it does not declare, apart from the platform's (manifest.ts
// PLATFORM_VARIABLES), and every one it declares, an optional one whenever the deployment has its value.
import { describe, expect, it } from 'vitest';
import { MANIFESTS } from '../../functions/manifests.ts';
import { isPlatformVariable, PLATFORM_VARIABLES } from '../../shared/adapters/lambda/manifest.ts';
import { environmentOf, PROD_VALUES, type SynthesizedHerald, synthHerald } from './support.ts';

/** Variables of `name` in the template, and those its manifest declares (required, optional). */
function variablesOf(herald: SynthesizedHerald, name: string) {
  const manifest = MANIFESTS.find((m) => m.name === name);
  if (!manifest) throw new Error(`no manifest ${name}`);
  const set = Object.keys(
    environmentOf(herald.resources('AWS::Lambda::Function')[herald.functionLogicalId(name)]),
  );
  const declared = Object.entries(manifest.env);
  return {
    set,
    required: declared.filter(([, v]) => v.source.from !== 'optionalSetting').map(([variable]) => variable),
    optional: declared.filter(([, v]) => v.source.from === 'optionalSetting').map(([variable]) => variable),
  };
}

const NAMES = MANIFESTS.map((manifest) => manifest.name);

describe.each([
  ['dev', () => synthHerald()],
  [
    'prod, without push, WhatsApp or a pseudonym key',
    () => synthHerald({ envName: 'prod', overrides: PROD_VALUES }),
  ],
  [
    'dev with a pseudonym key and a reply-to address',
    () =>
      synthHerald({
        overrides: { replyToEmail: 'replies@bank.example' },
        context: { 'herald:pseudonymKey': 'a-secret-of-the-bank' },
      }),
  ],
  [
    'dev without a brand URL (so no reply endpoint)',
    () => synthHerald({ overrides: { brand: { name: 'Bare Bank' } } }),
  ],
])('the environment of every function, %s', (_, synth) => {
  const herald = synth();

  it.each(NAMES)('%s has no variable its manifest does not declare, but the platform’s', (name) => {
    // Act
    const { set, required, optional } = variablesOf(herald, name);
    // Assess
    expect(
      set.filter(
        (variable) => ![...required, ...optional].includes(variable) && !isPlatformVariable(variable),
      ),
    ).toEqual([]);
    expect(PLATFORM_VARIABLES.filter((variable) => !set.includes(variable))).toEqual([]);
  });

  it.each(NAMES)('%s has every variable its manifest requires', (name) => {
    // Act
    const { set, required } = variablesOf(herald, name);
    // Assess
    expect(required.filter((variable) => !set.includes(variable))).toEqual([]);
  });
});

describe('optional variables', () => {
  it('are all set when the deployment has every value: a pseudonym key, a reply-to address, a brand URL', () => {
    // Prepare
    const herald = synthHerald({
      overrides: { replyToEmail: 'replies@bank.example' },
      context: { 'herald:pseudonymKey': 'a-secret-of-the-bank' },
    });
    // Act
    const unset = NAMES.flatMap((name) => {
      const { set, optional } = variablesOf(herald, name);
      return optional.filter((variable) => !set.includes(variable)).map((variable) => `${name} ${variable}`);
    });
    // Assess
    expect(unset).toEqual([]);
  });

  it('are left unset when the deployment has not the value (no pseudonym key, no reply-to address in dev)', () => {
    // Act
    const { set } = variablesOf(synthHerald(), 'erasure');
    // Assess
    expect(set).not.toContain('PSEUDONYM_KEY');
    expect(variablesOf(synthHerald(), 'send-email').set).not.toContain('REPLY_TO_EMAIL');
  });
});
