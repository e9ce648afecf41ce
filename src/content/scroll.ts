/** Bringing a passage into view and drawing the eye to it for a moment. */
import { canHighlight, highlightName, type PageStyle } from './page-style.ts';

/** How long the passage stays marked after it is scrolled to (ms). */
const FLASH_MS = 1600;

export class Flasher {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly style: PageStyle,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => clearTimeout(this.timer), { once: true });
  }

  flash(range: Range): void {
    const target = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (!canHighlight()) return;
    this.style.install();
    CSS.highlights.set(highlightName.focus, new Highlight(range));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => CSS.highlights.delete(highlightName.focus), FLASH_MS);
  }
}
