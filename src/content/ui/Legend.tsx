/**
 * The legend of entity highlights: what each colour and underline means, how many, and a switch each. Its
 * buttons act on the reader's own clicks only (`isTrusted`).
 */
import { GROUP_STYLE } from '../../shared/groups.ts';
import { ENTITY_GROUPS } from '../../shared/types.ts';
import type { UiActions, UiState } from './store.ts';

export function Legend({ legend, actions }: { legend: NonNullable<UiState['legend']>; actions: UiActions }) {
  const groups = ENTITY_GROUPS.filter((g) => (legend.counts[g] ?? 0) > 0 || g !== 'other');
  return (
    <section class="panel legend" aria-label="Margin highlights">
      <h2>
        <span>Margin</span>
        <button type="button" class="text quiet" data-action="restore-page" onClick={(e) => e.isTrusted && actions.restorePage()}>
          Show whole page
        </button>
      </h2>
      {legend.loading ? (
        <p>Finding names and figures…</p>
      ) : (
        groups.map((group) => {
          const style = GROUP_STYLE[group];
          return (
            <label key={group}>
              <input
                type="checkbox"
                data-action={`toggle-${group}`}
                checked={legend.enabled.includes(group)}
                onChange={(e) => e.isTrusted && actions.toggleGroup(group)}
              />
              <span
                class="key"
                aria-hidden="true"
                style={{ background: style.background, borderBottom: `2px ${style.underline === 'wavy' ? 'dashed' : style.underline} ${style.line}` }}
              />
              <span>{style.label}</span>
              <span class="count" data-group-count={group}>
                {legend.counts[group] ?? 0}
              </span>
            </label>
          );
        })
      )}
    </section>
  );
}
