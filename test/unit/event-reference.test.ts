import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '#contract/export-json-schemas.ts';
import { DEFAULT_OUT_FILE, EXAMPLE_BANK_SOURCE, renderEventReference } from '#contract/export-reference.ts';
import { bankEvents, heraldEvents } from '#contract/registry.ts';
import { DEFAULT_ALLOWED_SOURCES } from '../../infra/config.ts';

describe('docs/event-reference.md', () => {
  it('is what npm run contract-docs generates from the contract (run it after a schema change)', async () => {
    // Prepare
    const committed = await readFile(DEFAULT_OUT_FILE, 'utf8');

    // Act
    const generated = renderEventReference();

    // Assess
    expect(committed).toBe(generated);
  });

  it('has a section and an example line for every DetailType in and out', () => {
    // Prepare
    const detailTypes = [...Object.keys(bankEvents), ...Object.keys(heraldEvents)];

    // Act
    const page = renderEventReference();

    // Assess
    for (const detailType of detailTypes) {
      expect(page, detailType).toContain(`\n### ${detailType}\n`);
      expect(page, detailType).toContain(`"DetailType":"${detailType}"`);
    }
  });

  it('lists each field of a schema with whether it is required', () => {
    // Prepare
    const schema = jsonSchemaOf(bankEvents['Balance.Changed'], 'bank');
    const required = new Set(schema.required ?? []);
    const fields = Object.keys(schema.properties ?? {}).filter((name) => name !== 'v' && name !== 'version');

    // Act
    const page = renderEventReference();
    const section = page.slice(page.indexOf('### Balance.Changed'), page.indexOf('### Fraud.Suspected'));

    // Assess
    expect(fields).toContain('creditLimit');
    for (const field of fields) {
      expect(section, field).toContain(`| \`${field}\` | ${required.has(field) ? 'yes' : 'no'} |`);
    }
  });

  it('gives bank examples a Source the default deployment admits', () => {
    // Prepare, Act
    const admitted = DEFAULT_ALLOWED_SOURCES;

    // Assess
    expect(admitted).toContain(EXAMPLE_BANK_SOURCE);
  });
});
