/**
 * Reading and writing the reader's highlights and notes. Nothing here ever destroys a note at once: delete
 * moves it to the Trash (purged after `TRASH_DAYS`), and a save made from an older version than the stored
 * one keeps both texts when the note changed in between.
 */
import type { MarginDatabase } from './db.ts';
import { guardWrite } from './errors.ts';
import { TRASH_DAYS, type Annotation, type NewAnnotation, type UpdateResult } from '../shared/types.ts';

export { TRASH_DAYS };
const DAY_MS = 24 * 60 * 60 * 1000;

/** The line between the stored note and the one saved over it from an older version. */
export const MERGE_SEPARATOR = '\n\n— edited in another tab —\n\n';

const byPageOrder = (a: Annotation, b: Annotation) => a.position.start - b.position.start || a.createdAt.localeCompare(b.createdAt);

/** A page's annotations in page order (by their position in the page's text); the Trash is left out. */
export async function listAnnotations(db: MarginDatabase, url: string): Promise<Annotation[]> {
  const rows = await db.annotations
    .where('url')
    .equals(url)
    .filter((a) => !a.deletedAt)
    .toArray();
  return rows.sort(byPageOrder);
}

/** One annotation, in the Trash or not; null when there is none with that id. */
export async function getAnnotation(db: MarginDatabase, id: string): Promise<Annotation | null> {
  return (await db.annotations.get(id)) ?? null;
}

export async function createAnnotation(db: MarginDatabase, input: NewAnnotation, now = new Date()): Promise<Annotation> {
  const stamp = now.toISOString();
  const annotation: Annotation = { ...input, tags: input.tags ?? [], id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, version: 1 };
  await guardWrite(() => db.annotations.add(annotation));
  return annotation;
}

export interface AnnotationPatch {
  note?: string;
  color?: Annotation['color'];
  /** The version the editor started from; without it the save applies as is (a caller that cannot conflict). */
  baseVersion?: number;
}

/** The note to store when `incoming` was written from `baseVersion` and the stored note may have changed since. */
function mergedNote(current: Annotation, incoming: string, baseVersion: number | undefined): { note: string; merged: boolean } {
  const noteChangedSinceBase = baseVersion !== undefined && baseVersion < (current.noteVersion ?? 1);
  if (!noteChangedSinceBase || incoming === current.note || current.note === '') return { note: incoming, merged: false };
  // One text holding the other loses nothing by keeping the longer one alone.
  if (incoming.includes(current.note)) return { note: incoming, merged: false };
  if (current.note.includes(incoming)) return { note: current.note, merged: true };
  return { note: current.note + MERGE_SEPARATOR + incoming, merged: true };
}

/**
 * Changes a note or colour. The version goes up by one; a note saved from an older version than the one
 * whose note is stored is merged with it (stored text first, then the new one), never written over it.
 * Saving a note clears its draft. An annotation in the Trash takes the change and stays there (a note
 * edited while another tab deleted it is kept). Resolves to a null annotation when the id is unknown.
 */
export async function updateAnnotation(db: MarginDatabase, id: string, patch: AnnotationPatch, now = new Date()): Promise<UpdateResult> {
  return guardWrite(() =>
    db.transaction('rw', db.annotations, db.drafts, async () => {
      const current = await db.annotations.get(id);
      if (!current) return { annotation: null, merged: false };
      const version = current.version + 1;
      const next: Annotation = { ...current, ...(patch.color && { color: patch.color }), version, updatedAt: now.toISOString() };
      let merged = false;
      if (patch.note !== undefined) {
        const result = mergedNote(current, patch.note, patch.baseVersion);
        merged = result.merged;
        if (result.note !== current.note) {
          next.note = result.note;
          next.noteVersion = version;
        }
        await db.drafts.delete(id);
      }
      await db.annotations.put(next);
      return { annotation: next, merged };
    }),
  );
}

/** Moves an annotation to the Trash; false when there is none, or it is already there. */
export async function deleteAnnotation(db: MarginDatabase, id: string, now = new Date()): Promise<boolean> {
  return guardWrite(() =>
    db.transaction('rw', db.annotations, async () => {
      const current = await db.annotations.get(id);
      if (!current || current.deletedAt) return false;
      const stamp = now.toISOString();
      await db.annotations.put({ ...current, deletedAt: stamp, updatedAt: stamp, version: current.version + 1 });
      return true;
    }),
  );
}

/** Takes an annotation out of the Trash (Undo, Restore); null when it is gone (unknown id or purged). */
export async function undeleteAnnotation(db: MarginDatabase, id: string, now = new Date()): Promise<Annotation | null> {
  return guardWrite(() =>
    db.transaction('rw', db.annotations, async () => {
      const current = await db.annotations.get(id);
      if (!current) return null;
      if (!current.deletedAt) return current;
      const { deletedAt: _deleted, ...rest } = current;
      const restored: Annotation = { ...rest, updatedAt: now.toISOString(), version: current.version + 1 };
      await db.annotations.put(restored);
      return restored;
    }),
  );
}

/** The Trash, most recently deleted first; of one page when `url` is given. */
export async function listTrash(db: MarginDatabase, url?: string): Promise<Annotation[]> {
  const rows = await db.annotations.where('deletedAt').above('').toArray();
  return rows.filter((a) => url === undefined || a.url === url).sort((a, b) => b.deletedAt!.localeCompare(a.deletedAt!));
}

/** Deletes for good what has been in the Trash longer than `TRASH_DAYS` (and its drafts); resolves to how many. */
export async function purgeTrash(db: MarginDatabase, now = new Date(), days = TRASH_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return guardWrite(() =>
    db.transaction('rw', db.annotations, db.drafts, async () => {
      const ids = await db.annotations.where('deletedAt').below(cutoff).primaryKeys();
      await db.annotations.bulkDelete(ids);
      await db.drafts.bulkDelete(ids);
      return ids.length;
    }),
  );
}
