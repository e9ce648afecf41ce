/**
 * Back up every note to one file, and restore such a file. A file that is not a good Margin backup is
 * refused whole with the reason, and nothing of it is imported.
 */
import { useState } from 'preact/hooks';
import { backupFileName } from '../../core/export/web-annotation.ts';
import { toBackground } from '../../shared/messaging.ts';
import type { ImportCounts } from '../../shared/types.ts';
import { downloadText } from '../shared/download.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a restore did, in a sentence. */
export function describeCounts(c: ImportCounts): string {
  const notes = `${plural(c.annotations, 'highlight')} in the file: ${c.added} new, ${c.updated} updated, ${c.unchanged} already here`;
  const rest = [
    c.trashed && `${c.trashed} of them in the Trash`,
    c.drafts && plural(c.drafts, 'unsaved draft'),
    plural(c.hideRules, 'new hidden element'),
    plural(c.sites, 'site setting'),
    c.settings ? 'your settings' : '',
  ].filter(Boolean);
  return `Restored ${notes}; ${rest.join(', ')}.`;
}

type Status = { kind: 'busy' | 'done' | 'error'; message: string } | null;

/** `onRestored` lets the page show what the restore brought (settings, hidden elements, sites). */
export function Backup({ onRestored }: { onRestored?: () => void }) {
  const [status, setStatus] = useState<Status>(null);
  const fail = (prefix: string) => (error: unknown) =>
    setStatus({ kind: 'error', message: `${prefix}${String((error as Error)?.message ?? error)}` });

  const backUp = async () => {
    setStatus({ kind: 'busy', message: 'Writing the backup…' });
    try {
      const text = await toBackground('backup/export', {});
      const name = backupFileName();
      downloadText(name, text, 'application/ld+json');
      setStatus({ kind: 'done', message: `Saved ${name}.` });
    } catch (error) {
      fail('The backup could not be written: ')(error);
    }
  };

  const restore = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus({ kind: 'busy', message: `Restoring ${file.name}…` });
    try {
      const counts = await toBackground('backup/import', { text: await file.text() });
      setStatus({ kind: 'done', message: describeCounts(counts) });
      onRestored?.();
    } catch (error) {
      fail(`Nothing was restored from ${file.name}. `)(error);
    }
  };

  return (
    <section class="backup">
      <p class="muted">
        One file with every highlight and note (the Trash too), hidden elements, sites and settings, in the W3C Web Annotation format. Restoring it
        again adds only what is missing or newer.
      </p>
      <div class="row">
        <button type="button" class="primary" data-action="backup" disabled={status?.kind === 'busy'} onClick={() => void backUp()}>
          Back up all notes
        </button>
        <label class="file-button">
          <input
            type="file"
            data-action="restore"
            accept=".jsonld,.json,application/ld+json,application/json"
            disabled={status?.kind === 'busy'}
            onChange={(e) => void restore(e.target as HTMLInputElement)}
          />
          <span>Restore…</span>
        </label>
      </div>
      {status && (
        <p class={status.kind === 'error' ? 'error' : 'muted'} role={status.kind === 'error' ? 'alert' : 'status'} data-field="backup-status">
          {status.message}
        </p>
      )}
    </section>
  );
}
