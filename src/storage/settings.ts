/** The reader's settings, one row per key, merged over the defaults; the clean view's reading look. */
import { DEFAULT_LEGEND_LAYOUT, toLegendLayout, type LegendLayout } from '../core/reading/legend-layout.ts';
import { toReadingPrefs, type ReadingPrefs } from '../core/reading/prefs.ts';
import type { MarginDatabase, SettingRow } from './db.ts';
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

/**
 * The clean view's reading look is kept per site, and the legend's place once for all sites, in the same
 * table as the settings, under keys of their own (`readSettings` reads only the settings' keys).
 */
const readingKey = (host: string) => `reading:${host}` as SettingRow['key'];
const LEGEND_KEY = 'legend-layout' as SettingRow['key'];

/** The reading look of `host`: what the reader chose there, or the defaults. */
export async function readReading(db: MarginDatabase, host: string): Promise<ReadingPrefs> {
  return toReadingPrefs((await db.settings.get(readingKey(host)))?.value);
}

export async function writeReading(db: MarginDatabase, host: string, reading: ReadingPrefs): Promise<ReadingPrefs> {
  const value = toReadingPrefs(reading);
  await guardWrite(() => db.settings.put({ key: readingKey(host), value }));
  return value;
}

/** A host as `hostOf` gives it: letters, digits, dots, dashes, an optional port. */
const HOST_PATTERN = /^[a-z0-9.-]+(:\d+)?$/i;

/**
 * The reading looks and the legend's place among a backup's settings rows, each value passed through the same
 * check a stored value gets; rows under any other key are left to the settings' own check.
 */
export function readingRows(settings: Record<string, unknown>): SettingRow[] {
  const rows: SettingRow[] = [];
  for (const [key, value] of Object.entries(settings)) {
    if (key === LEGEND_KEY) rows.push({ key: LEGEND_KEY, value: toLegendLayout(value) });
    else if (key.startsWith('reading:') && HOST_PATTERN.test(key.slice('reading:'.length))) {
      rows.push({ key: key as SettingRow['key'], value: toReadingPrefs(value) });
    }
  }
  return rows;
}

export async function readLegendLayout(db: MarginDatabase): Promise<LegendLayout> {
  return toLegendLayout((await db.settings.get(LEGEND_KEY))?.value ?? DEFAULT_LEGEND_LAYOUT);
}

export async function writeLegendLayout(db: MarginDatabase, layout: LegendLayout): Promise<LegendLayout> {
  const value = toLegendLayout(layout);
  await guardWrite(() => db.settings.put({ key: LEGEND_KEY, value }));
  return value;
}
