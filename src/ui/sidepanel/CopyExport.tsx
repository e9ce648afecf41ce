/**
 * One click puts the page's notes on the clipboard: its Markdown (as the library export writes it, for a
 * note app) or its citation (BibTeX or CSL-JSON, for a reference manager).
 */
import { useState } from 'preact/hooks';
import { toBackground } from '../../shared/messaging.ts';

type Copied = { kind: 'done' | 'error'; message: string } | null;

/** Writes text to the clipboard; the panel is focused by the click, which the Clipboard API requires. */
async function copy(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function CopyExport({ url }: { url: string | null }) {
  const [status, setStatus] = useState<Copied>(null);
  const run = async (what: string, text: () => Promise<string>) => {
    try {
      await copy(await text());
      setStatus({ kind: 'done', message: `${what} copied.` });
    } catch (error) {
      setStatus({ kind: 'error', message: `${what} could not be copied: ${String((error as Error)?.message ?? error)}` });
    }
  };
  const cite = async (format: 'bibtex' | 'csl-json') => (await toBackground('library/export', { format, urls: [url!] })).text ?? '';
  return (
    <div class="copy-export">
      <button
        type="button"
        data-action="copy-markdown"
        disabled={!url}
        onClick={() => void run('Markdown', () => toBackground('page/markdown', { url: url! }))}
      >
        Copy Markdown
      </button>
      <button type="button" data-action="cite-bibtex" disabled={!url} onClick={() => void run('BibTeX citation', () => cite('bibtex'))}>
        Cite (BibTeX)
      </button>
      <button type="button" data-action="cite-csl" disabled={!url} onClick={() => void run('CSL-JSON citation', () => cite('csl-json'))}>
        Cite (CSL-JSON)
      </button>
      {status && (
        <span class={status.kind === 'error' ? 'error' : 'muted'} role={status.kind === 'error' ? 'alert' : 'status'} data-field="copy-status">
          {status.message}
        </span>
      )}
    </div>
  );
}
