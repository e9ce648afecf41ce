/** Bringing a passage into view and drawing the eye to it for a moment. */
import { highlightName, installHighlightStyle } from './page-style.ts';

let timer: ReturnType<typeof setTimeout> | undefined;

export function flash(range: Range): void {
  const target = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  installHighlightStyle();
  CSS.highlights.set(highlightName.focus, new Highlight(range));
  clearTimeout(timer);
  timer = setTimeout(() => CSS.highlights.delete(highlightName.focus), 1600);
}
