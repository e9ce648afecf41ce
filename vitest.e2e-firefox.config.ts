import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter.ts';

// End-to-end tests in Firefox: the Firefox build (dist-firefox/) in headless Firefox ESR against pages
// served from 127.0.0.1. One browser at a time, as in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', new SummaryReporter('e2e-firefox')],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
