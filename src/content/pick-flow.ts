/**
 * The whole "Hide this" flow: pick an element, hide it at once, save its selector for the site, and offer
 * Undo, which unhides it and forgets the rule.
 */
import { toBackground } from '../shared/messaging.ts';
import { startPicker } from './picker.ts';
import type { UiStore } from './ui/store.ts';
import { applyHideRules } from './user-rules.ts';

export interface PickFlowDeps {
  store: UiStore;
  toast(message: string, action?: { label: string; run: () => void }): void;
  /** The site's hiding selectors as they are now (the flow adds to and removes from it). */
  selectors: string[];
}

let stopCurrent: (() => void) | null = null;

/** Starts the picker (restarting it if it was already on). Resolves when picking started. */
export function pickToHide(deps: PickFlowDeps): boolean {
  stopCurrent?.();
  deps.store.set({ picker: { box: null, label: '' }, toolbar: null });
  stopCurrent = startPicker({
    show: (box, label) => { if (stopCurrent) deps.store.set({ picker: { box, label } }); },
    cancelled: () => {
      stopCurrent = null;
      deps.store.set({ picker: null });
    },
    picked: (_el, selector) => {
      stopCurrent = null;
      deps.store.set({ picker: null });
      deps.selectors.push(selector);
      applyHideRules(deps.selectors);
      void toBackground('rules/add', { url: location.href, selector }).then((rule) => {
        deps.toast(`Hidden on ${location.hostname}: ${selector}`, {
          label: 'Undo',
          run: () => {
            deps.selectors.splice(deps.selectors.indexOf(selector), 1);
            applyHideRules(deps.selectors);
            deps.store.set({ toast: null });
            if (rule.id !== undefined) void toBackground('rules/delete', { id: rule.id });
          },
        });
      }).catch((error: unknown) => deps.toast(`Could not save the rule: ${String((error as Error).message ?? error)}`));
    },
  });
  return true;
}
