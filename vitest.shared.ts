// Shared vitest settings: tests run on TypeScript sources through the "source" export condition,
// so `npm test` never depends on a stale build of a sibling package.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'default'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Timeouts catch a hang, not slowness: on a loaded two-core CI machine writing a 2,000-row
    // workbook in a beforeAll took longer than vitest's 10 s default for hooks.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'threads',
  },
});
