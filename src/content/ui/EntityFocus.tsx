/**
 * The legend's list of the page's names: a click (or Enter) on one follows it through the article — every
 * mention marked, the other marks dimmed — with previous / next buttons and keys (← → or p / n, Escape
 * stops); and the "first mention only" switch. Also the swatch that shows a kind of mark exactly as the text
 * draws it. Acts on the reader's own input only (`isTrusted`).
 */
import { GROUP_STYLE, markDecoration } from '../../shared/groups.ts';
import type { EntityGroup } from '../../shared/types.ts';
import { focusStore, useFocusView, type FocusStore } from './focus-store.ts';

/** How many names the list shows before "more". */
const NAMES_SHOWN = 8;

const LIST_STYLE = { listStyle: 'none', margin: '4px 0 0', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '4px' } as const;
const NAME_STYLE = {
  border: '1px solid rgba(127,127,127,.45)',
  borderRadius: '12px',
  background: 'transparent',
  color: 'inherit',
  padding: '1px 8px',
  cursor: 'pointer',
  fontSize: '12px',
} as const;

/** A sample of a kind's mark: the same background and line (style, colour, thickness) as in the text. */
export function MarkSwatch({ group }: { group: EntityGroup }) {
  const style = GROUP_STYLE[group];
  return (
    <span
      class="key"
      aria-hidden="true"
      data-swatch={group}
      style={{
        background: style.background,
        textDecoration: markDecoration(group),
        textUnderlineOffset: '3px',
        fontSize: '11px',
        lineHeight: '14px',
        textAlign: 'center',
        color: 'inherit',
      }}
    >
      Ab
    </span>
  );
}

export function EntityFocus({ store = focusStore }: { store?: FocusStore }) {
  const view = useFocusView(store);
  const requests = store.requests;
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted || !view.focused) return;
    const delta =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'n' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'p' ? -1 : 0;
    if (delta) requests.step(delta);
    else if (e.key === 'Escape') requests.clear();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  if (view.names.length === 0 && !view.focused) return null;
  return (
    <div class="entity-focus" data-part="entity-focus" onKeyDown={onKey}>
      <label style={{ display: 'flex', gap: '8px', alignItems: 'center', cursor: 'pointer' }}>
        <input
          type="checkbox"
          data-action="first-mention-only"
          checked={view.firstOnly}
          onChange={(e) => e.isTrusted && requests.setFirstOnly((e.target as HTMLInputElement).checked)}
        />
        <span>First mention only</span>
      </label>
      {view.focused ? (
        <div
          role="group"
          aria-label={`Mentions of ${view.focused.text}`}
          style={{ display: 'flex', gap: '6px', alignItems: 'center', marginTop: '4px' }}
        >
          <button
            type="button"
            class="text quiet"
            data-action="focus-prev"
            aria-label="Previous mention"
            onClick={(e) => e.isTrusted && requests.step(-1)}
          >
            ‹
          </button>
          <span data-field="focus-position" aria-live="polite" style={{ flex: 1 }}>
            <strong>{view.focused.text}</strong> {view.focused.at + 1} / {view.focused.total}
          </span>
          <button
            type="button"
            class="text quiet"
            data-action="focus-next"
            aria-label="Next mention"
            onClick={(e) => e.isTrusted && requests.step(1)}
          >
            ›
          </button>
          <button
            type="button"
            class="text quiet"
            data-action="focus-clear"
            aria-label="Show every mark again"
            onClick={(e) => e.isTrusted && requests.clear()}
          >
            ✕
          </button>
        </div>
      ) : (
        <ul style={LIST_STYLE} aria-label="Follow a name through the article">
          {view.names.slice(0, NAMES_SHOWN).map((name) => (
            <li key={name.key}>
              <button
                type="button"
                data-action="focus-name"
                data-name={name.text}
                title={`Mark every mention of ${name.text}`}
                style={{ ...NAME_STYLE, textDecoration: markDecoration(name.group, '1px'), textUnderlineOffset: '3px' }}
                onClick={(e) => e.isTrusted && requests.focus(name.key)}
              >
                {name.text} <span style={{ opacity: 0.7 }}>{name.count}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
