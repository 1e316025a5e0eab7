import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The London clock is the product's clock; tests must not depend on the machine's zone.
    env: { TZ: 'UTC' },
  },
});
