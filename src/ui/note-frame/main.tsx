/**
 * The note editor: an extension page that Margin's content script shows in a frame next to a highlight.
 * The note is typed, shown and saved here, in Margin's own origin, so the web page around the frame can
 * neither read it nor see the keystrokes nor change it (a page cannot reach into a cross-origin frame).
 * The annotation id comes in the URL's hash; everything else comes from the background. To close, the frame
 * asks its parent with a message that carries nothing of the note.
 *
 * Nothing typed is lost: the text is kept as a draft while the reader types (see autosave.ts) and comes
 * back when the note is opened again; Delete moves the highlight to the Trash with an Undo here. Tags on
 * the highlight are typed below the note, completed from the reader's tags, and saved with it.
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { toBackground } from '../../shared/messaging.ts';
import type { Annotation } from '../../shared/types.ts';
import { Autosave } from './autosave.ts';
import { CLOSE_NOTE_MESSAGE } from '../../shared/note-frame-protocol.ts';
import { TagEditor } from '../library/TagEditor.tsx';
import '../shared/base.css';
import './note-frame.css';

/** How long "Deleted · Undo" stays before the frame closes. */
const UNDO_MS = 10_000;
const TAG_LIST = 'known-tags';

const annotationId = decodeURIComponent(location.hash.slice(1));

type View = { kind: 'loading' } | { kind: 'missing'; message: string } | { kind: 'edit' } | { kind: 'deleted' };

/** Asks the content script that placed this frame to remove it (no note text travels). */
function closeFrame(): void {
  window.parent.postMessage(CLOSE_NOTE_MESSAGE, '*');
}

const messageOf = (error: unknown) => String((error as Error)?.message ?? error);

