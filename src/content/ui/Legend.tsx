/**
 * The clean view's panel: what each colour and underline means, how many, and a switch each; the reading
 * controls; "Show whole page". It sits beside the article (see core/reading/legend-layout.ts), folds to a
 * button, and moves by dragging its handle or with the arrow keys on it. Its buttons act on the reader's own
 * input only (`isTrusted`).
 */
import { languageName } from '../../core/entities/language-name.ts';
import { GROUP_STYLE } from '../../shared/groups.ts';
import { ENTITY_GROUPS } from '../../shared/types.ts';
import { ReadingControls } from '../reading/ReadingControls.tsx';
import { EntityFocus, MarkSwatch } from './EntityFocus.tsx';
import { useDragHandle } from '../reading/drag-handle.ts';
import type { LegendState, UiActions } from './store.ts';

export function Legend({ legend, actions }: { legend: LegendState; actions: UiActions }) {
  const { place } = legend;
  const drag = useDragHandle(place, actions);
  const style = { left: `${drag.x}px`, ...(drag.y === null ? {} : { top: `${drag.y}px`, bottom: 'auto' }) };
  if (place.folded) {
    return (
      <button
        type="button"
        class="panel legend-button"
        style={style}
        data-action="unfold-legend"
        data-names={legend.status}
        aria-label="Open Margin's legend and reading controls (arrow keys move it)"
        aria-expanded="false"
        {...drag.handlers}
        onClick={(e) => e.isTrusted && !drag.moved() && actions.foldLegend(false)}
      >
        M
      </button>
    );
  }
  return (
    <section class="panel legend" style={style} aria-label="Margin" data-names={legend.status}>
      <h2>
        <span
          class="grip"
          tabIndex={0}
          role="button"
          data-action="move-legend"
          aria-label="Move the legend: drag, or arrow keys (Home puts it back)"
          {...drag.handlers}
        >
          ⠿ Margin
        </span>
        <button
          type="button"
          class="icon"
          data-action="fold-legend"
          aria-label="Fold the legend"
          aria-expanded="true"
          onClick={(e) => e.isTrusted && actions.foldLegend(true)}
        >
          –
        </button>
      </h2>
      <EntityKey legend={legend} actions={actions} />
      {legend.unmarkedLanguage && legend.status === 'done' && (
        <p class="status" data-status="names-not-marked">
          Names are not marked in {languageName(legend.unmarkedLanguage)}: only figures are.
        </p>
      )}
      <ReadingControls reading={legend.reading} minutes={legend.minutes} actions={actions} />
      <div class="row">
        <button type="button" class="text quiet" data-action="restore-page" onClick={(e) => e.isTrusted && actions.restorePage()}>
          Show whole page
        </button>
      </div>
    </section>
  );
}

/** What the names and figures in the article stand at: always ends in counts or a sentence saying why not. */
function EntityKey({ legend, actions }: { legend: LegendState; actions: UiActions }) {
  const total = ENTITY_GROUPS.reduce((sum, g) => sum + (legend.counts[g] ?? 0), 0);
  switch (legend.status) {
    case 'off':
      return null;
    case 'loading':
      return (
        <p class="status" data-status="loading">
          Finding names and figures…
        </p>
      );
    case 'too-long':
      return (
        <p class="status" data-status="too-long">
          This page is too long to mark names and figures in.
        </p>
      );
    case 'failed':
      return (
        <p class="status" data-status="failed">
          Names and figures could not be marked on this page.
        </p>
      );
  }
  if (total === 0) {
    return (
      <p class="status" data-status="none">
        No names or figures found.
      </p>
    );
  }
  const groups = ENTITY_GROUPS.filter((g) => (legend.counts[g] ?? 0) > 0 || g !== 'other');
  return (
    <div class="groups" data-status="done">
      {groups.map((group) => {
        const style = GROUP_STYLE[group];
        return (
          <label key={group}>
            <input
              type="checkbox"
              data-action={`toggle-${group}`}
              checked={legend.enabled.includes(group)}
              onChange={(e) => e.isTrusted && actions.toggleGroup(group)}
            />
            <MarkSwatch group={group} />
            <span>{style.label}</span>
            <span class="count" data-group-count={group}>
              {legend.counts[group] ?? 0}
            </span>
          </label>
        );
      })}
      <EntityFocus />
    </div>
  );
}
