/**
 * The picker's outline over the candidate element and a hint on how to use it; once an element is chosen,
 * the confirmation: what will be hidden and where, in words (the selector on request), a warning when it is
 * part of the article, and the choice between this page and the whole site. Acts on the reader's own input
 * only (`isTrusted`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiState } from './store.ts';

export type PickScope = 'page' | 'site';

/** The confirmation of a picked element. */
export interface PickConfirm {
  /** The element in words ("the box ‘Newsletter’"). */
  label: string;
  host: string;
  selector: string;
  /** The words the element starts with, when the selector alone matches more. */
  text?: string;
  /** Why hiding it may hurt reading (it is part of the article), or null. */
  warning: string | null;
  /** The scope offered first. */
  scope: PickScope;
  describe(scope: PickScope): string;
  hide(scope: PickScope): void;
  cancel(): void;
}

const CONFIRM_STYLE = {
  left: '50%',
  bottom: '16px',
  transform: 'translateX(-50%)',
  padding: '10px 14px',
  maxWidth: '480px',
  width: 'max-content',
} as const;

function Confirm({ confirm }: { confirm: PickConfirm }) {
  const [scope, setScope] = useState<PickScope>(confirm.scope);
  const hideButton = useRef<HTMLButtonElement>(null);
  useEffect(() => hideButton.current?.focus(), []);
  const onKey = (e: KeyboardEvent) => {
    if (e.isTrusted && e.key === 'Escape') {
      e.preventDefault();
      confirm.cancel();
    }
  };
  return (
    <div class="panel pick-confirm" role="dialog" aria-label="Hide this element?" style={CONFIRM_STYLE} onKeyDown={onKey}>
      <p style={{ margin: '0 0 6px' }} data-field="pick-description">
        Hide {confirm.describe(scope)}?
      </p>
      {confirm.warning && (
        <p role="alert" data-field="pick-warning" style={{ margin: '0 0 6px', color: '#b45309', fontWeight: 600 }}>
          ⚠ {confirm.warning}
        </p>
      )}
      <div role="radiogroup" aria-label="Where to hide it" style={{ display: 'flex', flexDirection: 'column', gap: '2px', marginBottom: '6px' }}>
        <label>
          <input type="radio" name="pick-scope" data-scope="page" checked={scope === 'page'} onChange={(e) => e.isTrusted && setScope('page')} /> On
          this page only
        </label>
        <label>
          <input type="radio" name="pick-scope" data-scope="site" checked={scope === 'site'} onChange={(e) => e.isTrusted && setScope('site')} /> On
          every page of {confirm.host}
        </label>
      </div>
      <details style={{ marginBottom: '6px' }}>
        <summary data-action="show-selector" style={{ cursor: 'pointer' }}>
          Show the selector
        </summary>
        <code data-field="pick-selector" style={{ fontFamily: 'ui-monospace, monospace', wordBreak: 'break-all' }}>
          {confirm.selector}
        </code>
        {confirm.text && <div>whose text starts “{confirm.text}”</div>}
      </details>
      <div class="row">
        <button type="button" class="text quiet" data-action="pick-cancel" onClick={(e) => e.isTrusted && confirm.cancel()}>
          Cancel
        </button>
        <button type="button" class="text" data-action="pick-hide" ref={hideButton} onClick={(e) => e.isTrusted && confirm.hide(scope)}>
          Hide
        </button>
      </div>
    </div>
  );
}

export function PickerOverlay({ picker }: { picker: NonNullable<UiState['picker']> }) {
  const box = picker.box;
  return (
    <>
      {box && <div class="pick-box" style={{ left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px` }} />}
      {picker.confirm ? (
        <Confirm confirm={picker.confirm} />
      ) : (
        <div class="panel pick-hint" role="status">
          Click to choose {picker.label ? <strong>{picker.label}</strong> : 'an element'} to hide · ↑ wider · ↓ narrower · Esc cancels
        </div>
      )}
    </>
  );
}
