/** Editing the note of one highlight, next to it in the page. Page text is shown as text, never as HTML. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiActions, UiState } from './store.ts';

export function NoteEditor({ editor, actions }: { editor: NonNullable<UiState['editor']>; actions: UiActions }) {
  const [note, setNote] = useState(editor.note);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    setNote(editor.note);
    area.current?.focus();
  }, [editor.annotationId]);
  const left = Math.max(8, Math.min(editor.x, window.innerWidth - 330));
  const top = Math.max(8, Math.min(editor.y, window.innerHeight - 220));
  return (
    <div class="panel editor" role="dialog" aria-label="Note" style={{ left: `${left}px`, top: `${top}px` }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') actions.closeEditor();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) actions.saveNote(editor.annotationId, note);
      }}>
      <blockquote>{editor.quote}</blockquote>
      <textarea ref={area} data-action="note-text" aria-label="Note text" placeholder="Write a note…" value={note}
        onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      <div class="row">
        <button type="button" class="text danger" data-action="delete-highlight" onClick={() => actions.deleteAnnotation(editor.annotationId)}>Delete</button>
        <button type="button" class="text quiet" data-action="close-note" onClick={() => actions.closeEditor()}>Close</button>
        <button type="button" class="text" data-action="save-note" onClick={() => actions.saveNote(editor.annotationId, note)}>Save</button>
      </div>
    </div>
  );
}
