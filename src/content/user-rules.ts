/**
 * Elements the reader hid with the picker, hidden on every page of the site: one constructed stylesheet
 * of `selector { display: none !important }` rules, as uBlock Origin's cosmetic filters work. A selector
 * the browser rejects is skipped, never allowed to break the page.
 */
export class HideRules {
  private readonly sheet = new CSSStyleSheet();

  constructor(private readonly doc: Document = document) {}

  /** Replaces the hiding rules with `selectors`; returns how many the browser accepted. */
  apply(selectors: readonly string[]): number {
    const { sheet, doc } = this;
    while (sheet.cssRules.length) sheet.deleteRule(0);
    let accepted = 0;
    for (const selector of selectors) {
      try {
        doc.querySelector(selector); // throws on an invalid selector before it reaches the sheet
        sheet.insertRule(`${selector} { display: none !important; }`, sheet.cssRules.length);
        accepted++;
      } catch {
        console.warn(`Margin: skipped a hiding rule that is not a valid selector: ${selector}`);
      }
    }
    const others = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    doc.adoptedStyleSheets = accepted ? [...others, sheet] : others;
    return accepted;
  }

  /** Shows what the rules hid (the session is ending; the rules stay saved for the site). */
  remove(): void {
    this.apply([]);
  }
}
