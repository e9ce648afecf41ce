/** `drafts/list` through the background's message handling: the sender policy, the handler and the database. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../../src/shared/message-catalog.ts';
import type { RawSender } from '../../../src/shared/sender-policy.ts';

type Listener = (message: unknown, sender: RawSender) => Promise<Reply<unknown>> | undefined;
const listeners: Listener[] = [];

vi.mock('../../../src/shared/browser.ts', () => ({
  browser: {
    runtime: {
      id: 'margin-id',
      getURL: (path: string) => `chrome-extension://margin-id/${path}`,
      onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
    },
  },
  chromeOnly: {},
  hasNotesPanel: false,
}));

const { handleMessages } = await import('../../../src/background/handlers.ts');
const { MarginDatabase } = await import('../../../src/storage/db.ts');
const { createAnnotation } = await import('../../../src/storage/annotations.ts');
const { setDraft } = await import('../../../src/storage/drafts.ts');

const story = 'https://news.example/story';
const sidePanel: RawSender = { id: 'margin-id', url: 'chrome-extension://margin-id/src/ui/sidepanel/index.html' };
/** The note editor, framed in a tab that shows `tabUrl`. */
const noteFrame = (tabUrl: string): RawSender => ({
  id: 'margin-id',
  url: 'chrome-extension://margin-id/src/ui/note-frame/index.html',
  frameId: 3,
  tab: { id: 5, url: tabUrl },
});
const content: RawSender = { id: 'margin-id', url: story, frameId: 0, tab: { id: 5, url: story } };

/** Sends through every listener the background registered; the one that handles the message answers. */
async function send(type: string, payload: unknown, sender: RawSender): Promise<Reply<unknown>> {
  for (const listener of listeners) {
    const reply = listener({ margin: 1, type, payload }, sender);
    if (reply) return reply;
  }
  throw new Error(`nobody handles ${type}`);
}

let db: InstanceType<typeof MarginDatabase>;
const highlight = (url: string, exact: string) =>
  createAnnotation(db, {
    url,
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    color: 'yellow',
    note: '',
  });

beforeEach(() => {
  listeners.length = 0;
  db = new MarginDatabase(`test-${Math.random()}`);
  handleMessages(db);
});
// handleMessages empties old Trash as it starts: the database goes once that write is done.
afterEach(async () => {
  await db.transaction('rw', db.annotations, db.drafts, () => undefined);
  await db.delete();
});

describe('drafts/list', () => {
  it('answers a Margin page with the drafts of the annotations it lists, in one message', async () => {
    const [a, b] = [await highlight(story, 'one'), await highlight(story, 'two')];
    await setDraft(db, b.id, 'unsaved words', 1);
    await expect(send('drafts/list', { ids: [a.id, b.id] }, sidePanel)).resolves.toEqual({
      ok: true,
      value: [{ id: b.id, text: 'unsaved words', baseVersion: 1 }],
    });
  });

  it('holds a framed note editor to its tab’s site, like drafts/get, and refuses content scripts', async () => {
    const mine = await highlight(story, 'mine');
    const theirs = await highlight('https://other.example/x', 'theirs');
    await setDraft(db, theirs.id, 'private', 1);
    await expect(send('drafts/list', { ids: [mine.id] }, noteFrame(story))).resolves.toEqual({ ok: true, value: [] });
    await expect(send('drafts/list', { ids: [mine.id, theirs.id] }, noteFrame(story))).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/another site \(other\.example/),
    });
    await expect(send('drafts/list', { ids: ['nothing'] }, noteFrame(story))).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/no annotation nothing/),
    });
    await expect(send('drafts/list', { ids: [mine.id] }, content)).resolves.toMatchObject({
      ok: false,
      error: "drafts/list is not allowed from a web page's content script.",
    });
  });

  it('refuses a list longer than one drawing needs', async () => {
    const ids = Array.from({ length: 501 }, (_, i) => `id-${i}`);
    await expect(send('drafts/list', { ids }, sidePanel)).resolves.toMatchObject({ ok: false, error: expect.stringMatching(/at most 500 ids/) });
  });
});
