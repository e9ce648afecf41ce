#!/usr/bin/env node
/** `npm run package`: zips dist/ into margin-<version>.zip for the Chrome Web Store (after `npm run build`). */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const zip = join(root, `margin-${version}.zip`);
if (!existsSync(join(root, 'dist', 'manifest.json'))) throw new Error('dist/ is empty: run "npm run build" first.');
rmSync(zip, { force: true });
// Python's zipfile is on every machine that builds node-gyp addons; `zip` may not be.
// Top-level entries by name so manifest.json sits at the zip's root, as the store requires.
execFileSync('python3', ['-m', 'zipfile', '-c', zip, ...readdirSync(join(root, 'dist'))], { cwd: join(root, 'dist') });
console.log(`Wrote ${zip}`);