function NoteFrame() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [annotation, setAnnotation] = useState<Annotation | null>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ message: string; alert?: boolean } | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  /** The stored note the text started from, and its version: what a draft and a save are based on. */
  const base = useRef({ note: '', version: 1 });
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Every tag the reader uses (completion), and the tags as typed in the field, not yet saved. */
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const typedTags = useRef<string[] | null>(null);

  const autosave = useMemo(
    () =>
      new Autosave(
        (draft) =>
          draft === base.current.note
            ? toBackground('drafts/clear', { id: annotationId })
            : toBackground('drafts/set', { id: annotationId, text: draft, baseVersion: base.current.version }),
        (error) => setStatus({ message: `The draft could not be kept: ${messageOf(error)}`, alert: true }),
      ),
    [],
  );

  useEffect(() => {
    void (async () => {
      try {
        const [stored, draft, known] = await Promise.all([
          toBackground('annotations/get', { id: annotationId }),
          toBackground('drafts/get', { id: annotationId }),
          // Completion is a help: without it the field still takes tags.
          toBackground('library/tag-names', {}).catch(() => []),
        ]);
        setKnownTags(known);
        if (!stored || stored.deletedAt) {
          setView({ kind: 'missing', message: 'This highlight was deleted (it may be in the Trash).' });
          return;
        }
        setAnnotation(stored);
        base.current = { note: stored.note, version: stored.version };
        if (draft && draft.text !== stored.note) {
          base.current.version = draft.baseVersion;
          setText(draft.text);
          setStatus({ message: 'Your unsaved text is back.' });
        } else {
          setText(stored.note);
        }
        setView({ kind: 'edit' });
      } catch (error) {
        setView({ kind: 'missing', message: `The note could not be opened: ${messageOf(error)}` });
      }
    })();
  }, []);

  // The frame is only ever opened by the reader's own click or shortcut: take the focus for typing.
  useEffect(() => {
    if (view.kind !== 'edit' || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(area.current.value.length, area.current.value.length);
  }, [view.kind]);

  // Keep the draft when the frame loses focus (a click elsewhere) or goes away (a reload, a closed tab).
  useEffect(() => {
    const keep = () => void autosave.flush();
    window.addEventListener('blur', keep);
    window.addEventListener('pagehide', keep);
    document.addEventListener('visibilitychange', keep);
    return () => {
      window.removeEventListener('blur', keep);
      window.removeEventListener('pagehide', keep);
      document.removeEventListener('visibilitychange', keep);
    };
  }, [autosave]);

  /** Saves the tags (Enter in the field, leaving it, or with the note); the stored highlight comes back. */
  const saveTags = async (tags: string[]) => {
    const saved = await toBackground('annotations/tags', { id: annotationId, tags });
    typedTags.current = null;
    if (saved) setAnnotation(saved);
  };
  /** Tags typed but not saved yet are saved with the note, and when the editor closes. */
  const saveTypedTags = async () => {
    const typed = typedTags.current;
    if (typed && typed.join('\u0000') !== (annotation?.tags ?? []).join('\u0000')) await saveTags(typed);
  };

  const close = async () => {
    clearTimeout(undoTimer.current);
    await autosave.flush();
    await saveTypedTags().catch(() => undefined);
    closeFrame();
  };

  const save = async () => {
    autosave.cancel();
    try {
      await autosave.flush();
      await saveTypedTags();
      const { annotation: saved, merged } = await toBackground('annotations/update', {
        id: annotationId,
        note: text,
        baseVersion: base.current.version,
      });
      if (!saved) {
        setStatus({ message: 'This highlight was deleted meanwhile; your text is kept as a draft.', alert: true });
        autosave.schedule(text);
        return;
      }
      await toBackground('drafts/clear', { id: annotationId });
      base.current = { note: saved.note, version: saved.version };
      setAnnotation(saved);
      if (merged) {
        setText(saved.note);
        setStatus({ message: 'Merged with an edit from another tab: both texts are kept.' });
      } else {
        closeFrame();
      }
    } catch (error) {
      // Nothing is lost: the text stays here and as a draft.
      autosave.schedule(text);
      setStatus({ message: `Not saved: ${messageOf(error)}`, alert: true });
    }
  };

  const remove = async () => {
    try {
      await autosave.flush();
      await toBackground('annotations/delete', { id: annotationId });
      setView({ kind: 'deleted' });
      setStatus(null);
      undoTimer.current = setTimeout(closeFrame, UNDO_MS);
    } catch (error) {
      setStatus({ message: `Not deleted: ${messageOf(error)}`, alert: true });
    }
  };

  const undo = async () => {
    clearTimeout(undoTimer.current);
    try {
      const restored = await toBackground('annotations/undelete', { id: annotationId });
      if (!restored) throw new Error('it is no longer in the Trash');
      setAnnotation(restored);
      setView({ kind: 'edit' });
      setStatus({ message: 'Restored.' });
    } catch (error) {
      setStatus({ message: `Could not undo: ${messageOf(error)}`, alert: true });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      void close();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && view.kind === 'edit') {
      event.preventDefault();
      void save();
    }
  };
  useEffect(() => {
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  const statusLine = status && (
    <p class={status.alert ? 'status error' : 'status'} role={status.alert ? 'alert' : 'status'} data-field="status">
      {status.message}
    </p>
  );

  if (view.kind === 'loading') return <p class="status muted">Opening the note…</p>;
  if (view.kind === 'missing') {
    return (
      <>
        <p class="status" role="alert" data-field="status">
          {view.message}
        </p>
        <div class="row">
          <button type="button" data-action="close-note" onClick={() => void close()}>
            Close
          </button>
        </div>
      </>
    );
  }
  if (view.kind === 'deleted') {
    return (
      <div class="deleted">
        <p class="status" role="status" data-field="status">
          Deleted · the highlight and its note are in the Trash.
        </p>
        {statusLine}
        <div class="row">
          <button type="button" data-action="close-note" onClick={() => void close()}>
            Close
          </button>
          <button type="button" class="primary" data-action="undo-delete" onClick={() => void undo()}>
            Undo
          </button>
        </div>
      </div>
    );
  }
  return (
    <>
      <blockquote class={annotation?.color}>{annotation?.quote.exact}</blockquote>
      <textarea
        ref={area}
        data-action="note-text"
        aria-label="Note"
        placeholder="Write a note…"
        value={text}
        onInput={(e) => {
          const value = (e.target as HTMLTextAreaElement).value;
          setText(value);
          autosave.schedule(value);
        }}
      />
      <datalist id={TAG_LIST}>
        {knownTags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <TagEditor tags={annotation?.tags ?? []} listId={TAG_LIST} label="Tags" onSave={saveTags} onDraft={(tags) => (typedTags.current = tags)} />
      {statusLine}
      <div class="row">
        <button type="button" class="danger" data-action="delete-highlight" onClick={() => void remove()}>
          Delete
        </button>
        <span class="spacer" />
        <button type="button" data-action="close-note" title="Close (Esc); your text is kept" onClick={() => void close()}>
          Close
        </button>
        <button type="button" class="primary" data-action="save-note" title="Save (Ctrl+Enter)" onClick={() => void save()}>
          Save
        </button>
      </div>
    </>
  );
}

render(<NoteFrame />, document.getElementById('app')!);
