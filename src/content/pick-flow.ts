/**
 * The whole "Hide this" flow: pick an element, confirm what to hide and where — on this page only, or on
 * every page of the site — with a warning when the element is part of the article, then hide it, save the
 * rule, and offer Undo, which unhides it and forgets the rule.
 */
import type { ArticleSelection } from '../core/article/types.ts';
import { describeRule, elementLabel } from '../core/picker/describe-rule.ts';
import { pickTarget } from '../core/picker/selector.ts';
import { toBackground } from '../shared/messaging.ts';
import type { HideTarget } from '../shared/types.ts';
import { currentPageKey } from './page-key.ts';
import { startPicker } from './picker.ts';
import type { PickConfirm, PickScope } from './ui/PickerOverlay.tsx';
import type { UiStore } from './ui/store.ts';
import type { HideRules } from './user-rules.ts';

export interface PickFlowDeps {
  store: UiStore;
  toast(message: string, action?: { label: string; run: () => void }): void;
  /** The page's hiding rules. */
  rules: HideRules;
  /** The detected article, to warn before hiding part of it (null when there is none). */
  article(): Promise<ArticleSelection | null>;
}

/** Why hiding this element may hurt reading, or null when it is clutter outside the article. */
export function articleWarning(el: Element, article: ArticleSelection | null): string | null {
  if (!article) return null;
  if (article.keep.some((root) => el.contains(root))) return 'This holds the article itself: hiding it hides the text you came to read.';
  const inside = article.keep.some((root) => root.contains(el)) && !article.drop.some((d) => d.contains(el));
  return inside ? 'This is part of the article. Hidden on every page, it could hide text of other articles.' : null;
}

/** The picker of one page session: at most one at a time, stopped with the session. */
export class PickFlow {
  private stopCurrent: (() => void) | null = null;

  constructor(
    private readonly deps: PickFlowDeps,
    private readonly signal: AbortSignal,
  ) {}

  /**
   * Starts the picker (restarting it if it was already on). `targets` are the page's hiding targets as they
   * are now; the flow adds to and removes from the list. True when picking started.
   */
  start(targets: HideTarget[]): boolean {
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
        picked: (el) => {
          this.stopCurrent = null;
          void this.confirm(el, targets);
        },
      },
      this.signal,
    );
    return true;
  }

  /** Asks the reader what to hide and where, showing the element outlined meanwhile. */
  private async confirm(el: Element, targets: HideTarget[]): Promise<void> {
    const { deps } = this;
    const target = pickTarget(el);
    if (!target) {
      deps.store.set({ picker: null });
      deps.toast('Margin cannot tell this element apart without its position on the page. Pick a wider one (↑ while picking).');
      return;
    }
    const article = await deps.article().catch(() => null);
    if (this.signal.aborted) return;
    const warning = articleWarning(el, article);
    const r = el.getBoundingClientRect();
    const label = elementLabel(el);
    const confirm: PickConfirm = {
      label,
      host: location.hostname,
      selector: target.selector,
      text: target.text,
      warning,
      // Part of the article: this page only unless the reader says otherwise.
      scope: warning ? 'page' : 'site',
      describe: (scope) =>
        describeRule({ host: location.hostname, selector: target.selector, label, page: scope === 'page' ? currentPageKey() : undefined }),
      hide: (scope) => this.hide(target, label, scope, targets),
      cancel: () => deps.store.set({ picker: null }),
    };
    deps.store.set({ picker: { box: { x: r.left, y: r.top, width: r.width, height: r.height }, label, confirm } });
  }

  private hide(target: { selector: string; text?: string }, label: string, scope: PickScope, targets: HideTarget[]): void {
    const { deps } = this;
    deps.store.set({ picker: null });
    const hidden: HideTarget = target.text ? { selector: target.selector, text: target.text } : target.selector;
    targets.push(hidden);
    deps.rules.apply(targets);
    const page = scope === 'page' ? currentPageKey() : undefined;
    void toBackground('rules/add', { url: location.href, selector: target.selector, text: target.text, label, page })
      .then((rule) => {
        deps.toast(`Hidden: ${describeRule(rule)}`, {
          label: 'Undo',
          run: () => {
            const at = targets.indexOf(hidden);
            if (at >= 0) targets.splice(at, 1);
            deps.rules.apply(targets);
            deps.store.set({ toast: null });
            if (rule.id !== undefined) void toBackground('rules/delete', { id: rule.id });
          },
        });
      })
      .catch((error: unknown) => deps.toast(`Could not save the rule: ${String((error as Error).message ?? error)}`));
  }
}
