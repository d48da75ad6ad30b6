import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Two cores on CI: keep the pool small so the e2e server that follows is not starved.
    maxWorkers: 2,
  },
});
