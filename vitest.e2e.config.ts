import { defineConfig } from 'vitest/config';

// End-to-end tests drive one real Chromium at a time: the machine has two cores and a
// managed-policy file would apply to every browser running at once.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
});
