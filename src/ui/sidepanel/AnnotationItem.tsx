/** One highlight in the side panel: its quote (as text), its note (editable), and actions. */
import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../../shared/types.ts';

interface Props {
  annotation: Annotation;
  /** The passage could not be found in the page as it is now. */
  orphan: boolean;
  onSave: (note: string) => void;
  onDelete: () => void;
  onShow: () => void;
}

export function AnnotationItem({ annotation, orphan, onSave, onDelete, onShow }: Props) {
  const [note, setNote] = useState(annotation.note);
  const [editing, setEditing] = useState(false);
  useEffect(() => setNote(annotation.note), [annotation.note]);
  return (
    <li class={`annotation ${annotation.color}`} data-annotation-id={annotation.id}>
      <blockquote role="button" tabIndex={0} title="Show in the page" data-action="show" onClick={onShow}
        onKeyDown={(e) => e.key === 'Enter' && onShow()}>{annotation.quote.exact}</blockquote>
      {orphan && <p class="orphan" data-field="orphan">Not found in the page as it is now; the note is kept.</p>}
      {editing ? (
        <div class="edit">
          <textarea data-action="note-text" aria-label="Note" value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
          <div class="row">
            <button type="button" onClick={() => { setNote(annotation.note); setEditing(false); }}>Cancel</button>
            <button type="button" class="primary" data-action="save-note" onClick={() => { onSave(note); setEditing(false); }}>Save</button>
          </div>
        </div>
      ) : (
        <p class={annotation.note ? 'note' : 'note muted'} data-field="note">{annotation.note || 'No note'}</p>
      )}
      <div class="row">
        {!editing && <button type="button" data-action="edit-note" onClick={() => setEditing(true)}>{annotation.note ? 'Edit note' : 'Add note'}</button>}
        <button type="button" data-action="delete" onClick={onDelete}>Delete</button>
      </div>
    </li>
  );
}
