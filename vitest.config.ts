import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter.ts';

// Fast unit tests of core logic. Tests that need a DOM say so with `// @vitest-environment happy-dom`.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', new SummaryReporter('unit')],
    testTimeout: 30_000,
  },
});
