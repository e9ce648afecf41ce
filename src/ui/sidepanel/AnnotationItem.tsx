/**
 * One highlight in the side panel: its quote (as text), its note (editable), and actions. While the reader
 * types, the text is kept as a draft (closing the editor, reloading the panel or the browser loses nothing:
 * the draft comes back on Edit); a save carries the version the text started from, so an edit made in
 * another tab meanwhile is merged, never overwritten.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { toBackground } from '../../shared/messaging.ts';
import type { Annotation, UpdateResult } from '../../shared/types.ts';
import { Autosave } from '../note-frame/autosave.ts';
import { batchedDraftReader } from './draft-reader.ts';

interface Props {
  annotation: Annotation;
  /** The passage could not be found in the page as it is now. */
  orphan: boolean;
  onSave: (note: string, baseVersion: number) => Promise<UpdateResult>;
  onDelete: () => void;
  onShow: () => void;
  /** More about the highlight, shown above its buttons (the library adds its page, colour meaning and tags). */
  children?: ComponentChildren;
}

const messageOf = (error: unknown) => String((error as Error)?.message ?? error);
/** Whether a row has a draft, asked with the other rows drawn at the same time in one message. */
const draftOf = batchedDraftReader((ids) => toBackground('drafts/list', { ids }));

export function AnnotationItem({ annotation, orphan, onSave, onDelete, onShow, children }: Props) {
  const [note, setNote] = useState(annotation.note);
  const [editing, setEditing] = useState(false);
  const [hasDraft, setHasDraft] = useState(false);
  const [status, setStatus] = useState<{ message: string; alert?: boolean; field: string } | null>(null);
  /** The stored note and version the text in the editor started from. */
  const base = useRef({ note: annotation.note, version: annotation.version });
  const autosave = useMemo(
    () =>
      new Autosave(
        (text) =>
          text === base.current.note
            ? toBackground('drafts/clear', { id: annotation.id }).then(() => setHasDraft(false))
            : toBackground('drafts/set', { id: annotation.id, text, baseVersion: base.current.version }).then(() => setHasDraft(true)),
        (error) => setStatus({ message: `The draft could not be kept: ${messageOf(error)}`, alert: true, field: 'draft-error' }),
      ),
    [annotation.id],
  );

  // A note saved elsewhere shows here at once, except over text the reader is typing.
  useEffect(() => {
    if (!editing) setNote(annotation.note);
  }, [annotation.note, editing]);
  useEffect(() => {
    void draftOf(annotation.id).then(
      (draft) => setHasDraft(draft !== null && draft.text !== annotation.note),
      () => undefined,
    );
  }, [annotation.id, annotation.note]);
  // Whatever is pending is written when the panel goes away.
  useEffect(() => () => void autosave.flush(), [autosave]);

  const startEditing = async () => {
    base.current = { note: annotation.note, version: annotation.version };
    let text = annotation.note;
    const draft = await toBackground('drafts/get', { id: annotation.id }).catch(() => null);
    if (draft && draft.text !== annotation.note) {
      base.current.version = draft.baseVersion;
      text = draft.text;
      setStatus({ message: 'Your unsaved text is back.', field: 'draft-restored' });
    } else {
      setStatus(null);
    }
    setNote(text);
    setEditing(true);
  };

  const save = async () => {
    // Unchanged text saves nothing: sent over a newer note, it would come back as a merge of the old text.
    if (note === base.current.note) return discard();
    autosave.cancel();
    try {
      const { merged } = await onSave(note, base.current.version);
      setHasDraft(false);
      setEditing(false);
      setStatus(merged ? { message: 'Merged with an edit from another tab: both texts are kept.', field: 'merged' } : null);
    } catch (error) {
      // The text stays in the editor (and in its draft) so the reader can save again.
      autosave.schedule(note);
      setStatus({ message: messageOf(error), alert: true, field: 'save-error' });
    }
  };

  const discard = async () => {
    autosave.cancel();
    await toBackground('drafts/clear', { id: annotation.id }).catch(() => false);
    setHasDraft(false);
    setNote(annotation.note);
    setEditing(false);
    setStatus(null);
  };

  return (
    <li class={`annotation ${annotation.color}`} data-annotation-id={annotation.id}>
      <blockquote
        role="button"
        tabIndex={0}
        title="Show in the page"
        data-action="show"
        // The browser notes when the first quotes are painted (Element Timing): what bench:library reports.
        elementtiming="quote"
        onClick={onShow}
        onKeyDown={(e) => e.key === 'Enter' && onShow()}
      >
        {annotation.quote.exact}
      </blockquote>
      {orphan && (
        <p class="orphan" data-field="orphan">
          Not found on the page as it is now; the highlight and its note are kept.
        </p>
      )}
      {editing ? (
        <div class="edit">
          <textarea
            data-action="note-text"
            aria-label="Note"
            value={note}
            onInput={(e) => {
              const text = (e.target as HTMLTextAreaElement).value;
              setNote(text);
              autosave.schedule(text);
            }}
          />
          <div class="row">
            <button type="button" data-action="discard-note" title="Forget the unsaved text" onClick={() => void discard()}>
              Discard changes
            </button>
            <button
              type="button"
              data-action="close-note"
              title="Close; the unsaved text is kept as a draft"
              onClick={() => {
                void autosave.flush();
                setEditing(false);
              }}
            >
              Close
            </button>
            <button type="button" class="primary" data-action="save-note" onClick={() => void save()}>
              Save
            </button>
          </div>
        </div>
      ) : (
        <p class={annotation.note ? 'note' : 'note muted'} data-field="note">
          {annotation.note || 'No note'}
        </p>
      )}
      {!editing && hasDraft && (
        <p class="draft" data-field="draft">
          Unsaved draft: Edit note to finish it.
        </p>
      )}
      {status && (
        <p class={status.alert ? 'status error' : 'status'} role={status.alert ? 'alert' : 'status'} data-field={status.field}>
          {status.message}
        </p>
      )}
      {children}
      <div class="row">
        {!editing && (
          <button type="button" data-action="edit-note" onClick={() => void startEditing()}>
            {annotation.note ? 'Edit note' : 'Add note'}
          </button>
        )}
        <button type="button" data-action="delete" onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
