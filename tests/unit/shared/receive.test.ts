import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../../src/shared/message-catalog.ts';
import type { RawSender, SiteLookup } from '../../../src/shared/sender-policy.ts';

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
}));

const { backgroundMessages, pageMessages, receive } = await import('../../../src/shared/messaging.ts');

const page = 'https://news.example/story';
const content: RawSender = { id: 'margin-id', url: page, frameId: 0, tab: { id: 1, url: page } };
const sidePanel: RawSender = { id: 'margin-id', url: 'chrome-extension://margin-id/src/ui/sidepanel/index.html' };
const sites: SiteLookup = { annotationUrl: async () => undefined, ruleHost: async () => undefined };
const send = (type: string, payload: unknown, sender: RawSender) => listeners[0]({ margin: 1, type, payload }, sender);
const note = { id: 'a', url: page, note: 'private', color: 'yellow' };

describe('receive() with the sender policy', () => {
  const handlers = {
    'annotations/list': vi.fn(async () => [note]),
    'sites/set': vi.fn(async ({ url, autoClean }: { url: string; autoClean: boolean }) => ({ host: new URL(url).hostname, autoClean })),
  };
  beforeEach(() => {
    listeners.length = 0;
    handlers['annotations/list'].mockClear();
    handlers['sites/set'].mockClear();
    receive(backgroundMessages, handlers as never, sites);
  });

  it('refuses before the handler runs, with the reason as the error', async () => {
    await expect(send('sites/set', { url: page, autoClean: true }, content)).resolves.toEqual({
      ok: false,
      error: "sites/set is not allowed from a web page's content script.",
    });
    await expect(send('annotations/list', { url: 'https://other.example/' }, content)).resolves.toMatchObject({ ok: false });
    expect(handlers['sites/set']).not.toHaveBeenCalled();
    expect(handlers['annotations/list']).not.toHaveBeenCalled();
  });

  it('refuses other extensions', async () => {
    await expect(send('annotations/list', { url: page }, { ...sidePanel, id: 'other' })).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/other extensions/),
    });
    expect(handlers['annotations/list']).not.toHaveBeenCalled();
  });

  it('answers allowed senders, with the note text blanked for content scripts', async () => {
    await expect(send('annotations/list', { url: page }, content)).resolves.toEqual({ ok: true, value: [{ ...note, note: '' }] });
    await expect(send('annotations/list', { url: page }, sidePanel)).resolves.toEqual({ ok: true, value: [note] });
    await expect(send('sites/set', { url: page, autoClean: true }, sidePanel)).resolves.toEqual({
      ok: true,
      value: { host: 'news.example', autoClean: true },
    });
    expect(handlers['annotations/list']).toHaveBeenCalledTimes(2);
  });

  it("insists on a site lookup for the background's messages", () => {
    expect(() => (receive as (...a: unknown[]) => void)(backgroundMessages, {})).toThrow(/SiteLookup/);
  });

  it("checks only the sender's identity for other catalogs", async () => {
    listeners.length = 0;
    receive(pageMessages, { 'page/ping': () => true });
    await expect(send('page/ping', {}, sidePanel)).resolves.toEqual({ ok: true, value: true });
    await expect(send('page/ping', {}, { ...sidePanel, id: 'other' })).resolves.toMatchObject({ ok: false });
  });
});
