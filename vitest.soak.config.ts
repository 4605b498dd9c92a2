import { defineConfig } from 'vitest/config';
import { quietAwsSdkNodeWarning } from './local/node-support.ts';

// The test processes inherit this environment.
quietAwsSdkNodeWarning();

// `npm run test:soak`: the bank day at scale (test/soak/), kept out of `npm test` (whose config includes
// only *.test.ts files).
export default defineConfig({
  test: {
    include: ['test/soak/**/*.soak.ts'],
    testTimeout: 60_000,
    hookTimeout: 60 * 60_000,
    pool: 'forks',
    globalSetup: ['test/support/synthesize-once.ts'],
  },
});
