/**
 * Elements the reader hid with the picker, hidden on every page of the site: one stylesheet of
 * `selector { display: none !important }` rules, as uBlock Origin's cosmetic filters work. A selector
 * the browser rejects is skipped, never allowed to break the page.
 */
import { addedStyle, type AddedStyle } from '../shared/browser-styles.ts';

export class HideRules {
  private readonly sheet: AddedStyle;

  constructor(private readonly doc: Document = document) {
    this.sheet = addedStyle(doc);
  }

  /** Replaces the hiding rules with `selectors`; returns how many the browser accepted. */
  apply(selectors: readonly string[]): number {
    // Each rule is tried alone in a scratch sheet, so one the browser rejects never reaches the page's.
    const scratch = new CSSStyleSheet();
    const rules: string[] = [];
    for (const selector of selectors) {
      const rule = `${selector} { display: none !important; }`;
      try {
        this.doc.querySelector(selector); // throws on an invalid selector before it reaches the sheet
        scratch.insertRule(rule, 0);
        if (scratch.cssRules.length !== 1) throw new Error('not one rule');
        scratch.deleteRule(0);
        rules.push(rule);
      } catch {
        console.warn(`Margin: skipped a hiding rule that is not a valid selector: ${selector}`);
      }
    }
    this.sheet.setRules(rules.join('\n'));
    if (rules.length) this.sheet.attach();
    else this.sheet.detach();
    return rules.length;
  }

  /** Shows what the rules hid (the session is ending; the rules stay saved for the site). */
  remove(): void {
    this.apply([]);
  }
}
