/** An update reaching open tabs in Chromium: the shared scenarios (tests/e2e/scenarios/update.ts), and a copy left cut off. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, type Margin, type TestEnv } from './support/browser.ts';
import { chromiumDriver } from './support/chromium-driver.ts';
import { selectWithMouse } from './support/page-helpers.ts';
import { startServer } from './support/server.ts';
import { shadowText } from './support/shadow.ts';
import { newsPage } from './support/test-pages.ts';
import { updateScenarios } from './scenarios/update.ts';

const FIRST = 'officials in the capital agreed';

const env = {} as TestEnv;

/** A profile in developer mode: Chromium reloads an unpacked extension only then (else it disables it). */
function developerProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'margin-e2e-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  return profile;
}

beforeAll(async () => {
  env.server = await startServer();
  env.margin = await launch(developerProfile());
});
afterAll(async () => {
  await env.margin?.close();
  await env.server?.close();
});

/** Reloads the extension as an update does, and waits for the new version's service worker. */
async function reloadExtension(m: Margin): Promise<Margin> {
  const old = m.worker;
  await old.evaluate('chrome.runtime.reload()').catch(() => undefined); // the worker goes away as it answers
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const worker = m.context.serviceWorkers().find((w) => w !== old);
    if (worker) {
      await worker.evaluate('new Promise((ok) => { const wait = () => (globalThis.margin ? ok() : setTimeout(wait, 20)); wait(); })');
      return { ...m, worker };
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('The extension did not come back after its reload');
}

updateScenarios(chromiumDriver(env), async () => {
  env.margin = await reloadExtension(env.margin);
});

describe('an extension update', () => {
  it('tells the reader to reload when Margin went away unnoticed and they select text', async () => {
    env.server.route('/update/gone.html', newsPage());
    const page = await openPage(env.margin, env.server.origin + '/update/gone.html');
    // The worker stops when idle (its lifeline ports drop, and the page's copy sees its extension still
    // there); then the extension goes away without a new version to take over.
    const cdp = await env.margin.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(4000);
    const extensions = await env.margin.context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate((id) => chrome.management.setEnabled(id, false), env.margin.extensionId);
    await extensions.close();

    await page.bringToFront();
    await selectWithMouse(page, FIRST);
    await expect.poll(() => shadowText(page, '[data-field="toast"]').catch(() => null)).toMatch(/Margin was updated — reload the page/);
    expect(await shadowText(page, '[data-action="highlight-yellow"]').catch(() => null)).toBeNull();
    await page.close();
  });
});
