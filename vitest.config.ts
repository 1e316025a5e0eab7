import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The London clock is the product's clock; tests must not depend on the machine's zone.
    env: { TZ: 'UTC' },
    // Some tests start the command-line tools as child processes; on a busy two-core
    // machine that can take several seconds. This is a hang guard, not a speed test.
    testTimeout: 30_000,
    // Opening a fresh PGlite (initdb in WebAssembly) takes 4-15 s here, longer while
    // other suites run beside it.
    hookTimeout: 60_000,
  },
});
