/**
 * The library page's side of its index Worker: data sent in order, queries answered by promise. The Worker
 * keeps no quote or note (memory): it answers with the stamps (id, version) of the rows to draw, and this
 * side fills them in from the highlights it has seen recently, asking the background for the others in one
 * message (`library/annotations-by-id`).
 */
import type { HighlightStamp, LibraryAnswer, LibraryQuery } from '../../core/library/library-model.ts';
import { toBackground } from '../../shared/messaging.ts';
import type { Annotation, PageRecord } from '../../shared/types.ts';
import type { FromIndex, ToIndex } from './index-protocol.ts';

export type IndexState = Extract<FromIndex, { type: 'state' }>;
type Stamped = LibraryAnswer<HighlightStamp, PageRecord>;

/**
 * Highlights kept on the page to draw rows without asking the background: the newest (read first) and
 * those drawn lately. At least twice the rows asked for, so *Show more* and typing back reuse them.
 */
const KEPT_ROWS = 1000;

/** True when `a` is the copy the index holds, or a newer one. */
const atLeast = (a: Annotation, s: HighlightStamp) => a.version > s.version || (a.version === s.version && Date.parse(a.updatedAt) >= s.updated);

const sameList = <T>(a: readonly T[] | null, b: readonly T[] | null) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

function sameAnswer(a: LibraryAnswer<Annotation, PageRecord>, b: LibraryAnswer<Annotation, PageRecord>): boolean {
  return (
    a.total === b.total &&
    sameList(a.rows, b.rows) &&
    sameList(a.urls, b.urls) &&
    a.pages.length === b.pages.length &&
    a.pages.every((p, i) => JSON.stringify(p) === JSON.stringify(b.pages[i]))
  );
}

export class IndexClient {
  private readonly worker = new Worker(new URL('./index.worker.ts', import.meta.url), { type: 'module' });
  private next = 0;
  private readonly waiting = new Map<number, { ok: (a: Stamped) => void; fail: (e: Error) => void }>();
  /** Recently seen highlights by id, least recently used first. */
  private readonly kept = new Map<string, Annotation>();
  private keep = KEPT_ROWS;
  private last: LibraryAnswer<Annotation, PageRecord> | null = null;

  constructor(
    onState: (state: IndexState) => void,
    onProgress: (size: number) => void,
    onError: (message: string) => void,
    private readonly fetchRows: (ids: string[]) => Promise<Annotation[]> = (ids) => toBackground('library/annotations-by-id', { ids }),
  ) {
    this.worker.onmessage = (event: MessageEvent<FromIndex>) => {
      const message = event.data;
      if (message.type === 'answer') {
        this.waiting.get(message.id)?.ok(message.answer);
        this.waiting.delete(message.id);
      } else if (message.type === 'state') onState(message);
      else if (message.type === 'progress') onProgress(message.size);
      else {
        for (const { fail } of this.waiting.values()) fail(new Error(message.message));
        this.waiting.clear();
        onError(`The library's index failed: ${message.message}`);
      }
    };
    this.worker.onerror = (event) => onError(`The library's index failed: ${event.message}`);
  }

  send(message: Exclude<ToIndex, { type: 'query' }>): void {
    // The newest highlights (the first rows) and a page's changed ones are kept; a chunk of everything only
    // refreshes highlights already kept.
    if (message.type === 'replace-page' || (message.type === 'add' && message.announce)) for (const a of message.annotations) this.remember(a);
    else if (message.type === 'add') for (const a of message.annotations) if (this.kept.has(a.id)) this.remember(a);
    this.worker.postMessage(message);
  }

  async query(query: LibraryQuery): Promise<LibraryAnswer<Annotation, PageRecord>> {
    const id = ++this.next;
    const answer = await new Promise<Stamped>((ok, fail) => {
      this.waiting.set(id, { ok, fail });
      this.worker.postMessage({ type: 'query', id, query } satisfies ToIndex);
    });
    this.keep = Math.max(KEPT_ROWS, 2 * query.limit);
    const missing = answer.rows.filter((s) => {
      const a = this.kept.get(s.id);
      return !a || !atLeast(a, s);
    });
    if (missing.length) for (const a of await this.fetchRows(missing.map((s) => s.id))) this.remember(a);
    // A row deleted meanwhile is left out (the change that deleted it is on its way to the index), and so is
    // a kept copy older than the index's that the background no longer has.
    const rows: Annotation[] = [];
    for (const s of answer.rows) {
      const a = this.kept.get(s.id);
      if (a && atLeast(a, s)) rows.push(this.remember(a));
    }
    const next = { ...answer, rows };
    // The same answer as before (a keystroke that changes no row, count or page) is the same object, so
    // the page has nothing to draw again.
    if (this.last && sameAnswer(this.last, next)) return this.last;
    return (this.last = next);
  }

  stop(): void {
    this.worker.terminate();
  }

  private remember(a: Annotation): Annotation {
    const had = this.kept.get(a.id);
    const newest = had && !atLeast(a, { id: had.id, version: had.version, updated: Date.parse(had.updatedAt) }) ? had : a;
    this.kept.delete(a.id);
    this.kept.set(a.id, newest);
    if (this.kept.size > this.keep) this.kept.delete(this.kept.keys().next().value!);
    return newest;
  }
}
