/** Reading and writing the reader's highlights and notes. */
import type { MarginDatabase } from './db.ts';
import type { Annotation, NewAnnotation } from '../shared/types.ts';

/** A page's annotations in page order (by their position in the page's text). */
export async function listAnnotations(db: MarginDatabase, url: string): Promise<Annotation[]> {
  const rows = await db.annotations.where('url').equals(url).toArray();
  return rows.sort((a, b) => a.position.start - b.position.start || a.createdAt.localeCompare(b.createdAt));
}

export async function createAnnotation(db: MarginDatabase, input: NewAnnotation, now = new Date()): Promise<Annotation> {
  const stamp = now.toISOString();
  const annotation: Annotation = { ...input, id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp };
  await db.annotations.add(annotation);
  return annotation;
}

/** Changes a note or colour; resolves to null when the annotation no longer exists. */
export async function updateAnnotation(db: MarginDatabase, id: string, patch: Partial<Pick<Annotation, 'note' | 'color'>>, now = new Date()): Promise<Annotation | null> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) return null;
    const next: Annotation = { ...current, ...patch, updatedAt: now.toISOString() };
    await db.annotations.put(next);
    return next;
  });
}

export async function deleteAnnotation(db: MarginDatabase, id: string): Promise<boolean> {
  const existed = (await db.annotations.get(id)) !== undefined;
  await db.annotations.delete(id);
  return existed;
}
