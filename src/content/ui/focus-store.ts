/**
 * What the legend's list of names shows and asks for: the page's names, the one followed through the text
 * (focus), and the "first mention only" switch. The entity layer fills it and answers its requests; the
 * legend's `EntityFocus` reads it. It is apart from the UI store so the legend only has to mount the list.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntityGroup } from '../../shared/types.ts';

/** One name of the page, with every mention of it (aliases and surnames included). */
export interface FocusName {
  key: string;
  text: string;
  group: EntityGroup;
  count: number;
}

export interface FocusView {
  names: FocusName[];
  /** The name being followed, and which of its mentions is current (0-based). */
  focused: { key: string; text: string; at: number; total: number } | null;
  firstOnly: boolean;
}

export interface FocusRequests {
  focus(key: string): void;
  step(delta: 1 | -1): void;
  clear(): void;
  setFirstOnly(on: boolean): void;
}

const EMPTY: FocusView = { names: [], focused: null, firstOnly: false };
const NO_REQUESTS: FocusRequests = { focus() {}, step() {}, clear() {}, setFirstOnly() {} };

export class FocusStore {
  private view: FocusView = EMPTY;
  private listeners = new Set<(view: FocusView) => void>();
  requests: FocusRequests = NO_REQUESTS;

  get(): FocusView {
    return this.view;
  }

  set(patch: Partial<FocusView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener(this.view);
  }

  reset(): void {
    this.requests = NO_REQUESTS;
    this.set(EMPTY);
  }

  subscribe(listener: (view: FocusView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The focus list of this content script (one page session at a time runs in it). */
export const focusStore = new FocusStore();

export function useFocusView(store: FocusStore = focusStore): FocusView {
  const [view, setView] = useState(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(setView);
    setView(store.get());
    return unsubscribe;
  }, [store]);
  return view;
}
