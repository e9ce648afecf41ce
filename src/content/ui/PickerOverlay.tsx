/** The picker's outline over the candidate element, and a hint on how to use it. */
import type { UiState } from './store.ts';

export function PickerOverlay({ picker }: { picker: NonNullable<UiState['picker']> }) {
  const box = picker.box;
  return (
    <>
      {box && <div class="pick-box" style={{ left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px` }} />}
      <div class="panel pick-hint" role="status">
        Click to hide {picker.label ? <code>{picker.label}</code> : 'an element'} on this site · ↑ wider · ↓ narrower · Esc cancels
      </div>
    </>
  );
}
