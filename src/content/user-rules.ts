/**
 * Elements the reader hid with the picker, on every page of the site or on one page: one stylesheet of
 * `selector { display: none !important }` rules, as uBlock Origin's cosmetic filters work. An element only
 * its words tell apart (a rule with `text`) is found by its selector and words and marked with an attribute
 * the same sheet hides, again whenever the page's content grows (a paragraph a script adds later). A selector
 * the browser rejects is skipped, never allowed to break the page.
 */
import { targetElements } from '../core/picker/selector.ts';
import { addedStyle, type AddedStyle } from '../shared/browser-styles.ts';
import type { HideTarget } from '../shared/types.ts';
import { retryWhenContentGrows } from './growth.ts';

/** Marks an element hidden by a rule with words; the attribute carries nothing of the reader's. */
export const PICKED_ATTRIBUTE = 'data-margin-picked';

export class HideRules {
  private readonly sheet: AddedStyle;
  private marked: Element[] = [];
  private byWords: { selector: string; text: string }[] = [];
  /** Marks late content while there are rules with words; ended by the next `apply`. */
  private watch: AbortController | null = null;

  constructor(private readonly doc: Document = document) {
    this.sheet = addedStyle(doc);
  }

  /** Replaces the hiding rules with `targets`; returns how many the browser accepted. */
  apply(targets: readonly HideTarget[]): number {
    // Each rule is tried alone in a scratch sheet, so one the browser rejects never reaches the page's.
    const scratch = new CSSStyleSheet();
    const rules: string[] = [];
    for (const el of this.marked) el.removeAttribute(PICKED_ATTRIBUTE);
    this.marked = [];
    this.byWords = [];
    this.watch?.abort();
    this.watch = null;
    for (const target of targets) {
      const selector = typeof target === 'string' ? target : target.selector;
      const rule = `${selector} { display: none !important; }`;
      try {
        this.doc.querySelector(selector); // throws on an invalid selector before it reaches the sheet
        scratch.insertRule(rule, 0);
        if (scratch.cssRules.length !== 1) throw new Error('not one rule');
        scratch.deleteRule(0);
      } catch {
        console.warn(`Margin: skipped a hiding rule that is not a valid selector: ${selector}`);
        continue;
      }
      if (typeof target === 'string') rules.push(rule);
      else this.byWords.push(target);
    }
    if (this.byWords.length) {
      rules.push(`[${PICKED_ATTRIBUTE}] { display: none !important; }`);
      this.mark();
      this.watch = new AbortController();
      retryWhenContentGrows(() => (this.mark(), true), this.watch.signal);
    }
    this.sheet.setRules(rules.join('\n'));
    if (rules.length) this.sheet.attach();
    else this.sheet.detach();
    return rules.length;
  }

  /** Marks the elements the rules with words hide (attributes only: the watch sees no growth from it). */
  private mark(): void {
    for (const target of this.byWords) {
      for (const el of targetElements(this.doc, target)) {
        if (el.hasAttribute(PICKED_ATTRIBUTE)) continue;
        el.setAttribute(PICKED_ATTRIBUTE, '');
        this.marked.push(el);
      }
    }
  }

  /** Shows what the rules hid (the session is ending; the rules stay saved). */
  remove(): void {
    this.apply([]);
  }
}
