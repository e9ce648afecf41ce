/**
 * The state of the in-page UI and the actions it can ask for. The content script's controller owns it;
 * Preact components read it through `useUiState` and call the actions.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LegendPlace } from '../../core/reading/legend-layout.ts';
import type { ReadingPrefs } from '../../core/reading/prefs.ts';
import type { EntityGroup, HighlightColor } from '../../shared/types.ts';
import type { PickConfirm } from './PickerOverlay.tsx';

/**
 * Where the legend's names stand: being found, found (`counts`, maybe none), not looked for because the
 * article is too long, or the recognizer failed or took too long. Every state but `loading` is final.
 */
export type LegendStatus = 'loading' | 'done' | 'too-long' | 'failed' | 'off';

/** The clean view's panel: entity legend, reading controls, and where it sits. */
export interface LegendState {
  counts: Partial<Record<EntityGroup, number>>;
  enabled: EntityGroup[];
  status: LegendStatus;
  /** Where the panel is drawn, and whether it is folded to its button. */
  place: LegendPlace;
  /** The reading look's settings for this site. */
  reading: ReadingPrefs;
  /** Estimated minutes to read the article (0 when unknown). */
  minutes: number;
  /** The article's language when names are not marked in it (the names model reads English only). */
  unmarkedLanguage?: string;
}

export interface UiState {
  /** Where to show the selection toolbar (viewport coordinates), or null. */
  toolbar: { x: number; y: number } | null;
  /**
   * The note editor frame: which annotation, and the viewport point it opens next to. Never the note's text:
   * that stays in the frame, in Margin's own origin.
   */
  editor: { annotationId: string; x: number; y: number } | null;
  /** The clean view's panel (entity legend, reading controls), shown while the page is clean. */
  legend: LegendState | null;
  /** A short message to the reader, with an optional action such as "Undo". */
  toast: { message: string; action?: { label: string; run: () => void } } | null;
  /** The element picker's outline and hint, while picking. */
  picker: { box: { x: number; y: number; width: number; height: number } | null; label: string; confirm?: PickConfirm } | null;
}

export interface UiActions {
  highlight(color: HighlightColor): void;
  addNote(): void;
  closeEditor(): void;
  toggleGroup(group: EntityGroup): void;
  restorePage(): void;
  /** Folds the legend to its button (true) or opens it (false). */
  foldLegend(folded: boolean): void;
  /** Moves the legend to a viewport point (its top-left corner), or back to its automatic place (null). */
  moveLegend(at: { x: number; y: number } | null): void;
  /** Changes the reading look of this site. */
  setReading(patch: Partial<ReadingPrefs>): void;
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
