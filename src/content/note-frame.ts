/**
 * Placing the note editor frame (src/ui/note-frame/) in Margin's closed shadow root, next to a highlight.
 * The editor is an extension page, so the web page cannot read inside it, see its keystrokes or change its
 * text; the content script only gives it the annotation id (in the URL's hash) and removes it when it asks.
 */
import { browser } from '../shared/browser.ts';
import { isCloseNoteMessage, NOTE_FRAME_PAGE, NOTE_FRAME_SIZE } from '../shared/note-frame-protocol.ts';

/** Space kept between the frame and the edge of the window, and below the clicked point. */
const EDGE_PX = 8;
const BELOW_POINT_PX = 16;

/** The editor page's address for one annotation. */
export function noteFrameUrl(annotationId: string): string {
  return `${browser.runtime.getURL(NOTE_FRAME_PAGE)}#${encodeURIComponent(annotationId)}`;
}

/** Where the frame goes for a point in the viewport: below it if there is room, else above; always inside the window. */
export function noteFramePosition(
  x: number,
  y: number,
  view = { width: window.innerWidth, height: window.innerHeight },
): { left: number; top: number } {
  const { width, height } = NOTE_FRAME_SIZE;
  const left = Math.max(EDGE_PX, Math.min(x - 24, view.width - width - EDGE_PX));
  const below = y + BELOW_POINT_PX;
  const top = below + height + EDGE_PX <= view.height ? below : Math.max(EDGE_PX, y - BELOW_POINT_PX - height);
  return { left, top };
}

/**
 * The origins Margin's own page can post from. Chrome loads the frame from the per-session dynamic address
 * (`use_dynamic_url`) but runs it in the extension's fixed origin, which is the one its messages carry.
 */
function extensionOrigins(frameUrl: string): Set<string> {
  const url = new URL(frameUrl);
  return new Set([url.origin, `${url.protocol}//${browser.runtime.id}`]);
}

/**
 * Loads the editor for one annotation into a placed frame and watches it: calls `onClose` when the frame asks
 * to be closed, and also when anything navigates the frame away from the editor (a page can navigate a child
 * frame it cannot read; what it loads there must not pass for Margin's editor). The address is set only once
 * the watch is on, so the first load seen is the editor's. Returns the function that stops watching.
 */
export function openNoteFrame(frame: HTMLIFrameElement, annotationId: string, onClose: () => void): () => void {
  const url = noteFrameUrl(annotationId);
  const origins = extensionOrigins(url);
  const onMessage = (event: MessageEvent) => {
    // Only the frame itself, showing Margin's page, may close it: the page can post anything to this window.
    if (event.source !== frame.contentWindow || !origins.has(event.origin) || !isCloseNoteMessage(event.data)) return;
    onClose();
  };
  let loads = 0;
  const onLoad = () => {
    if (++loads > 1) onClose();
  };
  window.addEventListener('message', onMessage);
  frame.addEventListener('load', onLoad);
  frame.src = url;
  return () => {
    window.removeEventListener('message', onMessage);
    frame.removeEventListener('load', onLoad);
  };
}
