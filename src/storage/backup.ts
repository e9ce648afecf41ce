/**
 * Backing up and restoring everything Margin keeps, through the Web Annotation file format of
 * `core/export/web-annotation.ts`. Restoring checks the whole file before it writes anything, then writes in
 * one transaction, so a bad file or a failed write leaves the database as it was. It is idempotent: an
 * annotation already here (same id) is replaced only by a newer copy (higher version, then later update),
 * so restoring the same file twice changes nothing and duplicates nothing.
 */
import { fromWebAnnotations, toWebAnnotations, type BackupData } from '../core/export/web-annotation.ts';
import { backgroundMessages } from '../shared/message-catalog.ts';
import { HIGHLIGHT_COLORS, type Annotation, type ImportCounts, type PageRecord, type Settings } from '../shared/types.ts';
import { normalizeTags } from './library.ts';
import type { MarginDatabase, SettingRow } from './db.ts';
import { readingRows } from './settings.ts';
import { guardWrite } from './errors.ts';

/** Everything in the database, as the backup file holds it. */
export async function readBackup(db: MarginDatabase): Promise<BackupData> {
  return db.transaction('r', [db.annotations, db.drafts, db.hideRules, db.sites, db.settings, db.pages], async () => ({
    annotations: await db.annotations.toArray(),
    pages: await db.pages.toArray(),
    drafts: await db.drafts.toArray(),
    hideRules: await db.hideRules.toArray(),
    sites: await db.sites.toArray(),
    // The stored rows only: a default the reader never changed stays a default after a restore.
    settings: Object.fromEntries((await db.settings.toArray()).map((row) => [row.key, row.value])),
  }));
}

/** The backup file's text. */
export async function exportBackup(db: MarginDatabase, now = new Date()): Promise<string> {
  return toWebAnnotations(await readBackup(db), now);
}

/** True when `incoming` should replace `stored`: a higher version, or the same version changed later. */
function isNewer(incoming: Annotation, stored: Annotation): boolean {
  return incoming.version > stored.version || (incoming.version === stored.version && incoming.updatedAt > stored.updatedAt);
}

/** The file's settings as Margin's own checks read them (the same check as a settings message). */
function checkedSettings(settings: Record<string, unknown>): Partial<Settings> {
  try {
    return backgroundMessages['settings/set'].payload(settings, 'margin.settings');
  } catch (error) {
    throw new Error(`This backup cannot be restored: ${(error as Error).message}.`);
  }
}

/** Restores a backup file's text; throws (having written nothing) when the file is malformed or foreign. */
export async function importBackup(db: MarginDatabase, text: string): Promise<ImportCounts> {
  const data = fromWebAnnotations(text);
  data.annotations.forEach((a, i) => {
    if (!(HIGHLIGHT_COLORS as readonly string[]).includes(a.color)) {
      throw new Error(`This backup cannot be restored: items[${i}].margin.color must be one of ${HIGHLIGHT_COLORS.join(', ')}.`);
    }
  });
  const { rows: looks, rest } = splitReadingRows(data.settings);
  const settings = checkedSettings(rest);
  const annotations = data.annotations.map((a) => ({ ...a, tags: normalizeTags(a.tags) })) as Annotation[];
  const pages = data.pages.map((p) => ({ ...p, tags: normalizeTags(p.tags) })) as PageRecord[];
  return applyBackup(db, { ...data, annotations, pages }, settings, looks);
}

/** The reading looks (kept per site) apart from the settings proper, which have a check of their own. */
function splitReadingRows(settings: Record<string, unknown>): { rows: SettingRow[]; rest: Record<string, unknown> } {
  const rows = readingRows(settings);
  const taken = new Set<string>(rows.map((row) => row.key));
  return { rows, rest: Object.fromEntries(Object.entries(settings).filter(([key]) => !taken.has(key))) };
}

type CheckedBackup = Omit<BackupData, 'annotations' | 'pages'> & { annotations: Annotation[]; pages: PageRecord[] };

async function applyBackup(db: MarginDatabase, data: CheckedBackup, settings: Partial<Settings>, looks: SettingRow[]): Promise<ImportCounts> {
  const counts: ImportCounts = {
    annotations: data.annotations.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    trashed: data.annotations.filter((a) => a.deletedAt).length,
    drafts: 0,
    hideRules: 0,
    sites: data.sites.length,
    settings: Object.keys(settings).length + looks.length,
  };
  return guardWrite(() =>
    db.transaction('rw', [db.annotations, db.drafts, db.hideRules, db.sites, db.settings, db.pages], async () => {
      const stored = await db.annotations.bulkGet(data.annotations.map((a) => a.id));
      const writes: Annotation[] = [];
      data.annotations.forEach((incoming, i) => {
        const current = stored[i];
        if (!current) counts.added++;
        else if (isNewer(incoming, current)) counts.updated++;
        else {
          counts.unchanged++;
          return;
        }
        writes.push(incoming);
      });
      await db.annotations.bulkPut(writes);

      // A draft is kept when its note exists and it is newer than the draft already here.
      const known = new Set(await db.annotations.toCollection().primaryKeys());
      const drafts = data.drafts.filter((d) => known.has(d.annotationId));
      const storedDrafts = await db.drafts.bulkGet(drafts.map((d) => d.annotationId));
      const newerDrafts = drafts.filter((d, i) => !storedDrafts[i] || d.updatedAt > storedDrafts[i]!.updatedAt);
      await db.drafts.bulkPut(newerDrafts);
      counts.drafts = newerDrafts.length;

      // Hide rules are the same rule when host, selector, page and words match; a new one keeps its id when
      // that id is free.
      for (const rule of data.hideRules) {
        const same = await db.hideRules
          .where('host')
          .equals(rule.host)
          .filter((r) => r.selector === rule.selector && r.page === rule.page && r.text === rule.text)
          .first();
        if (same) continue;
        const idFree = rule.id !== undefined && !(await db.hideRules.get(rule.id));
        const { id, ...rest } = rule;
        await db.hideRules.add(idFree ? { ...rest, id } : rest);
        counts.hideRules++;
      }
      // A library page is replaced by a copy changed later (its note and tags with it).
      const storedPages = await db.pages.bulkGet(data.pages.map((p) => p.url));
      await db.pages.bulkPut(data.pages.filter((p, i) => !storedPages[i] || p.updatedAt > storedPages[i]!.updatedAt));
      await db.sites.bulkPut(data.sites);
      await db.settings.bulkPut(Object.entries(settings).map(([key, value]) => ({ key: key as keyof Settings, value })));
      await db.settings.bulkPut(looks);
      return counts;
    }),
  );
}
