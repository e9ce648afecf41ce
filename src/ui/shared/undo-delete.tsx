/**
 * Deleting a highlight from a Margin page (side panel, library): the highlight moves to the Trash and an Undo
 * stays on screen for a while; Undo, like Restore in the Trash, brings it back.
 */
import { useRef, useState } from 'preact/hooks';
import type { Annotation } from '../../shared/types.ts';
import { toBackground } from '../../shared/messaging.ts';

/** How long the Undo of a delete stays on screen (ms). */
const UNDO_MS = 10_000;

/** `act` runs a change and reports its error (and refreshes, where the page needs it). */
export function useUndoableDelete(act: (work: Promise<unknown>) => Promise<unknown>) {
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const remove = (annotation: Annotation) =>
    act(
      toBackground('annotations/delete', { id: annotation.id }).then((moved) => {
        if (!moved) return;
        clearTimeout(undoTimer.current);
        setDeleted(annotation);
        undoTimer.current = setTimeout(() => setDeleted(null), UNDO_MS);
      }),
    );
  const restore = (id: string) => {
    clearTimeout(undoTimer.current);
    setDeleted(null);
    return act(toBackground('annotations/undelete', { id }));
  };
  const undoToast = deleted && (
    <div class="toast" role="status" data-field="undo-toast">
      <span>Highlight deleted.</span>
      <button type="button" data-action="undo-delete" onClick={() => void restore(deleted.id)}>
        Undo
      </button>
    </div>
  );
  return { remove, restore, undoToast };
}
