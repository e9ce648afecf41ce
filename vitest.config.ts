import { defineConfig } from 'vitest/config';

// Fast unit tests of core logic. Tests that need a DOM say so with `// @vitest-environment happy-dom`.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
