#!/usr/bin/env node
/**
 * `npm start`: builds Margin, serves the demo page from 127.0.0.1 and opens it in Chromium with the
 * extension loaded. With a display, the browser window stays open for you to try Margin. Without one
 * (a server, CI), the same demo runs headless: it cleans the page, adds a highlight with a note, and writes
 * a screenshot of the cleaned page and the exported Markdown into out/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDirectory } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const out = join(root, 'out');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');

if (!existsSync(chromiumPath)) {
  console.error(`Chromium was not found at ${chromiumPath}.\nInstall it with: sudo apt-get install -y chromium  (or set CHROMIUM_PATH)`);
  process.exit(1);
}

console.log('Building the extension…');
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

const server = await serveDirectory(join(root, 'demo'));
const demoUrl = `${server.origin}/index.html`;
console.log(`Demo page: ${demoUrl}`);

const profile = mkdtempSync(join(tmpdir(), 'margin-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: !headed,
  viewport: headed ? null : { width: 1280, height: 900 },
  args: [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(headed ? [] : ['--disable-gpu']),
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);

if (headed) {
  console.log('Chromium is open with Margin loaded. Click the Margin button (or press Alt+Shift+M) to clean the page;');
  console.log('select text to highlight it. Close the browser or press Ctrl+C to stop.');
  context.on('close', () => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  });
} else {
  const call = (method, ...args) => worker.evaluate(([m, a]) => globalThis.margin[m](...a), [method, args]);
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
  while (!(await call('ping', tabId))) await page.waitForTimeout(50);
  const report = await call('clean', tabId);
  console.log(
    `Cleaned: ${report.hidden} elements hidden in ${report.ms.total.toFixed(1)} ms (entities ${report.ms.entities?.toFixed(1) ?? '-'} ms).`,
  );
  const firstParagraph = await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) => el.offsetParent !== null && el.textContent.split(' ').length > 20);
    return p ? p.textContent.trim().split(/(?<=[.!?])\s/)[0] : null;
  });
  if (firstParagraph) await call('highlightText', tabId, firstParagraph, { note: 'Demo note: the key claim of the story.', color: 'yellow' });
  await page.waitForTimeout(300);
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: join(out, 'demo-cleaned.png') });
  const markdown = await call('exportMarkdown', tabId);
  writeFileSync(join(out, 'demo-notes.md'), markdown);
  console.log(`Wrote ${join('out', 'demo-cleaned.png')} and ${join('out', 'demo-notes.md')}.`);
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
