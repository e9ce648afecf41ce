/**
 * The background checks who asks. Code running in Margin's content-script world on a page of 127.0.0.1 (as
 * a page that found a hole in the content script could run it) asks the background for another site's notes
 * and rules, writes a hide rule for another host and switches on "always clean": every request is refused
 * and the other site's data stays as it was. The content-script world is reached through the DevTools
 * protocol: the isolated world Chromium made for Margin in the page.
 */
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { newsPage } from './support/test-pages.ts';

const env = useBrowser();
const SECRET = 'A note that belongs to another site';
const OWN_SECRET = 'A note on this page that its scripts must not read';

/** Another site: no page of it needs to be served, its data only needs to be in Margin's database. */
const otherSite = () => `http://localhost:${new URL(env.server.origin).port}`;
const ownPage = () => `${env.server.origin}/policy/article.html`;

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** Runs `chrome.runtime.sendMessage` in Margin's isolated world in `page`, as its content script would. */
class ContentWorld {
  private constructor(
    private session: CDPSession,
    private contextId: number,
  ) {}

  static async of(page: Page, extensionId: string): Promise<ContentWorld> {
    const session = await page.context().newCDPSession(page);
    const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await session.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
    if (!world)
      throw new Error(
        `No Margin content-script world in ${page.url()} (contexts: ${contexts.map((c) => `${c.origin} ${c.auxData?.type}`).join(', ')})`,
      );
    return new ContentWorld(session, world.id);
  }

  async ask(type: string, payload: unknown): Promise<Reply> {
    const expression = `chrome.runtime.sendMessage(${JSON.stringify({ margin: 1, type, payload })})`;
    const { result, exceptionDetails } = await this.session.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`${type}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as Reply;
  }
}

/** Runs code with Margin's database (`margin.db`) in the service worker. */
function inWorker<T>(code: string): Promise<T> {
  return env.margin.worker.evaluate(`(async () => { const db = globalThis.margin.db; ${code} })()`) as Promise<T>;
}

const annotation = (id: string, url: string, exact: string, note: string) => ({
  id,
  url,
  note,
  color: 'yellow',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: exact.length },
});

let world: ContentWorld;
let page: Page;

beforeAll(async () => {
  env.server.route('/policy/article.html', newsPage({ title: 'A page with a hole in its content script' }));
  const other = otherSite();
  await inWorker(`
    await db.annotations.bulkPut(${JSON.stringify([
      annotation('other-note', `${other}/story`, 'the other story', SECRET),
      annotation('own-note', ownPage(), 'the own story', OWN_SECRET),
    ])});
    await db.hideRules.add({ host: 'localhost', selector: '.ad', createdAt: '2026-01-01T00:00:00.000Z' });
  `);
  page = await openPage(env.margin, ownPage());
  world = await ContentWorld.of(page, env.margin.extensionId);
});

const otherRules = () => inWorker<string[]>(`return (await db.hideRules.where('host').equals('localhost').toArray()).map((r) => r.selector);`);
const refused = (type: string) => ({ ok: false, error: expect.stringContaining(type) });

describe('a content-script world asking for another site', () => {
  it('gets none of its notes, by page or by id, and changes none', async () => {
    const listed = await world.ask('annotations/list', { url: `${otherSite()}/story` });
    expect(listed).toEqual(refused('another site'));
    expect(JSON.stringify(listed)).not.toContain(SECRET);
    expect(await world.ask('page/hello', { url: `${otherSite()}/story` })).toMatchObject({ ok: false });
    expect(await world.ask('annotations/update', { id: 'other-note', note: 'overwritten' })).toEqual(
      refused("is not allowed from a web page's content script"),
    );
    expect(await world.ask('annotations/delete', { id: 'other-note' })).toMatchObject({ ok: false });
    expect(await world.ask('annotations/get', { id: 'other-note' })).toMatchObject({ ok: false });
    expect(await world.ask('backup/export', {})).toEqual(refused('backup/export is not allowed'));
    const stored = await inWorker<{ note: string; deletedAt?: string }>(`return db.annotations.get('other-note');`);
    expect(stored).toMatchObject({ note: SECRET });
    expect(stored.deletedAt).toBeUndefined();
  });

  it('cannot list the rules of every site, nor write a hide rule for another host', async () => {
    expect(await world.ask('rules/list', {})).toEqual(refused('rules/list is not allowed'));
    expect(await world.ask('rules/add', { url: `${otherSite()}/`, selector: 'body' })).toEqual(refused('another site'));
    const [rule] = await inWorker<{ id: number }[]>(`return db.hideRules.where('host').equals('localhost').toArray();`);
    expect(await world.ask('rules/delete', { id: rule.id })).toEqual(refused('another site'));
    expect(await world.ask('rules/update', { id: rule.id, selector: 'body' })).toMatchObject({ ok: false });
    expect(await otherRules()).toEqual(['.ad']);
  });

  it('cannot switch on "always clean", there or on its own site, nor change settings beyond the kinds shown', async () => {
    expect(await world.ask('sites/set', { url: `${otherSite()}/`, autoClean: true })).toEqual(refused('sites/set is not allowed'));
    expect(await world.ask('sites/set', { url: ownPage(), autoClean: true })).toMatchObject({ ok: false });
    expect(await world.ask('sites/auto-clean-list', {})).toMatchObject({ ok: false });
    expect(await inWorker<number>(`return db.sites.where('autoClean').equals(1).count();`)).toBe(0);
    expect(await world.ask('settings/set', { cleanOnPopup: false })).toEqual(refused('only the highlighted kinds'));
  });
});

describe('a content-script world on its own site', () => {
  it("gets its page's highlights without their note text, and may save the kinds shown", async () => {
    const listed = await world.ask('annotations/list', { url: ownPage() });
    expect(listed).toMatchObject({ ok: true, value: [{ id: 'own-note', note: '' }] });
    expect(JSON.stringify(listed)).not.toContain(OWN_SECRET);
    const hello = await world.ask('page/hello', { url: ownPage() });
    expect(JSON.stringify(hello)).not.toContain(OWN_SECRET);
    expect(hello).toMatchObject({ ok: true });
    expect(await world.ask('settings/set', { enabledGroups: ['people'] })).toMatchObject({ ok: true });
    expect(await inWorker<string>(`return (await db.annotations.get('own-note')).note;`)).toBe(OWN_SECRET);
  });
});
