/**
 * The page's side of the library's index Worker: the Worker answers with stamps (id, version), and the
 * client draws kept highlights or fetches the others, never a copy older than the index's (the Worker is
 * a stand-in here).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HighlightStamp } from '../../../src/core/library/library-model.ts';
import type { Annotation } from '../../../src/shared/types.ts';

vi.mock('../../../src/shared/messaging.ts', () => ({ toBackground: () => Promise.reject(new Error('not in this test')) }));

class FakeWorker {
  static last: FakeWorker;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: unknown = null;
  posted: { type: string; id?: number }[] = [];
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: { type: string; id?: number }) {
    this.posted.push(message);
    // Answer a query at once with the rows the test set.
    if (message.type === 'query')
      queueMicrotask(() =>
        this.onmessage?.({ data: { type: 'answer', id: message.id, answer: { rows: answerRows, pages: [], total: answerRows.length, urls: null } } }),
      );
  }
  terminate() {}
}
vi.stubGlobal('Worker', FakeWorker);
let answerRows: HighlightStamp[] = [];

const { IndexClient } = await import('../../../src/ui/library/index-client.ts');

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
const hl = (id: string, version = 1, minute = 0) =>
  ({ id, url: 'https://news.example/a', note: `v${version}`, version, updatedAt: at(minute), createdAt: at(0) }) as Annotation;
const stamp = (a: Annotation): HighlightStamp => ({ id: a.id, version: a.version, updated: Date.parse(a.updatedAt) });
const query = { text: '', filters: {}, url: null, limit: 100 };

describe('the library index client', () => {
  afterEach(() => void (answerRows = []));

  it('draws the newest highlights it was given without asking the background, and fetches the others once', async () => {
    const fetched: string[][] = [];
    const client = new IndexClient(
      () => undefined,
      () => undefined,
      () => undefined,
      async (ids) => (fetched.push(ids), ids.map((id) => hl(id))),
    );
    client.send({ type: 'add', annotations: [hl('n1'), hl('n2')], announce: true });
    // A chunk of everything is indexed, not kept.
    client.send({ type: 'add', annotations: [hl('old')] });
    expect(FakeWorker.last.posted.map((m) => m.type)).toEqual(['add', 'add']);
    answerRows = [stamp(hl('n2')), stamp(hl('n1'))];
    expect((await client.query(query)).rows.map((a) => a.id)).toEqual(['n2', 'n1']);
    expect(fetched).toEqual([]);
    answerRows = [stamp(hl('n2')), stamp(hl('old'))];
    expect((await client.query(query)).rows.map((a) => a.id)).toEqual(['n2', 'old']);
    const again = await client.query(query);
    expect(again).toMatchObject({ total: 2 });
    expect(fetched).toEqual([['old']]);
    // Nothing changed: the same answer, so the page draws nothing again.
    expect(await client.query(query)).toBe(again);
    answerRows = [stamp(hl('n2'))];
    expect(await client.query(query)).not.toBe(again);
  });

  it('fetches a row again when the index holds a newer copy, and leaves out a row no longer stored', async () => {
    const client = new IndexClient(
      () => undefined,
      () => undefined,
      () => undefined,
      async (ids) => ids.filter((id) => id !== 'gone').map((id) => hl(id, 2, 5)),
    );
    client.send({ type: 'add', annotations: [hl('a'), hl('gone')], announce: true });
    answerRows = [stamp(hl('a', 2, 5)), { id: 'gone', version: 2, updated: 0 }];
    const rows = (await client.query(query)).rows;
    expect(rows.map((a) => [a.id, a.note])).toEqual([['a', 'v2']]);
    // A page re-read after an edit in another tab is kept as it is now.
    client.send({ type: 'replace-page', url: 'https://news.example/a', annotations: [hl('a', 3, 9)] });
    answerRows = [stamp(hl('a', 3, 9))];
    expect((await client.query(query)).rows.map((a) => a.note)).toEqual(['v3']);
  });
});
