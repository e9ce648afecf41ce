/**
 * The Chromium half of the article benchmark: each corpus page is served from 127.0.0.1 and opened in
 * headless Chromium with the built extension loaded. Margin cleans the live page through the service
 * worker's `margin.clean` (detection + hiding, timed in the page), and the reader's text is the page's
 * `innerText` afterwards (with the page's text-transform off). Readability parses a clone of the same
 * document in the same page (as Reader View does), timed in the page too. Margin's time is its work on the
 * page's main thread (detection and hiding, which run in slices with the thread given back in between); its
 * longest task is its longest slice, and Readability's is its whole parse (one synchronous task). Over 50 ms
 * counts as a long task. (Headless Chromium does not report 'longtask' performance entries, so they are not used.)
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Page, type Worker } from 'playwright-core';
import { decodePage, parsePage } from '../../src/cli/read-page.ts';
import { headlineHidden } from '../../src/core/clean/headline-check.ts';
import type { BenchPage, Corpus, PageScore } from './corpora.ts';
import { extensionLaunchOptions } from '../chromium-launch.ts';

const READABILITY_JS = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

export interface BrowserResult {
  id: string;
  extractor: string;
  ms: number;
  score: PageScore;
  text: string;
  longTasks: number;
  longestTask: number;
  /** Margin only: whether the clean view hides the page's headline (src/core/clean/headline-check.ts). */
  headlineHidden?: boolean;
}

/** Opens the page and waits until Margin's content script answers in it; resolves to the tab's id. */
async function open(page: Page, worker: Worker, url: string): Promise<{ id: number; moved: boolean }> {
  // Some corpus pages move on by script: to https (served the same page, as the site would), or to their
  // address on the web (answered "204 No Content", which leaves the page where it is; an aborted
  // navigation would show an error page instead).
  const https = url.replace(/^http:/, 'https:');
  let moved = false;
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.route(
    (u) => u.href !== url,
    async (route) => {
      const request = route.request();
      // A route the page no longer waits for (it moved on) may already be gone: nothing to answer then.
      const settle = (done: Promise<void>) => done.catch(() => undefined);
      if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return settle(route.fallback());
      if (request.url() === https)
        return settle(route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: await (await fetch(url)).text() }));
      moved = true;
      return settle(route.fulfill({ status: 204 }));
    },
  );
  // Waiting for the load event of goto's navigation would wait for the cancelled one: wait for the document.
  // A page whose script navigates while it is still loading aborts goto's navigation: load it once more.
  await page.goto(url, { waitUntil: 'commit', timeout: 20_000 }).catch((error: Error) => {
    if (!error.message.includes('ERR_ABORTED')) throw error;
    return page.goto(url, { waitUntil: 'commit', timeout: 20_000 });
  });
  await page.waitForFunction('document.readyState !== "loading"', undefined, { timeout: 20_000 });
  const id = await tabId(worker, url);
  for (const until = Date.now() + 3_000; Date.now() < until; await page.waitForTimeout(20)) {
    if (await worker.evaluate(`margin.ping(${id})`)) return { id, moved };
  }
  // The browser skipped the content script (the page tried to move on while loading): Margin puts it in
  // when asked to clean, as it does for a tab that was open before it was installed.
  return { id, moved };
}

// Strings, not functions: tsx adds helpers (__name) to serialized closures that the page does not have.
const RUN_READABILITY = `(() => {
  const t0 = performance.now();
  const article = new Readability(document.cloneNode(true)).parse();
  const ms = performance.now() - t0;
  let text = '';
  const title = (article && article.title) || '';
  if (article && article.content) {
    const box = document.createElement('div');
    box.style.cssText = 'position:absolute;left:-100000px;top:0;width:800px';
    box.innerHTML = article.content;
    document.documentElement.appendChild(box);
    text = box.innerText;
    box.remove();
  }
  return { ms, text, title };
})()`;

// The text the reader is shown: the body's innerText, read with the page's text-transform turned off. The
// snippets are matched with their case, and innerText applies \`text-transform: uppercase\`: a heading shown
// in capitals is shown all the same (Readability's text is rendered without the page's styles).
const SHOWN_TEXT = `(() => {
  if (!document.body) return '';
  const style = document.createElement('style');
  style.textContent = '* { text-transform: none !important; }';
  document.documentElement.appendChild(style);
  const text = document.body.innerText;
  style.remove();
  return text;
})()`;

const PAGE_TEXT = `(() => {
  if (!document.body) return '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  while (walker.nextNode()) parts.push(walker.currentNode.data);
  return parts.join(' ');
})()`;

