import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Two cores on CI: keep the pool small so the e2e server that follows is not starved.
    maxWorkers: 2,
    // The schema and whole-course tests take about a second alone; a busy two-core machine can make
    // them several times slower, which is not a failure of the code under test.
    testTimeout: 30_000,
  },
});
