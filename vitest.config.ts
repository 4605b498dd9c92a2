import { defineConfig } from 'vitest/config';
import { quietAwsSdkNodeWarning } from './local/node-support.ts';

// The test processes (and the `herald` commands they start) inherit this environment.
quietAwsSdkNodeWarning();

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/support/synthesize-once.ts'],
  },
});
