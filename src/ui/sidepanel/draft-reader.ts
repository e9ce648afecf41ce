/**
 * Whether each row drawn has an unsaved draft, asked in one message for all the rows drawn together: a list
 * of a hundred highlights (the side panel, the library) would otherwise send a hundred `drafts/get`, which
 * the background and the page then answer one by one while the reader scrolls or types.
 */
import { DRAFT_IDS_PER_MESSAGE } from '../../shared/message-catalog.ts';

export interface DraftOf {
  text: string;
  baseVersion: number;
}

type ListDrafts = (ids: string[]) => Promise<({ id: string } & DraftOf)[]>;

/**
 * A reader of drafts by annotation id: every id asked for in the same task (the rows of one drawing) goes
 * into one `list` call (several when there are more than `perCall`); each caller gets its own draft or null.
 */
export function batchedDraftReader(list: ListDrafts, perCall = DRAFT_IDS_PER_MESSAGE): (id: string) => Promise<DraftOf | null> {
  let waiting: Map<string, { ok: (d: DraftOf | null) => void; fail: (e: unknown) => void }[]> | null = null;
  const flush = () => {
    const batch = waiting!;
    waiting = null;
    const ids = [...batch.keys()];
    for (let start = 0; start < ids.length; start += perCall) {
      const part = ids.slice(start, start + perCall);
      list(part).then(
        (found) => {
          const byId = new Map(found.map(({ id, text, baseVersion }) => [id, { text, baseVersion }]));
          for (const id of part) for (const { ok } of batch.get(id)!) ok(byId.get(id) ?? null);
        },
        (error: unknown) => {
          for (const id of part) for (const { fail } of batch.get(id)!) fail(error);
        },
      );
    }
  };
  return (id) =>
    new Promise((ok, fail) => {
      if (!waiting) {
        waiting = new Map();
        // After the current task's synchronous work: every row's effect of one drawing runs in it.
        queueMicrotask(flush);
      }
      const callers = waiting.get(id);
      if (callers) callers.push({ ok, fail });
      else waiting.set(id, [{ ok, fail }]);
    });
}