async function tabId(worker: Worker, url: string): Promise<number> {
  // A page may rewrite its address (history.replaceState, a #fragment, another path) or move to https: match
  // the address as loaded, else the one tab on the test server.
  const path = JSON.stringify(url);
  return worker.evaluate(
    `chrome.tabs.query({}).then((tabs) => (tabs.find((t) => t.url === ${path}) ?? tabs.find((t) => (t.url ?? '').startsWith(${path}) || (t.pendingUrl ?? '') === ${path}) ?? tabs.find((t) => (t.url ?? '').replace(/^https:/, 'http:').startsWith(${path})) ?? tabs.find((t) => (t.url ?? '').startsWith(new URL(${path}).origin))).id)`,
  ) as Promise<number>;
}

/**
 * Runs Margin (the extension built in `dist`) and Readability on every page in Chromium; `onPage` reports
 * progress. Pages are decoded as a browser would (BOM, declared charset, windows-1252) and served as UTF-8.
 */
export async function runInChromium(corpus: Corpus, pages: BenchPage[], dist: string, onPage?: (done: number) => void): Promise<BrowserResult[]> {
  const DIST = dist;
  const server = createServer((req, res) => {
    const id = /^\/pages\/([A-Za-z]+\d+)\.html$/.exec(req.url ?? '')?.[1];
    if (!id) return void res.writeHead(404).end();
    try {
      const html = decodePage(gunzipSync(readFileSync(corpus.pageFile(id))));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'margin-bench-'));
  const context = await chromium.launchPersistentContext(profile, extensionLaunchOptions(DIST));
  // The corpus pages name resources all over the web: answer them locally (nothing leaves the machine).
  await context.route(
    (url) => /^(https?|wss?):/.test(url.protocol) && !url.href.startsWith(origin),
    (route) => route.abort().catch(() => undefined),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(`new Promise((ok) => { const wait = () => (globalThis.margin ? ok() : setTimeout(wait, 20)); wait(); })`);
  // Article detection and hiding are measured, not entity recognition.
  await worker.evaluate(`margin.db.settings.put({ key: 'highlightEntities', value: false })`);

  const results: BrowserResult[] = [];
  // One tab for all pages, as a reader browses: the browser keeps its compiled code for the content script
  // and for Readability between pages of one renderer (a fresh tab per page made both several times slower).
  let page = await context.newPage();
  let done = 0;
  for (const ref of pages) {
    const url = `${origin}/pages/${ref.id}.html`;
    try {
      const { id, moved } = await open(page, worker, url);
      const report = (await worker.evaluate(`margin.clean(${id})`)) as { article: boolean; ms: { detect: number; hide: number; longest: number } };
      const text = (await page.evaluate(SHOWN_TEXT)) as string;
      // The cleaned page as HTML (hidden elements carry Margin's mark), read back in Node for the headline check.
      const cleaned = await page.content();
      const ms = report.ms.detect + report.ms.hide;
      const mine: BrowserResult = {
        id: ref.id,
        extractor: 'Margin',
        ms,
        text,
        score: corpus.score(ref.id, text),
        longTasks: report.ms.longest > 50 ? 1 : 0,
        longestTask: report.ms.longest,
        headlineHidden: report.article && headlineHidden(parsePage(cleaned)),
      };
      await worker.evaluate(`margin.restore(${id})`);
      await page.addScriptTag({ content: READABILITY_JS });
      const reader = (await page.evaluate(RUN_READABILITY)) as { ms: number; text: string; title: string };
      // Where the gold holds the headline, Readability's title comes first (Reader View shows it above).
      const readerText = corpus.readabilityTitle && reader.text ? `${reader.title}\n${reader.text}` : reader.text;
      const theirs: BrowserResult = {
        id: ref.id,
        extractor: 'Readability',
        ms: reader.ms,
        text: readerText,
        score: corpus.score(ref.id, readerText),
        longTasks: reader.ms > 50 ? 1 : 0,
        longestTask: reader.ms,
      };
      // All the text the browser's page holds, shown or not (its text nodes, spaced so blocks do not run
      // together): an upper bound, and a check that the page is the saved one.
      const all = (await page.evaluate(PAGE_TEXT)) as string;
      const shown: BrowserResult = {
        id: ref.id,
        extractor: 'page text',
        ms: 0,
        text: all,
        score: corpus.score(ref.id, all),
        longTasks: 0,
        longestTask: 0,
      };
      // A page whose script tried to leave while it loaded (the browser stopped reading it) and that holds none
      // of the article's text: nobody can read the saved page in a browser, so it is not scored.
      if (moved && shown.score.r === 0) {
        process.stderr.write(
          `chromium: ${ref.id}: not scored: the page moves away while loading and its document holds none of the article's text\n`,
        );
      } else results.push(mine, theirs, shown);
    } catch (error) {
      process.stderr.write(`chromium: ${ref.id}: ${(error as Error).message.split('\n')[0]}\n`);
      // A tab left in a failed navigation (an error page) can interrupt the next pages' loads: start a new one.
      await page.close().catch(() => undefined);
      page = await context.newPage();
    }
    onPage?.(++done);
  }
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  return results;
}
