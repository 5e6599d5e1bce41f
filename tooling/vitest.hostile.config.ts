// `npm run test:hostile`: the slow cases of the hostile-input corpus (src/hostile/*.hostile.ts) and
// the standalone page's, apart from `npm test` so that the everyday run stays quick.
import { defineConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    include: ['src/hostile/**/*.hostile.ts'],
    // One file at a time: each already runs its cases two processes at a time.
    fileParallelism: false,
  },
});
