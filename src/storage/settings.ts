/** The reader's settings, one row per key, merged over the defaults. */
import type { MarginDatabase } from './db.ts';
import { guardWrite } from './errors.ts';
import { DEFAULT_SETTINGS, type Settings } from '../shared/types.ts';

export async function readSettings(db: MarginDatabase): Promise<Settings> {
  const rows = await db.settings.toArray();
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (row.key in DEFAULT_SETTINGS) (settings as unknown as Record<string, unknown>)[row.key] = row.value;
  }
  return settings;
}

export async function writeSettings(db: MarginDatabase, patch: Partial<Settings>): Promise<Settings> {
  const rows = Object.entries(patch)
    .filter(([key, value]) => key in DEFAULT_SETTINGS && value !== undefined)
    .map(([key, value]) => ({ key: key as keyof Settings, value }));
  await guardWrite(() => db.settings.bulkPut(rows));
  return readSettings(db);
}
