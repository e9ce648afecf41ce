/**
 * Same-browser A/B timing of two builds of the extension, for speed changes too small for one `npm run bench`
 * (whose times move by ±5% with the machine's load): both builds run in their own headless Chromium, page by
 * page alternately, and the per-page ratio of their main-thread time is reported with the medians. Run it in
 * both orders; a change is real when both agree.
 *
 *   npx vite build --outDir /tmp/a   (before)        npx vite build --outDir /tmp/b   (after)
 *   npx tsx scripts/bench-article/ab.ts /tmp/a /tmp/b [--pages 80] [--new-tab] [page ids...]
 *
 * By default each build cleans every page in the same tab, as `npm run bench` does: the renderer keeps the
 * scripts it compiled from page to page. `--new-tab` opens every page in a new tab, as a reader does, where the
 * content script is loaded afresh: it also reports the main-thread time spent compiling or loading Margin's
 * scripts as the page loads, read from a trace (the first three pages, which fill Chrome's code cache, are left out).
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { decodePage } from '../../src/cli/read-page.ts';
import { sharedData } from '../shared-data.ts';

const CORPUS = sharedData('corpus/boilerplate', "the boilerplate corpus, trafilatura's evaluation set", 'scripts/bench-article/ab.ts');
const args = process.argv.slice(2);
const [distA, distB] = args;
const count = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : 80;
const newTab = args.includes('--new-tab');
const named = args.slice(2).filter((a, i, all) => a !== '--pages' && a !== '--new-tab' && all[i - 1] !== '--pages');
if (!distA || !distB) throw new Error('usage: ab.ts DIST_A DIST_B [--pages N] [--new-tab] [page ids...]');

// An even spread over the corpus (every k-th page), the same on every run.
const all = (JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')) as { pages: { id: string }[] }).pages.map((p) => p.id);
const ids = named.length ? named : all.filter((_, i) => i % Math.max(1, Math.floor(all.length / count)) === 0).slice(0, count);

const server = createServer((req, res) => {
  const id = /^\/pages\/(p\d+)\.html$/.exec(req.url ?? '')?.[1];
  if (!id) return void res.writeHead(404).end();
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(decodePage(gunzipSync(readFileSync(join(CORPUS, 'pages', `${id}.html.gz`)))));
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

interface Env {
  context: BrowserContext;
  worker: Worker;
  page: Page;
  profile: string;
}

async function launch(dist: string): Promise<Env> {
  const profile = mkdtempSync(join(tmpdir(), 'margin-ab-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${resolve(dist)}`, `--load-extension=${resolve(dist)}`, '--disable-gpu', '--disable-quic'],
  });
  await context.route(
    (url) => /^(https?|wss?):/.test(url.protocol) && !url.href.startsWith(origin),
    (route) => route.abort().catch(() => undefined),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(`new Promise((ok) => { const wait = () => (globalThis.margin ? ok() : setTimeout(wait, 20)); wait(); })`);
  await worker.evaluate(`margin.db.settings.put({ key: 'highlightEntities', value: false })`);
  return { context, worker, page: await context.newPage(), profile };
}

/** Main-thread time compiling or loading the extension's scripts, from trace events (ms). */
function scriptLoadMs(events: { name: string; dur?: number; args?: unknown }[]): number {
  return events
    .filter((e) => (e.name === 'v8.compile' || e.name === 'v8.compileModule') && JSON.stringify(e.args ?? {}).includes('chrome-extension:'))
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
}

/** Cleans one page; returns Margin's main-thread time, the length of the text left visible, and (new tab) script loading. */
async function clean(env: Env, id: string): Promise<{ ms: number; text: number; load: number }> {
  const url = `${origin}/pages/${id}.html`;
  const page = newTab ? await env.context.newPage() : env.page;
  const events: { name: string; dur?: number; args?: unknown }[] = [];
  const cdp = newTab ? await env.context.newCDPSession(page) : null;
  if (cdp) {
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
    await cdp.send('Tracing.start', { categories: 'v8', transferMode: 'ReportEvents' });
  }
  let traced = cdp !== null;
  const endTrace = async () => {
    if (!cdp || !traced) return;
    traced = false;
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await done;
  };
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
    const tab = (await env.worker.evaluate(`chrome.tabs.query({}).then((tabs) => (tabs.find((t) => t.url === ${JSON.stringify(url)}) ?? {}).id)`)) as
      number | undefined;
    if (tab === undefined) throw new Error('no tab');
    for (let i = 0; !(await env.worker.evaluate(`margin.ping(${tab})`)); i += 1) {
      if (i > 100) throw new Error('Margin did not start');
      await page.waitForTimeout(20);
    }
    await endTrace();
    const report = (await env.worker.evaluate(`margin.clean(${tab})`)) as { ms: { total: number } };
    const text = (await page.evaluate('document.body ? document.body.innerText.length : 0')) as number;
    return { ms: report.ms.total, text, load: scriptLoadMs(events) };
  } finally {
    // (A trace left running would stop the next page's from starting.)
    await endTrace().catch(() => undefined);
    if (newTab) await page.close();
  }
}

/** Of per-page ratios (pages whose time rounds to 0 left out). */
const geometricMean = (xs: number[]) => {
  const ok = xs.filter((x) => x > 0 && Number.isFinite(x));
  return Math.exp(ok.reduce((sum, x) => sum + Math.log(x), 0) / ok.length);
};
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
const a = await launch(distA);
const b = await launch(distB);
const msA: number[] = [];
const msB: number[] = [];
const loadA: number[] = [];
const loadB: number[] = [];
for (const [i, id] of ids.entries()) {
  try {
    // Which build cleans first alternates from page to page: the second one shares the machine with what the
    // first one's page still does after its clean (style, layout, the page's own scripts).
    const aFirst = i % 2 === 0;
    const first = await clean(aFirst ? a : b, id);
    const second = await clean(aFirst ? b : a, id);
    const [ra, rb] = aFirst ? [first, second] : [second, first];
    msA.push(ra.ms);
    msB.push(rb.ms);
    if (i >= 3) {
      loadA.push(ra.load);
      loadB.push(rb.load);
    }
    if (ra.text !== rb.text) process.stdout.write(`${id}: visible text differs (${ra.text} / ${rb.text} characters)\n`);
  } catch (error) {
    process.stderr.write(`${id}: ${(error as Error).message.split('\n')[0]}\n`);
  }
}
for (const env of [a, b]) {
  await env.context.close();
  rmSync(env.profile, { recursive: true, force: true });
}
server.close();
const f = (x: number) => x.toFixed(2);
process.stdout.write(
  `${msA.length} pages: median ms A ${f(median(msA))}, B ${f(median(msB))}; ` +
    `median of per-page B/A ${f(median(msB.map((x, i) => x / msA[i])))}, geometric mean ${f(geometricMean(msB.map((x, i) => x / msA[i])))} (below 1: B is faster)\n`,
);
if (newTab)
  process.stdout.write(`scripts compiled or loaded as the page loads (main thread): median ms A ${f(median(loadA))}, B ${f(median(loadB))}\n`);
