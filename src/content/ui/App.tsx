/** Everything Margin draws in the page, rendered into the closed shadow root. */
import { render } from 'preact';
import { Legend } from './Legend.tsx';
import { PickerOverlay } from './PickerOverlay.tsx';
import { NoteEditor } from './NoteEditor.tsx';
import { SelectionToolbar } from './SelectionToolbar.tsx';
import { type UiActions, type UiStore, useUiState } from './store.ts';
import type { UiHost } from './host.ts';
import { UI_STYLES } from './styles.ts';

function App({ store, actions }: { store: UiStore; actions: UiActions }) {
  const state = useUiState(store);
  return (
    <>
      {state.toolbar && <SelectionToolbar x={state.toolbar.x} y={state.toolbar.y} actions={actions} />}
      {state.editor && <NoteEditor editor={state.editor} actions={actions} />}
      {state.legend && <Legend legend={state.legend} actions={actions} />}
      {state.picker && <PickerOverlay picker={state.picker} />}
      {state.toast && (
        <div class="panel toast" role="status">
          <span data-field="toast">{state.toast.message}</span>
          {state.toast.action && (
            <button type="button" class="text" data-action="toast-action" onClick={state.toast.action.run}>
              {state.toast.action.label}
            </button>
          )}
        </div>
      )}
    </>
  );
}

/** Mounts the in-page UI in `host` (the store drives it); returns the function that unmounts it. */
export function mountUi(host: UiHost, store: UiStore, actions: UiActions): () => void {
  const root = host.root(UI_STYLES);
  const container = document.createElement('div');
  root.appendChild(container);
  render(<App store={store} actions={actions} />, container);
  // Rendering nothing runs every component's cleanup (the note frame's listeners among them).
  return () => render(null, container);
}
