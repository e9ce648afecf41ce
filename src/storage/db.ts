/**
 * Margin's database: IndexedDB in the extension's own origin, through Dexie. Only the background service
 * worker and extension pages open it; web pages never see it.
 *
 * Schema changes add a new `version()` below the old ones (never edit a shipped version), with an
 * `upgrade()` when existing rows need rewriting.
 */
import Dexie, { type Table } from 'dexie';
import type { Annotation, HideRule, SitePrefs, Settings } from '../shared/types.ts';

export interface SettingRow { key: keyof Settings; value: unknown }

export class MarginDatabase extends Dexie {
  annotations!: Table<Annotation, string>;
  settings!: Table<SettingRow, string>;
  hideRules!: Table<HideRule, number>;
  sites!: Table<SitePrefs, string>;

  constructor(name = 'margin') {
    super(name);
    this.version(1).stores({
      annotations: 'id, url, createdAt, updatedAt',
      settings: 'key',
      hideRules: '++id, host',
      sites: 'host, autoClean',
    });
  }
}
