/**
 * Write failures in words a reader can act on. IndexedDB reports a full disk as QuotaExceededError, which
 * Dexie may wrap (an aborted transaction's `inner` error); every other failure is named too. Callers keep
 * the text they tried to save (the note editor keeps it in memory and in its draft), so nothing is lost.
 */
import Dexie from 'dexie';

export const STORAGE_FULL_MESSAGE =
  "Margin could not save: the browser's storage is full. Your text is still in the editor; free some disk space " +
  "(or empty the browser's cache) and save again.";

export class StorageWriteError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageWriteError';
  }
}

/** True when `error`, or an error it wraps, says the storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 5; e = e.inner as typeof e, depth++) {
    if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  }
  return false;
}

/** The message a reader sees for a failed write. */
export function writeErrorMessage(error: unknown): string {
  if (isQuotaError(error)) return STORAGE_FULL_MESSAGE;
  const detail = String((error as Error)?.message ?? error);
  return `Margin could not save: the browser's database refused the change (${detail}). Your text is still in the editor; try again.`;
}

/** Runs a database write; a failure is rethrown as a `StorageWriteError` with a readable message. */
export async function guardWrite<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const fromDatabase =
      error instanceof Dexie.DexieError || (typeof DOMException !== 'undefined' && error instanceof DOMException) || isQuotaError(error);
    if (!fromDatabase) throw error;
    throw new StorageWriteError(writeErrorMessage(error), error);
  }
}
