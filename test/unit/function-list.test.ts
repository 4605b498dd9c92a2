// docs/design.md's table of functions lists exactly the functions of functions/manifests.ts, each once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANIFESTS } from '../../functions/manifests.ts';

describe('the list of functions', () => {
  it('in docs/design.md is the manifests’ list', () => {
    // Prepare
    const design = readFileSync(new URL('../../docs/design.md', import.meta.url), 'utf8');
    // Act: the first cell of each row of the Functions table (`functions/a`, `b`, …).
    const documented = design
      .split('\n')
      .filter((line) => line.startsWith('| `functions/'))
      .flatMap((line) =>
        [...(line.split('|')[1] ?? '').matchAll(/`(?:functions\/)?([a-z-]+)`/g)].map((m) => m[1]),
      );
    // Assess
    expect(documented.sort()).toEqual(MANIFESTS.map((manifest) => manifest.name).sort());
  });
});
