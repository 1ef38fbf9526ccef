import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The message catalogues (build output, not committed) that the i18n tests read: built first if missing or stale.
    globalSetup: ['tests/support/catalogues-setup.ts'],
    // A hang detector, not a speed target: vitest's 5 s failed tests that take 1-2 s on an idle machine when it was
    // busy (docs/decisions/0026-tests-that-never-flake.md). Speed is measured by `npm run bench`.
    testTimeout: 30_000,
  },
});
