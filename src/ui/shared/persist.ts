/**
 * Asks the browser to keep Margin's storage when the disk runs low (`navigator.storage.persist()`), once per
 * profile. Chrome already treats an extension with the `unlimitedStorage` permission as persistent, so there
 * the answer is simply yes; Firefox may ask the reader. Only pages can ask (a service worker has no
 * `persist()`), so the side panel and the options page call this when they open.
 */
const ASKED_KEY = 'margin.persistence-asked';

export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  if (globalThis.localStorage?.getItem(ASKED_KEY)) return false;
  globalThis.localStorage?.setItem(ASKED_KEY, new Date().toISOString());
  return storage.persist();
}
