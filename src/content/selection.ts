/**
 * Watches the reader's text selection in the page and reports where the selection toolbar should go.
 * Only the reader's own mouse and keys count: a page that selects text and announces it with synthetic
 * events gets no toolbar.
 */
import { isEventFromUi } from './ui/host.ts';

export interface SelectionWatcher {
  /** The current selection as a range, if it holds text in the page. */
  current(): Range | null;
}

function selectedRange(): Range | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!document.body.contains(range.commonAncestorContainer) || !range.toString().trim()) return null;
  return range;
}

/**
 * @param onChange called with the range and the point above it to anchor a toolbar, or null when the
 *   selection went away.
 * @param signal stops the watching (the page session ended).
 */
export function watchSelection(onChange: (range: Range | null, at: { x: number; y: number } | null) => void, signal: AbortSignal): SelectionWatcher {
  const update = (event: Event) => {
    if (!event.isTrusted || isEventFromUi(event)) return;
    // Let the browser finish updating the selection (a click inside a selection clears it afterwards).
    setTimeout(() => {
      const range = selectedRange();
      if (!range) return onChange(null, null);
      const rect = range.getBoundingClientRect();
      onChange(range, { x: rect.left + rect.width / 2, y: Math.max(rect.top - 8, 48) });
    }, 0);
  };
  document.addEventListener('mouseup', update, { capture: true, signal });
  document.addEventListener('keyup', update, { capture: true, signal });
  return { current: selectedRange };
}
