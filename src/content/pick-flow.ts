/**
 * The whole "Hide this" flow: pick an element, hide it at once, save its selector for the site, and offer
 * Undo, which unhides it and forgets the rule.
 */
import { toBackground } from '../shared/messaging.ts';
import { startPicker } from './picker.ts';
import type { UiStore } from './ui/store.ts';
import type { HideRules } from './user-rules.ts';

export interface PickFlowDeps {
  store: UiStore;
  toast(message: string, action?: { label: string; run: () => void }): void;
  /** The site's hiding rules in the page. */
  rules: HideRules;
}

/** The picker of one page session: at most one at a time, stopped with the session. */
export class PickFlow {
  private stopCurrent: (() => void) | null = null;

  constructor(
    private readonly deps: PickFlowDeps,
    private readonly signal: AbortSignal,
  ) {}

  /**
   * Starts the picker (restarting it if it was already on). `selectors` are the site's hiding selectors as
   * they are now; the flow adds to and removes from the list. True when picking started.
   */
  start(selectors: string[]): boolean {
    const { deps } = this;
    this.stopCurrent?.();
    deps.store.set({ picker: { box: null, label: '' }, toolbar: null });
    this.stopCurrent = startPicker(
      {
        show: (box, label) => {
          if (this.stopCurrent) deps.store.set({ picker: { box, label } });
        },
        cancelled: () => {
          this.stopCurrent = null;
          deps.store.set({ picker: null });
        },
        picked: (_el, selector) => {
          this.stopCurrent = null;
          deps.store.set({ picker: null });
          selectors.push(selector);
          deps.rules.apply(selectors);
          void toBackground('rules/add', { url: location.href, selector })
            .then((rule) => {
              deps.toast(`Hidden on ${location.hostname}: ${selector}`, {
                label: 'Undo',
                run: () => {
                  selectors.splice(selectors.indexOf(selector), 1);
                  deps.rules.apply(selectors);
                  deps.store.set({ toast: null });
                  if (rule.id !== undefined) void toBackground('rules/delete', { id: rule.id });
                },
              });
            })
            .catch((error: unknown) => deps.toast(`Could not save the rule: ${String((error as Error).message ?? error)}`));
        },
      },
      this.signal,
    );
    return true;
  }
}
