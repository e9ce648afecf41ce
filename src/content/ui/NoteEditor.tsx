/**
 * The note editor's place in the page: a frame showing Margin's own editor page (src/ui/note-frame/), so
 * the note is typed and shown in the extension's origin and never in the page's document. Nothing of the
 * note is here: only the annotation id goes to the frame.
 */
import { useEffect, useRef } from 'preact/hooks';
import { NOTE_FRAME_SIZE } from '../../shared/note-frame-protocol.ts';
import { noteFramePosition, openNoteFrame } from '../note-frame.ts';
import type { UiActions, UiState } from './store.ts';

/** The frame drawn as one of Margin's panels (inline: the frame is the only element this component draws). */
const FRAME_STYLE = {
  position: 'fixed',
  border: '1px solid #d1d5db',
  borderRadius: '10px',
  boxShadow: '0 6px 24px rgba(0,0,0,.18)',
  background: '#ffffff',
  colorScheme: 'normal',
} as const;

export function NoteEditor({ editor, actions }: { editor: NonNullable<UiState['editor']>; actions: UiActions }) {
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(
    () => (frame.current ? openNoteFrame(frame.current, editor.annotationId, () => actions.closeEditor()) : undefined),
    [editor.annotationId],
  );
  const { left, top } = noteFramePosition(editor.x, editor.y);
  return (
    <iframe
      key={editor.annotationId}
      ref={frame}
      title="Margin note"
      width={NOTE_FRAME_SIZE.width}
      height={NOTE_FRAME_SIZE.height}
      style={{ ...FRAME_STYLE, left: `${left}px`, top: `${top}px` }}
    />
  );
}
