// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../../src/ui/shared/persist.ts';

const manager = (persisted: boolean, grant: boolean) =>
  ({
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grant),
  }) as unknown as StorageManager & { persist: ReturnType<typeof vi.fn> };

describe('persistent storage', () => {
  it('asks once per profile, and not at all when storage is already persistent', async () => {
    localStorage.clear();
    const already = manager(true, true);
    expect(await requestPersistentStorage(already)).toBe(true);
    expect(already.persist).not.toHaveBeenCalled();

    const refused = manager(false, false);
    expect(await requestPersistentStorage(refused)).toBe(false);
    expect(await requestPersistentStorage(refused)).toBe(false);
    expect(refused.persist).toHaveBeenCalledTimes(1);
  });
});
