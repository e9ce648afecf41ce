import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callMargin, DIST, openExtensionPage, openPage, tabIdOf, useBrowser, waitForContentScript } from './support/browser.ts';
import { fold, highlightTexts, visibleText } from './support/page-helpers.ts';
import { clickInShadow, findInShadow } from './support/shadow.ts';
import { SEED_PATH, SPECIFIED_PAGES } from './support/seed.ts';
import { newsPage, PARAGRAPH } from './support/test-pages.ts';

const env = useBrowser();

/** A fingerprint of the page's markup: restoring must give exactly the same. */
const snapshot = (page: import('playwright-core').Page) =>
  page.evaluate(() => ({
    body: document.body.outerHTML,
    elements: document.body.getElementsByTagName('*').length,
    styled: [...document.body.querySelectorAll('[style]')].map((el) => el.getAttribute('style')).join('|'),
  }));

describe('cleaning', () => {
  it.each(SPECIFIED_PAGES)(
    'keeps every visible string of the $name, hides every hidden one, and restores it exactly',
    async ({ path, expected: seedExpected }) => {
      const page = await openPage(env.margin, env.server.origin + path);
      const tabId = await tabIdOf(env.margin, page);
      // Until Margin is used, the page gets nothing from it: no element, no attribute.
      expect(await page.evaluate(() => document.querySelector('margin-ui') === null && !document.querySelector('[data-margin-hidden]'))).toBe(true);
      const before = await snapshot(page);
      const original = await visibleText(page);
      for (const text of seedExpected.hidden) expect(original, 'seed page sanity').toContain(fold(text));

      const report = await callMargin<{ article: boolean; hidden: number; ms: { total: number } }>(env.margin, 'clean', tabId);
      expect(report.article).toBe(true);
      expect(report.hidden).toBeGreaterThan(5);

      const cleaned = await visibleText(page);
      for (const text of seedExpected.visible) expect(cleaned).toContain(fold(text));
      for (const text of seedExpected.hidden) expect(cleaned, `"${text}" should be hidden`).not.toContain(fold(text));
      // The article's own image stays.
      expect(await page.locator('figure img').first().isVisible()).toBe(true);
      // Hidden in place: no element removed, no inline style written.
      const during = await snapshot(page);
      expect(during.elements).toBe(before.elements);
      expect(during.styled).toBe(before.styled);

      const restored = await callMargin<{ cleaned: boolean }>(env.margin, 'restore', tabId);
      expect(restored.cleaned).toBe(false);
      expect(await snapshot(page)).toEqual(before);
      expect(await visibleText(page)).toBe(original);
      await page.close();
    },
  );

  it('cleans from the popup, whose switch restores the page', async () => {
    const page = await openPage(env.margin, env.server.origin + SEED_PATH);
    const tabId = await tabIdOf(env.margin, page);
    const popup = await openExtensionPage(env.margin, `src/ui/popup/index.html?tabId=${tabId}`);
    const toggle = popup.locator('[data-action="toggle-clean"]');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    expect(await visibleText(page)).not.toContain('TRENDING');
    await popup.getByText(/Hid \d+ page elements/).waitFor();

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    expect(await visibleText(page)).toContain('TRENDING');
    await popup.close();
    await page.close();
  });

  it('cleans a page that is all story (paragraphs straight in the body) without blanking it', async () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the plain page: the council said on Monday that the harbour works, delayed by storms, would resume in spring, and that the ferry would keep its timetable.</p>`;
    env.server.route(
      '/pages/plain.html',
      `<!doctype html><title>Harbour works resume</title><body><h1>Harbour works resume</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}
      <div class="share-bar"><a href="/s1">Share on Mastodon</a> <a href="/s2">Share by e-mail</a></div></body>`,
    );
    const page = await openPage(env.margin, env.server.origin + '/pages/plain.html');
    const tabId = await tabIdOf(env.margin, page);
    const report = await callMargin<{ article: boolean }>(env.margin, 'clean', tabId);
    expect(report.article).toBe(true);
    const cleaned = await visibleText(page);
    expect(cleaned).toContain(fold('Harbour works resume'));
    expect(cleaned).toContain(fold('Paragraph 1 of the plain page'));
    expect(cleaned).toContain(fold('Paragraph 5 of the plain page'));
    expect(cleaned).not.toContain(fold('Share on Mastodon'));
    await page.close();
  });

  it('shows the article of a page that stays invisible until its (blocked) scripts run', async () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the hidden page: the council said on Monday that the harbour works, delayed by storms, would resume in spring, and that the ferry would keep its timetable.</p>`;
    // AMP's boilerplate and A/B-testing snippets hide the page until a script from elsewhere shows it.
    // Others keep a page-wide wrapper invisible the same way.
    env.server.route(
      '/pages/anti-flicker.html',
      `<!doctype html><title>Harbour works resume</title><style>body { visibility: hidden; opacity: 0; } .page-wrap { visibility: hidden; }</style>
      <body><nav class="menu"><a href="/a">Home</a> <a href="/b">World</a></nav><div class="page-wrap"><article><h1>Harbour works resume</h1>${[1, 2, 3, 4].map(paragraph).join('')}</article></div></body>`,
    );
    const page = await openPage(env.margin, env.server.origin + '/pages/anti-flicker.html');
    const tabId = await tabIdOf(env.margin, page);
    expect(await visibleText(page)).toBe('');
    await callMargin(env.margin, 'clean', tabId);
    const cleaned = await visibleText(page);
    expect(cleaned).toContain(fold('Paragraph 4 of the hidden page'));
    expect(cleaned).not.toContain(fold('World'));
    await callMargin(env.margin, 'restore', tabId);
    expect(await visibleText(page)).toBe('');
    await page.close();
  });

  it('shows the article of a page whose stylesheet hides the whole document until a (blocked) script shows it', async () => {
    // A frame-busting snippet: `html { display: none }`, undone by a script only when the page is not framed.
    env.server.route(
      '/pages/frame-guard.html',
      `<!doctype html><title>Harbour works resume</title><style>.display-none, html { display: none }</style>
      <body><nav class="menu"><a href="/a">Home</a> <a href="/b">World</a></nav><article><h1>Harbour works resume</h1>${[1, 2, 3, 4].map((n) => PARAGRAPH(n).replace('<p>', `<p id="p${n}">`)).join('')}</article></body>`,
    );
    const page = await openPage(env.margin, env.server.origin + '/pages/frame-guard.html');
    const tabId = await tabIdOf(env.margin, page);
    const shown = () => page.evaluate(() => ['#p4', 'nav'].map((s) => document.querySelector(s)!.checkVisibility()));
    expect(await shown()).toEqual([false, false]);
    await callMargin(env.margin, 'clean', tabId);
    expect(await shown()).toEqual([true, false]);
    await callMargin(env.margin, 'restore', tabId);
    expect(await shown()).toEqual([false, false]);
    await page.close();
  });

  it('shows the article of a page whose snippet hides every element until a (blocked) script shows it', async () => {
    // A/B-testing tools (Kameleoon and others) put `* { visibility: hidden !important }` in the page until their script has run.
    env.server.route(
      '/pages/hide-all.html',
      `<!doctype html><title>Harbour works resume</title><style id="loading">* { visibility: hidden !important; }</style>
      <body><nav class="menu"><a href="/a">Home</a> <a href="/b">World</a></nav><article><h1>Harbour works resume</h1>${[1, 2, 3, 4].map((n) => PARAGRAPH(n).replace('<p>', `<p id="p${n}">`)).join('')}
      <p><span id="tip" style="visibility: hidden">A tooltip the page keeps hidden</span></p></article></body>`,
    );
    const page = await openPage(env.margin, env.server.origin + '/pages/hide-all.html');
    const tabId = await tabIdOf(env.margin, page);
    expect(await visibleText(page)).toBe('');
    await callMargin(env.margin, 'clean', tabId);
    const cleaned = await visibleText(page);
    expect(cleaned).toContain(fold('Harbour works resume'));
    expect(cleaned).toContain(fold('Paragraph 4 of the story'));
    expect(cleaned).not.toContain(fold('World'));
    await callMargin(env.margin, 'restore', tabId);
    expect(await visibleText(page)).toBe('');
    // On a page that shows its article, what the page keeps hidden in it stays hidden.
    await page.evaluate(() => document.getElementById('loading')!.remove());
    expect(await visibleText(page)).toContain(fold('Paragraph 4 of the story'));
    await callMargin(env.margin, 'clean', tabId);
    expect(await visibleText(page)).toContain(fold('Paragraph 4 of the story'));
    expect(await visibleText(page)).not.toContain(fold('A tooltip the page keeps hidden'));
    await page.close();
  });

  it('hides text written straight into a wrapper around the article, and shows everything again on restore', async () => {
    env.server.route(
      '/pages/loose-text.html',
      `<!doctype html><title>Harbour works resume</title>
      <body><nav class="menu"><a href="/a">Home</a> <a href="/b">World</a></nav>
      <div class="columns" style="background: rgb(250, 240, 200)">News and press releases
        <div class="column"><article><h1>Harbour works resume</h1>${[1, 2, 3, 4].map((n) => PARAGRAPH(n)).join('')}</article></div>
        <aside class="rail"><h3>Most read</h3><ul><li><a href="/m1">A popular story about the port</a></li><li><a href="/m2">Another one about trams</a></li></ul></aside>
        Showing stories 1 to 10 of 19</div></body>`,
    );
    const page = await openPage(env.margin, env.server.origin + '/pages/loose-text.html');
    const tabId = await tabIdOf(env.margin, page);
    await callMargin(env.margin, 'clean', tabId);
    const cleaned = await visibleText(page);
    expect(cleaned).toContain(fold('Harbour works resume'));
    expect(cleaned).toContain(fold('Paragraph 4 of the story'));
    expect(cleaned).not.toContain(fold('News and press releases'));
    expect(cleaned).not.toContain(fold('Showing stories 1 to 10'));
    expect(cleaned).not.toContain(fold('World'));
    expect(cleaned).not.toContain(fold('Most read'));
    await callMargin(env.margin, 'restore', tabId);
    const restored = await visibleText(page);
    expect(restored).toContain(fold('News and press releases'));
    expect(restored).toContain(fold('Showing stories 1 to 10 of 19'));
    await page.close();
  });

  it('hides clutter that the page itself forces visible with !important rules', async () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the stubborn page: the council said on Monday that the harbour works, delayed by storms, would resume in spring, and that the ferry would keep its timetable.</p>`;
    env.server.route(
      '/pages/important.html',
      `<!doctype html><title>Harbour works resume</title>
      <style>.share-bar { display: block !important; } aside.rail { display: flex !important; }</style>
      <body><article><h1>Harbour works resume</h1>${[1, 2, 3, 4].map(paragraph).join('')}<div class="share-bar"><a href="/s1">Share on Mastodon</a> <a href="/s2">Share by e-mail</a></div></article>
      <aside class="rail"><h3>Most read</h3><a href="/m">A popular story</a></aside></body>`,
    );
    const page = await openPage(env.margin, env.server.origin + '/pages/important.html');
    await callMargin(env.margin, 'clean', await tabIdOf(env.margin, page));
    const cleaned = await visibleText(page);
    expect(cleaned).toContain(fold('Paragraph 4 of the stubborn page'));
    expect(cleaned).not.toContain(fold('Share on Mastodon'));
    expect(cleaned).not.toContain(fold('Most read'));
    await page.close();
  });

  it('cleans a tab that has no content script yet, by putting it in first (the popup on a page the browser skipped)', async () => {
    // A page that tries to move on while it loads: the browser stays (the answer is "204 No Content") but
    // skips the content scripts, as it does for tabs that were open before Margin was installed.
    env.server.route('/pages/moved.html', newsPage({ script: "location.href = '/no-content';" }));
    const page = await env.margin.context.newPage();
    // (Its load event never comes: the navigation it started is still pending when the page finishes.)
    await page.goto(env.server.origin + '/pages/moved.html', { waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState === 'complete' && document.querySelector('footer'));
    await page.waitForTimeout(300);
    const tabId = await tabIdOf(env.margin, page);
    expect(await callMargin<boolean>(env.margin, 'ping', tabId)).toBe(false);
    const report = await callMargin<{ article: boolean; cleaned: boolean }>(env.margin, 'clean', tabId);
    expect(report.cleaned).toBe(true);
    const cleaned = await visibleText(page);
    expect(cleaned).toContain(fold(PARAGRAPH(5).replace(/<\/?p>/g, '')));
    expect(cleaned).not.toContain(fold('Most read'));
    // The clean-view stylesheet came with it: the hidden clutter is not painted.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.rail')!).display)).toBe('none');
    await page.close();
  });

  it('compiles the whole detector off the main thread as a new tab loads, so a first clean does not compile it', async () => {
    const url = env.server.origin + SEED_PATH;
    const page = await env.margin.context.newPage();
    const cdp = await env.margin.context.newCDPSession(page);
    const events: { name: string; args?: { data?: { url?: string; streamed?: boolean } } }[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
    await cdp.send('Tracing.start', { categories: 'v8', transferMode: 'ReportEvents' });
    await page.goto(url);
    await waitForContentScript(env.margin, page);
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await done;
    await page.close();
    const compiled = events.find((e) => e.name === 'v8.compileModule' && /\/assets\/detector-[^/]*\.js$/.test(e.args?.data?.url ?? ''));
    expect(compiled, 'the detector is a script of its own').toBeDefined();
    // Served under a dynamic URL, the script gets no code cache from Chrome; V8 compiles it while it streams in,
    // on a background thread, and the compile hint makes that compile every function, not only the top level.
    expect(compiled!.args!.data!.streamed).toBe(true);
    const source = readFileSync(join(DIST, new URL(compiled!.args!.data!.url!).pathname), 'utf8');
    expect(source.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
  });

  it('leaves a page without an article as it was and says so', async () => {
    env.server.route(
      '/pages/no-article.html',
      '<!doctype html><title>Links</title><body><nav><a href="/a">Home</a> <a href="/b">About</a></nav><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></body>',
    );
    const page = await openPage(env.margin, env.server.origin + '/pages/no-article.html');
    const tabId = await tabIdOf(env.margin, page);
    const before = await snapshot(page);
    const report = await callMargin<{ article: boolean; message?: string }>(env.margin, 'clean', tabId);
    expect(report.article).toBe(false);
    expect(report.message).toMatch(/no article/i);
    expect(await snapshot(page)).toEqual(before);
    await page.close();
  });
});

describe('"Show whole page"', () => {
  it('ends the clean view: its highlights and legend go, and content that arrives afterwards is left alone', async () => {
    env.server.route(
      '/clean/restore-ends.html',
      newsPage({
        topic: 'the council of Lyon and Airbus',
        script: `window.addBanner = () => { const b = document.createElement('div'); b.className = 'late-banner'; b.textContent = 'A banner that came later'; document.body.append(b); };`,
      }),
    );
    const page = await openPage(env.margin, env.server.origin + '/clean/restore-ends.html');
    await callMargin(env.margin, 'clean', await tabIdOf(env.margin, page));
    await expect.poll(async () => Object.keys(await highlightTexts(page, 'margin-entity-')).length).toBeGreaterThan(0);
    await clickInShadow(page, '[data-action="restore-page"]');

    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-margin-clean'))).toBe(false);
    expect(await highlightTexts(page, 'margin-entity-')).toEqual({});
    expect(await findInShadow(page, '.legend')).toBeNull();
    await page.evaluate(() => (window as unknown as { addBanner: () => void }).addBanner());
    expect(
      await page.evaluate(
        () => new Promise<string>((ok) => requestAnimationFrame(() => ok(getComputedStyle(document.querySelector('.late-banner')!).display))),
      ),
    ).toBe('block');
    expect(await visibleText(page)).toContain('A banner that came later');
    await page.close();
  });
});

describe('the keyboard shortcut', () => {
  it('is registered as Alt+Shift+M and toggles clean view', async () => {
    const commands = (await env.margin.worker.evaluate('chrome.commands.getAll()')) as { name: string; shortcut: string }[];
    expect(commands.find((c) => c.name === 'toggle-clean')?.shortcut).toBe('Alt+Shift+M');
    const page = await openPage(env.margin, env.server.origin + SEED_PATH);
    const tabId = await tabIdOf(env.margin, page);
    // Headless Chromium does not route key presses to browser accelerators, so the test runs the command
    // handler the shortcut is bound to.
    await callMargin(env.margin, 'command', 'toggle-clean', tabId);
    expect(await visibleText(page)).not.toContain('Latest News');
    await callMargin(env.margin, 'command', 'toggle-clean', tabId);
    expect(await visibleText(page)).toContain('Latest News');
    await page.close();
  });
});
