/**
 * Margin's database: IndexedDB in the extension's own origin, through Dexie. Only the background service
 * worker and extension pages open it; web pages never see it.
 *
 * Schema changes add a new `version()` below the old ones (never edit a shipped version), with an
 * `upgrade()` when existing rows need rewriting.
 */
import Dexie, { type Table } from 'dexie';
import type { Annotation, Draft, HideRule, PageRecord, SitePrefs, Settings } from '../shared/types.ts';

export interface SettingRow {
  key: keyof Settings;
  value: unknown;
}

export class MarginDatabase extends Dexie {
  annotations!: Table<Annotation, string>;
  settings!: Table<SettingRow, string>;
  hideRules!: Table<HideRule, number>;
  sites!: Table<SitePrefs, string>;
  drafts!: Table<Draft, string>;
  pages!: Table<PageRecord, string>;

  constructor(name = 'margin') {
    super(name);
    this.version(1).stores({
      annotations: 'id, url, createdAt, updatedAt',
      settings: 'key',
      hideRules: '++id, host',
      sites: 'host, autoClean',
    });
    // Version 2: annotations carry a version (for edits from two tabs) and may sit in the Trash (deletedAt,
    // indexed so the purge finds old entries without reading every note); unsaved note drafts.
    this.version(2)
      .stores({
        annotations: 'id, url, createdAt, updatedAt, deletedAt',
        drafts: 'annotationId',
      })
      .upgrade((tx) =>
        tx
          .table('annotations')
          .toCollection()
          .modify((row: Partial<Annotation>) => {
            if (!Number.isInteger(row.version)) row.version = 1;
          }),
      );
    // Version 3: the library. Highlights carry tags (multi-entry index: every highlight with a tag at once);
    // pages with highlights keep their metadata, key facts, and the reader's note and tags about the page.
    this.version(3)
      .stores({
        annotations: 'id, url, createdAt, updatedAt, deletedAt, *tags',
        pages: 'url, savedAt, site, *tags',
      })
      .upgrade((tx) =>
        tx
          .table('annotations')
          .toCollection()
          .modify((row: Partial<Annotation>) => {
            if (!Array.isArray(row.tags)) row.tags = [];
          }),
      );
  }
}
