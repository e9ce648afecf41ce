/**
 * The state of the in-page UI and the actions it can ask for. The content script's controller owns it;
 * Preact components read it through `useUiState` and call the actions.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntityGroup, HighlightColor } from '../../shared/types.ts';

export interface UiState {
  /** Where to show the selection toolbar (viewport coordinates), or null. */
  toolbar: { x: number; y: number } | null;
  /**
   * The note editor frame: which annotation, and the viewport point it opens next to. Never the note's text:
   * that stays in the frame, in Margin's own origin.
   */
  editor: { annotationId: string; x: number; y: number } | null;
  /** The entity legend, shown while the page is clean. */
  legend: { counts: Partial<Record<EntityGroup, number>>; enabled: EntityGroup[]; loading: boolean } | null;
  /** A short message to the reader, with an optional action such as "Undo". */
  toast: { message: string; action?: { label: string; run: () => void } } | null;
  /** The element picker's outline and hint, while picking. */
  picker: { box: { x: number; y: number; width: number; height: number } | null; label: string } | null;
}

export interface UiActions {
  highlight(color: HighlightColor): void;
  addNote(): void;
  closeEditor(): void;
  toggleGroup(group: EntityGroup): void;
  restorePage(): void;
}

type Listener = (state: UiState) => void;

export class UiStore {
  private state: UiState = { toolbar: null, editor: null, legend: null, toast: null, picker: null };
  private listeners = new Set<Listener>();

  get(): UiState {
    return this.state;
  }

  set(patch: Partial<UiState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Re-renders the calling component whenever the store changes. */
export function useUiState(store: UiStore): UiState {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    // Effects run after the first paint: catch up with any change made in between (e.g. the click that
    // opened a note right after the interface was mounted), which the subscription did not see.
    setState(store.get());
    return unsubscribe;
  }, [store]);
  return state;
}
