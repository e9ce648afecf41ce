import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter.ts';

// End-to-end tests: the built extension (dist/) in headless Chromium against pages served from 127.0.0.1.
// One browser at a time: the machine has two cores and each test starts its own profile.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', new SummaryReporter('e2e')],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A busy CI machine can take seconds to start the recognizer: polls wait up to 10 s, not Vitest's 1 s.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
