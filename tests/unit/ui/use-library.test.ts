// @vitest-environment happy-dom
/**
 * The library's first rows come straight from the background's newest highlights, and every query goes to
 * the index Worker once it holds them (the Worker and the background are stand-ins here).
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryAnswer, LibraryQuery } from '../../../src/core/library/library-model.ts';
import type { Annotation, PageRecord } from '../../../src/shared/types.ts';

const asked: { type: string; payload: unknown }[] = [];
let answerNewest: (chunk: unknown) => void = () => undefined;

vi.mock('../../../src/shared/messaging.ts', () => ({
  broadcastMessages: {},
  receive: () => undefined,
  toBackground: (type: string, payload: { newest?: number }) => {
    asked.push({ type, payload });
    if (type === 'library/annotations' && payload.newest) return new Promise((ok) => (answerNewest = ok));
    if (type === 'library/annotations') return Promise.resolve({ annotations: [], next: null, total: 2 });
    if (type === 'settings/get') return Promise.resolve({ colorMeanings: {} });
    return Promise.resolve([]);
  },
}));

const worker = {
  onState: null as null | ((state: { type: 'state'; tags: never[]; size: number; idle: boolean }) => void),
  sent: [] as { type: string }[],
  queries: [] as LibraryQuery[],
};
vi.mock('../../../src/ui/library/index-client.ts', () => ({
  IndexClient: class {
    constructor(onState: typeof worker.onState) {
      worker.onState = onState;
    }
    send(message: { type: string }) {
      worker.sent.push(message);
    }
    query(q: LibraryQuery): Promise<LibraryAnswer<Annotation, PageRecord>> {
      worker.queries.push(q);
      return Promise.resolve({ rows: [], pages: [], total: 0, urls: [] });
    }
    stop() {}
  },
}));

const { useLibrary } = await import('../../../src/ui/library/use-library.ts');
/** What the library asked the background for as its modules loaded, before anything was drawn. */
const askedOnLoad = [...asked];
type Data = ReturnType<typeof useLibrary>;

const highlight = (n: number) => ({ id: `h${n}`, url: `https://news.example/${n}`, note: '', createdAt: `2026-01-0${n}T00:00:00Z` }) as Annotation;
const record = (n: number) => ({ url: `https://news.example/${n}`, title: `Story ${n}` }) as PageRecord;
const plain: LibraryQuery = { text: '', filters: {}, url: null, limit: 100 };

let data: Data;
function Probe() {
  data = useLibrary();
  return null;
}

beforeEach(() => {
  asked.length = worker.sent.length = worker.queries.length = 0;
  render(null, document.body);
});

describe('useLibrary', () => {
  it('asks for the newest highlights and the settings as its modules load, before anything is drawn', () => {
    expect(askedOnLoad).toEqual([
      { type: 'library/annotations', payload: { newest: 100 } },
      { type: 'settings/get', payload: {} },
    ]);
  });

  it('answers the first rows from the newest highlights, a search from the Worker, then everything from the Worker', async () => {
    await act(() => render(h(Probe, null), document.body));
    const first = data.query(plain);
    const typed = data.query({ ...plain, text: 'brine' });
    await act(async () => answerNewest({ annotations: [highlight(2), highlight(1)], pages: [record(1), record(2)], next: null, total: null }));
    expect(await first).toEqual({ rows: [highlight(2), highlight(1)], pages: [record(1), record(2)], total: 2, urls: null });
    await typed;
    expect(worker.queries).toEqual([{ ...plain, text: 'brine' }]);
    // Once the first rows are painted, the Worker is handed the same highlights, and says when it holds them.
    await act(() => new Promise((ok) => setTimeout(ok, 100)));
    expect(worker.sent).toContainEqual({ type: 'add', annotations: [highlight(2), highlight(1)], announce: true });
    expect(await data.query({ ...plain, limit: 1 })).toMatchObject({ rows: [highlight(2)], pages: [record(2)] });
    await act(() => worker.onState!({ type: 'state', tags: [], size: 2, idle: false }));
    await data.query(plain);
    expect(worker.queries).toEqual([{ ...plain, text: 'brine' }, plain]);
  });

  it('asks the Worker for anything but the newest rows: a filter, one page, more rows', async () => {
    await act(() => render(h(Probe, null), document.body));
    await act(async () => answerNewest({ annotations: [highlight(1)], pages: [record(1)], next: null, total: null }));
    await data.query({ ...plain, filters: { color: 'green' } });
    await data.query({ ...plain, url: 'https://news.example/1' });
    await data.query({ ...plain, limit: 200 });
    expect(worker.queries).toHaveLength(3);
  });
});
