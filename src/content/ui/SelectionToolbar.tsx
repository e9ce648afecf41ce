/**
 * The small toolbar shown over selected text: highlight colours and "Add note". It acts on the reader's own
 * clicks only (`isTrusted`), and shows nothing of any note.
 */
import { HIGHLIGHT_STYLE } from '../../shared/groups.ts';
import { HIGHLIGHT_COLORS } from '../../shared/types.ts';
import type { UiActions } from './store.ts';

export function SelectionToolbar({ x, y, actions }: { x: number; y: number; actions: UiActions }) {
  return (
    <div
      class="panel toolbar"
      role="toolbar"
      aria-label="Margin"
      style={{ left: `${x}px`, top: `${y}px` }}
      onMouseDown={(e) => e.preventDefault() /* keep the page's selection while clicking */}
    >
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class={`swatch ${color}`}
          style={{ background: HIGHLIGHT_STYLE[color].swatch }}
          data-action={`highlight-${color}`}
          aria-label={`Highlight ${color}`}
          title={`Highlight (${color})`}
          onClick={(e) => e.isTrusted && actions.highlight(color)}
        />
      ))}
      <button type="button" class="text" data-action="add-note" onClick={(e) => e.isTrusted && actions.addNote()}>
        Add note
      </button>
    </div>
  );
}
