import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // .ci/run asks for a JSON report beside the usual output, to print its closing count.
    reporters: process.env.BRIEF_VITEST_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.BRIEF_VITEST_REPORT ? { json: process.env.BRIEF_VITEST_REPORT } : undefined,
  },
});
