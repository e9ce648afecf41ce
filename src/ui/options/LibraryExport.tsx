/**
 * Export the whole library in the format a reader's tools want (a Markdown zip for Obsidian and Logseq, CSV,
 * BibTeX, CSL-JSON), and import Hypothesis annotations. A Hypothesis file that is malformed or not from
 * Hypothesis is refused whole, with the reason, and nothing of it is imported.
 */
import { useState } from 'preact/hooks';
import type { HypothesisImportCounts } from '../../core/export/hypothesis.ts';
import type { LibraryExportFile, LibraryExportFormat } from '../../core/export/library-types.ts';
import { toBackground } from '../../shared/messaging.ts';

const FORMATS: { value: LibraryExportFormat; label: string }[] = [
  { value: 'markdown-zip', label: 'Markdown files in a zip (Obsidian, Logseq)' },
  { value: 'csv', label: 'CSV, one row per highlight (spreadsheets)' },
  { value: 'bibtex', label: 'BibTeX citations (.bib)' },
  { value: 'csl-json', label: 'CSL-JSON citations (Zotero, Pandoc)' },
];

/** Saves an export through the browser's download flow; a zip arrives as base64. */
function save(file: LibraryExportFile): void {
  const body = file.base64 !== undefined ? Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)) : (file.text ?? '');
  const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What an import did, in a sentence. */
export function describeImport(c: HypothesisImportCounts): string {
  const skipped = [c.pageNotes && plural(c.pageNotes, 'page note'), c.replies && plural(c.replies, 'reply', 'replies')].filter(Boolean);
  return `Imported ${plural(c.highlights, 'highlight')}: ${c.added} new, ${c.unchanged} already here.${skipped.length ? ` Left out ${skipped.join(' and ')} (not highlights).` : ''}`;
}

type Status = { kind: 'busy' | 'done' | 'error'; message: string } | null;

export function LibraryExport({ onImported }: { onImported?: () => void }) {
  const [format, setFormat] = useState<LibraryExportFormat>('markdown-zip');
  const [status, setStatus] = useState<Status>(null);
  const busy = status?.kind === 'busy';

  const exportAll = async () => {
    setStatus({ kind: 'busy', message: 'Writing the export…' });
    try {
      const file = await toBackground('library/export', { format });
      save(file);
      setStatus({ kind: 'done', message: `Saved ${file.fileName}.` });
    } catch (error) {
      setStatus({ kind: 'error', message: `The export could not be written: ${String((error as Error)?.message ?? error)}` });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus({ kind: 'busy', message: `Importing ${file.name}…` });
    try {
      const counts = await toBackground('import/hypothesis', { text: await file.text() });
      setStatus({ kind: 'done', message: describeImport(counts) });
      onImported?.();
    } catch (error) {
      setStatus({ kind: 'error', message: `Nothing was imported from ${file.name}. ${String((error as Error)?.message ?? error)}` });
    }
  };

  return (
    <section class="backup library-export">
      <label>
        Format{' '}
        <select data-field="export-format" value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as LibraryExportFormat)}>
          {FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <button type="button" class="primary" data-action="export-library" disabled={busy} onClick={() => void exportAll()}>
          Export library
        </button>
        <label class="file-button">
          <input
            type="file"
            data-action="import-hypothesis"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void importFile(e.target as HTMLInputElement)}
          />
          <span>Import Hypothesis annotations…</span>
        </label>
      </div>
      <p class="muted">Hypothesis: save what its API returns for your annotations (api/search?user=…) as a .json file and import it here.</p>
      {status && (
        <p class={status.kind === 'error' ? 'error' : 'muted'} role={status.kind === 'error' ? 'alert' : 'status'} data-field="library-export-status">
          {status.message}
        </p>
      )}
    </section>
  );
}
