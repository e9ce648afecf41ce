/**
 * What the note frame and the content script that places it agree on. The only message between them is
 * the frame's request to be closed: it carries nothing of the note, since the page around the frame sees
 * every message posted to its window.
 */

/** The editor page, relative to the extension's root (listed in manifest.json's web_accessible_resources). */
export const NOTE_FRAME_PAGE = 'src/ui/note-frame/index.html';

/** The frame's size in CSS pixels: room for the quote, a few lines of note and the buttons. */
export const NOTE_FRAME_SIZE = { width: 340, height: 250 };

/** Posted by the frame to its parent window to be closed. */
export const CLOSE_NOTE_MESSAGE = { margin: 'close-note' } as const;

/** True for the close request (the sender is checked separately, by the receiver). */
export function isCloseNoteMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { margin?: unknown }).margin === CLOSE_NOTE_MESSAGE.margin;
}
