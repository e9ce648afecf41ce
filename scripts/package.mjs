#!/usr/bin/env node
/**
 * `npm run package`: zips the Chrome build (dist/) into margin-chrome-<version>.zip for the Chrome Web Store
 * and the Firefox build (dist-firefox/) into margin-firefox-<version>.zip for addons.mozilla.org, after
 * `npm run build` and `npm run build:firefox`. The Firefox zip is checked with `web-ext lint` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
// MARGIN_DIST / MARGIN_FIREFOX_DIST package builds made elsewhere, as the end-to-end tests can test them.
const BUILDS = [
  { browser: 'chrome', dir: process.env.MARGIN_DIST ?? 'dist', build: 'npm run build' },
  { browser: 'firefox', dir: process.env.MARGIN_FIREFOX_DIST ?? 'dist-firefox', build: 'npm run build:firefox' },
];

for (const { dir, build } of BUILDS) {
  const source = resolve(root, dir);
  if (!existsSync(join(source, 'manifest.json'))) throw new Error(`${dir}/ is empty: run "${build}" first.`);
}
// The Firefox zip must lint clean: web-ext exits non-zero on any error or warning.
execFileSync(
  join(root, 'node_modules/.bin/web-ext'),
  ['lint', '--source-dir', resolve(root, BUILDS[1].dir), '--self-hosted', '--warnings-as-errors', '--output', 'text'],
  {
    stdio: 'inherit',
  },
);
for (const { browser, dir } of BUILDS) {
  const source = resolve(root, dir);
  const zip = join(root, `margin-${browser}-${version}.zip`);
  rmSync(zip, { force: true });
  // Python's zipfile is on every machine that builds node-gyp addons; `zip` may not be.
  // Top-level entries by name so manifest.json sits at the zip's root, as both stores require.
  execFileSync('python3', ['-m', 'zipfile', '-c', zip, ...readdirSync(source)], { cwd: source });
  console.log(`Wrote ${zip}`);
}
