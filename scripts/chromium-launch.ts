/**
 * How the tests and benchmarks start Debian's Chromium with a build of Margin loaded: headless, the same
 * window size, and without the background traffic (updates, sync) that would make timings drift.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function extensionLaunchOptions(dist: string) {
  return {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
