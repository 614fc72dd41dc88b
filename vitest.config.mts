import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // type-graphql require()s graphql's CommonJS build; make ESM imports load the same copy.
      { find: /^graphql$/, replacement: here('node_modules/graphql/index.js') },
      // Tests run the server from source, never from a stale dist/.
      { find: /^@headroom\/server$/, replacement: here('server/src/index.ts') },
    ],
  },
  test: {
    include: [
      'server/src/**/*.test.ts',
      'workers/src/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/e2e/**/*.test.ts',
      'console/src/**/*.test.ts',
    ],
    setupFiles: ['test/support/setup.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
