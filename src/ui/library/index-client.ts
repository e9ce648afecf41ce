/** The library page's side of its index Worker: data sent in order, queries answered by promise. */
import type { LibraryAnswer, LibraryQuery } from '../../core/library/library-model.ts';
import type { Annotation, PageRecord } from '../../shared/types.ts';
import type { FromIndex, ToIndex } from './index-protocol.ts';

export type IndexState = Extract<FromIndex, { type: 'state' }>;

export class IndexClient {
  private readonly worker = new Worker(new URL('./index.worker.ts', import.meta.url), { type: 'module' });
  private next = 0;
  private readonly waiting = new Map<number, { ok: (a: LibraryAnswer<Annotation, PageRecord>) => void; fail: (e: Error) => void }>();

  constructor(onState: (state: IndexState) => void, onProgress: (size: number) => void, onError: (message: string) => void) {
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
    this.worker.postMessage(message);
  }

  query(query: LibraryQuery): Promise<LibraryAnswer<Annotation, PageRecord>> {
    const id = ++this.next;
    return new Promise((ok, fail) => {
      this.waiting.set(id, { ok, fail });
      this.worker.postMessage({ type: 'query', id, query } satisfies ToIndex);
    });
  }

  stop(): void {
    this.worker.terminate();
  }
}
