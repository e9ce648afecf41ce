/**
 * Unsaved note text, kept while the reader types (the editors save a draft a moment after each change), so
 * closing the editor, Escape, a click elsewhere or a reload loses nothing. Saving the note clears its draft
 * (see `updateAnnotation`); purging an annotation from the Trash drops its draft.
 */
import type { MarginDatabase } from './db.ts';
import { guardWrite } from './errors.ts';

/** The longest draft kept (characters): a note is prose, a megabyte of it is a mistake or an attack. */
export const MAX_DRAFT_LENGTH = 1_000_000;

export async function getDraft(db: MarginDatabase, annotationId: string): Promise<{ text: string; baseVersion: number } | null> {
  const draft = await db.drafts.get(annotationId);
  return draft ? { text: draft.text, baseVersion: draft.baseVersion } : null;
}

/** A draft as the note editors read it, with the id of its annotation. */
export interface DraftEntry {
  id: string;
  text: string;
  baseVersion: number;
}

/**
 * The drafts of these annotations, in one read (a list drawn asks for the drafts of all its rows at once);
 * annotations without a draft are left out.
 */
export async function listDrafts(db: MarginDatabase, annotationIds: readonly string[]): Promise<DraftEntry[]> {
  const drafts = await db.drafts.bulkGet([...new Set(annotationIds)]);
  return drafts.filter((d) => d !== undefined).map((d) => ({ id: d.annotationId, text: d.text, baseVersion: d.baseVersion }));
}

/** Keeps a draft; false when the annotation does not exist (a draft of nothing would never be seen). */
export async function setDraft(db: MarginDatabase, annotationId: string, text: string, baseVersion: number, now = new Date()): Promise<boolean> {
  if (text.length > MAX_DRAFT_LENGTH) throw new Error(`A note draft is limited to ${MAX_DRAFT_LENGTH} characters.`);
  return guardWrite(() =>
    db.transaction('rw', db.annotations, db.drafts, async () => {
      if (!(await db.annotations.get(annotationId))) return false;
      await db.drafts.put({ annotationId, text, baseVersion, updatedAt: now.toISOString() });
      return true;
    }),
  );
}

/** Drops a draft (the reader discarded it); true when there was one. */
export async function clearDraft(db: MarginDatabase, annotationId: string): Promise<boolean> {
  return guardWrite(() =>
    db.transaction('rw', db.drafts, async () => {
      const existed = (await db.drafts.get(annotationId)) !== undefined;
      await db.drafts.delete(annotationId);
      return existed;
    }),
  );
}
