/**
 * The library at scale, in the extension's real IndexedDB in headless Chromium: 100,000 highlights over
 * 5,000 pages (generated, deterministic) are imported as a Margin backup through `margin.importAll`, then
 * measured: opening the library page until its first rows show, search latency per keystroke (median and
 * p95) with the longest main-thread gap while typing, a filter change, the library page's JS heap, the
 * export of everything to a Markdown zip, and importing the same backup again.
 *
 * Run `npm run bench:library` (it builds dist/ first; `MARGIN_DIST` points it at another build). `--highlights
 * N --pages M` scale it down. What the build lacks (e.g. no library page) is printed as not measured.
 */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { toWebAnnotations, type BackupAnnotation, type BackupPage } from '../src/core/export/web-annotation.ts';

const DIST = resolve(process.env.MARGIN_DIST ?? resolve(import.meta.dirname, '../dist'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const HIGHLIGHTS = arg('highlights', 100_000);
const PAGES = arg('pages', 5_000);
/** The targets, printed beside the figures. */
const TARGETS = { firstRowsMs: 300, searchP95Ms: 50, longestTaskMs: 50, heapMb: 150 };
/** Times the library is opened in a new tab (the first right after the import). */
const OPENS = 6;
/** What a reader types into the search box, one keystroke at a time. */
const TYPED = 'lithium refinery';

const WORDS =
  'mining rare earths export quota refinery lithium cobalt nickel tariff ministry council harbour freight contract shortage supply chain battery magnet smelter permit inquiry budget senator union strike court ruling licence drought reservoir vaccine clinic'.split(
    ' ',
  );
const COLORS = ['yellow', 'green', 'blue', 'pink'];

/** A small deterministic generator, so every run measures the same library. */
function random(seed: number) {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

function generate(): string {
  const next = random(17);
  const phrase = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  const start = Date.UTC(2025, 0, 1);
  const pages: BackupPage[] = Array.from({ length: PAGES }, (_, p) => {
    const saved = new Date(start + p * 3_600_000).toISOString();
    return {
      url: `https://site${p % 200}.example/news/story-${p}`,
      title: `Story ${p}: ${phrase(6)}`,
      site: `Site ${p % 200}`,
      author: `Writer ${p % 97}`,
      savedAt: saved,
      updatedAt: saved,
      entities: { people: [`Person ${p % 300}`], organizations: [`Org ${p % 150}`], places: [`Place ${p % 80}`] },
      keyFacts: [],
      note: p % 10 ? '' : `Page note ${phrase(8)}`,
      tags: p % 4 ? [] : [`topic-${p % 25}`],
    };
  });
  const annotations: BackupAnnotation[] = Array.from({ length: HIGHLIGHTS }, (_, i) => {
    const page = pages[i % PAGES];
    const created = new Date(Date.parse(page.savedAt) + i * 1000).toISOString();
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      url: page.url,
      quote: { type: 'TextQuoteSelector', exact: phrase(16), prefix: phrase(5), suffix: phrase(5) },
      position: { type: 'TextPositionSelector', start: i * 10, end: i * 10 + 100 },
      color: COLORS[i % 4],
      note: i % 3 ? `${phrase(10)} [[${WORDS[i % WORDS.length]}]] #${WORDS[(i * 7) % WORDS.length]}` : '',
      createdAt: created,
      updatedAt: created,
      version: 1,
      tags: i % 5 ? [] : [`tag-${i % 40}`],
    };
  });
  return toWebAnnotations({ annotations, drafts: [], hideRules: [], sites: [], pages, settings: {} });
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

/**
 * In the page: after each input or change event, the time until the DOM under `main` stops changing (three
 * frames without a mutation) is pushed to `__settled`; `__longest` is the longest gap between animation
 * frames (a main-thread task blocks frames), reset by the caller.
 */
const SETTLE = `(() => {
  const w = window;
  w.__settled = [];
  w.__longest = 0;
  let pending = null;
  const start = (e) => { pending = { t0: e.timeStamp, last: null, frames: 0 }; };
  document.addEventListener('input', start, true);
  document.addEventListener('change', start, true);
  new MutationObserver(() => { if (pending) { pending.last = performance.now(); pending.frames = 0; } })
    .observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, characterData: true });
  let prev = performance.now();
  const tick = (now) => {
    w.__longest = Math.max(w.__longest, now - prev);
    prev = now;
    if (pending && ++pending.frames >= 3) { w.__settled.push((pending.last ?? pending.t0) - pending.t0); pending = null; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

type BenchWindow = { __settled: number[]; __longest: number };

/**
 * The JS heap of the library page's index Worker (MB), or null when it has none. Workers have no
 * `performance.memory`: ask the DevTools protocol, through the page's session, for the Worker's heap.
 */
async function workerHeapMb(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const target = targetInfos.find((t) => t.type === 'worker' && t.url.includes('index.worker'));
    if (!target) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    const answer = new Promise<{ usedSize: number }>((ok) =>
      cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
        const message = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
        if (message.id === 1 && message.result) ok(message.result);
      }),
    );
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
    return (await answer).usedSize / 1e6;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Runs `act` (one input or change) and resolves to how long the page took to settle after it. */
async function settled(page: Page, act: () => Promise<unknown>): Promise<number> {
  const n = await page.evaluate(() => (window as unknown as BenchWindow).__settled.length);
  await act();
  await page.waitForFunction((count) => (window as unknown as BenchWindow).__settled.length > count, n, { timeout: 60_000 });
  return page.evaluate((count) => (window as unknown as BenchWindow).__settled[count], n);
}

async function main() {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`No built extension in ${DIST}: run "npm run build" first.`);
  console.log(`Generating ${HIGHLIGHTS.toLocaleString('en')} highlights over ${PAGES.toLocaleString('en')} pages…`);
  const backup = generate();
  const server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/ld+json', 'access-control-allow-origin': '*' }).end(backup),
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const backupUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/backup.jsonld`;
  const profile = mkdtempSync(join(tmpdir(), 'margin-bench-library-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const rows: [string, string, string][] = [];
  const missing: string[] = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    await worker.evaluate('new Promise((ok) => { const wait = () => (globalThis.margin ? ok() : setTimeout(wait, 20)); wait(); })');
    const extensionId = new URL(worker.url()).host;
    const inWorker = <T>(body: string) => worker.evaluate(`(async (margin) => { ${body} })(globalThis.margin)`) as Promise<T>;

    const size = (backup.length / 1e6).toFixed(1);
    const imported = await inWorker<{ ms: number; added: number }>(
      `const text = await (await fetch(${JSON.stringify(backupUrl)})).text(); const t = performance.now(); const c = await margin.importAll(text); return { ms: performance.now() - t, added: c.added };`,
    );
    rows.push([
      'import (empty database)',
      `${(imported.ms / 1000).toFixed(1)} s`,
      `${imported.added.toLocaleString('en')} highlights, ${size} MB backup`,
    ]);

    const libraryPath = 'src/ui/library/index.html';
    if (!existsSync(join(DIST, libraryPath))) {
      missing.push(
        'opening the library, search per keystroke, filter change, library memory: the build has no library page (src/ui/library/index.html)',
      );
    } else {
      /** Opens the library in a new tab: ms from navigation to the first quote painted, or null. */
      const open = async (page: Page): Promise<number | null> => {
        page.on('crash', () => console.log('library page crashed'));
        page.on('console', (m) => process.env.BENCH_DEBUG && console.log('library page:', m.text()));
        await page.goto(`chrome-extension://${extensionId}/${libraryPath}`);
        const first = await page
          .waitForFunction(() => document.querySelector('ol.annotations > li') && performance.now(), undefined, { polling: 'raf', timeout: 120_000 })
          .then((h) => h.jsonValue() as Promise<number>)
          .catch(() => null);
        // When the browser painted the first quote (Element Timing: the quotes carry `elementtiming`). The
        // polling above sees rows only once the driver has set itself up in the page, later under load.
        const painted = await page.evaluate(
          () =>
            new Promise<number | null>((ok) => {
              new PerformanceObserver((list) =>
                ok(Math.min(...list.getEntries().map((e) => (e as PerformanceEntry & { renderTime: number }).renderTime))),
              ).observe({
                type: 'element',
                buffered: true,
              });
              setTimeout(() => ok(null), 1000);
            }),
        );
        return first === null ? null : painted || first;
      };
      // The first open follows the import at once, while the browser still writes the 100 MB it was given;
      // a reader opens the library again and again, so later opens (each a new tab, once the one before has read
      // everything) are reported too.
      const opens: number[] = [];
      let page = await context.newPage();
      for (let i = 0; i < OPENS; i++) {
        const ms = await open(page);
        if (ms === null) break;
        opens.push(ms);
        if (i === OPENS - 1) break;
        // Each open is left to read and index everything, as a reader's would be, before the next.
        await page.waitForFunction(() => !document.querySelector('[data-field="indexing"]'), undefined, { timeout: 300_000 }).catch(() => undefined);
        await page.close();
        page = await context.newPage();
      }
      if (opens.length < OPENS) missing.push('opening the library: no highlight row showed within 120 s');
      else {
        rows.push(['library open, first rows shown: first open after the import', `${opens[0].toFixed(0)} ms`, `target ≤ ${TARGETS.firstRowsMs} ms`]);
        rows.push([
          `library open, first rows shown: median of the ${OPENS - 1} opens after`,
          `${median(opens.slice(1)).toFixed(0)} ms (${opens
            .slice(1)
            .map((t) => t.toFixed(0))
            .join(', ')})`,
          `target ≤ ${TARGETS.firstRowsMs} ms`,
        ]);
      }
      // Let the index finish building before typing (its own progress line goes away).
      await page.waitForFunction(() => !document.querySelector('[data-field="indexing"]'), undefined, { timeout: 300_000 }).catch(() => undefined);
      await page.evaluate(SETTLE);
      const search = page.locator('[data-action="search"]');
      if (!(await search.count())) missing.push('search per keystroke: no search box ([data-action="search"])');
      else {
        await search.click();
        await page.evaluate(() => void ((window as unknown as BenchWindow).__longest = 0));
        const times: number[] = [];
        for (const ch of TYPED) times.push(await settled(page, () => page.keyboard.type(ch)));
        const longest = await page.evaluate(() => (window as unknown as BenchWindow).__longest);
        rows.push([
          `search per keystroke ("${TYPED}")`,
          `median ${median(times).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`,
          `target p95 ≤ ${TARGETS.searchP95Ms} ms`,
        ]);
        rows.push(['longest frame gap while typing', `${longest.toFixed(0)} ms`, `target: no task over ${TARGETS.longestTaskMs} ms`]);
        await search.fill('');
      }
      const color = page.locator('[data-filter="color"]');
      if (!(await color.count())) missing.push('filter change: no colour filter ([data-filter="color"])');
      else {
        const ms = await settled(page, () => color.selectOption('green'));
        rows.push(['filter change (colour)', `${ms.toFixed(1)} ms`, '']);
      }
      const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
      if (heap === null) missing.push('library memory: performance.memory is not available');
      else rows.push(['library page JS heap', `${(heap / 1e6).toFixed(0)} MB`, `target < ${TARGETS.heapMb} MB`]);
      // The index and every highlight live in the page's Worker (same renderer process): its heap counts too.
      const inWorker = await workerHeapMb(page).catch(() => null);
      if (inWorker !== null) rows.push(['library index Worker JS heap', `${inWorker.toFixed(0)} MB`, 'page + Worker: the library’s memory']);
      await page.close();
    }

    const exported = await inWorker<{ ms: number; bytes: number }>(
      `const t = performance.now(); const f = await margin.exportLibrary({ format: 'markdown-zip' }); return { ms: performance.now() - t, bytes: f.base64.length * 3 / 4 };`,
    );
    rows.push([
      'export all to Markdown zip',
      `${(exported.ms / 1000).toFixed(1)} s`,
      `${PAGES.toLocaleString('en')} files, ${(exported.bytes / 1e6).toFixed(1)} MB zip`,
    ]);
    const again = await inWorker<{ ms: number; unchanged: number }>(
      `const text = await (await fetch(${JSON.stringify(backupUrl)})).text(); const t = performance.now(); const c = await margin.importAll(text); return { ms: performance.now() - t, unchanged: c.unchanged };`,
    );
    rows.push(['import again (nothing to change)', `${(again.ms / 1000).toFixed(1)} s`, `${again.unchanged.toLocaleString('en')} unchanged`]);
  } catch (error) {
    // What was measured before the failure is still worth printing.
    missing.push(`the rest: the run stopped (${String((error as Error)?.message ?? error).split('\n')[0]})`);
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }
  console.log(`\n| what | Margin | note |\n| --- | --- | --- |`);
  for (const [what, value, note] of rows) console.log(`| ${what} | ${value} | ${note} |`);
  if (missing.length) {
    console.log('\nNot measured:');
    for (const m of missing) console.log(`- ${m}`);
  }
}

await main();
