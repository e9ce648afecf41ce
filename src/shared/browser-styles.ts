/**
 * The part of shared/browser.ts (the one place for browser differences) that concerns stylesheets in the
 * page. It uses no extension API, so modules that are also loaded outside an extension (unit tests) can
 * import it without webextension-polyfill, which refuses to load there.
 */

/**
 * A stylesheet Margin adds to the page or to its own shadow root, and takes out again, leaving the page's
 * own sheets as they were.
 */
export interface AddedStyle {
  /** Replaces the sheet's rules with `css`. */
  setRules(css: string): void;
  /** Adds the sheet to its root; a no-op when it is there. */
  attach(): void;
  /** Takes the sheet out; a no-op when it is not there. */
  detach(): void;
}

/** Marks the `<style>` elements Margin adds in Firefox, so a stopped copy's leftovers can be found. */
export const OWN_STYLE_ATTRIBUTE = 'data-margin-style';

/**
 * Chrome: a constructed sheet in `adoptedStyleSheets` (page CSP rules about inline styles don't apply, and
 * the page's DOM is left alone).
 */
class AdoptedSheet implements AddedStyle {
  private readonly sheet = new CSSStyleSheet();
  constructor(private readonly root: Document | ShadowRoot) {}
  setRules(css: string): void {
    this.sheet.replaceSync(css);
  }
  attach(): void {
    if (!this.root.adoptedStyleSheets.includes(this.sheet)) this.root.adoptedStyleSheets = [...this.root.adoptedStyleSheets, this.sheet];
  }
  detach(): void {
    if (this.root.adoptedStyleSheets.includes(this.sheet))
      this.root.adoptedStyleSheets = this.root.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}

/**
 * Firefox: a content script sees the page's `adoptedStyleSheets` through an Xray wrapper, and assigning it
 * throws ("Accessing from Xray wrapper is not supported"), so the sheet is a `<style>` element: in the shadow
 * root for Margin's own interface, at the end of `<html>` (outside the article) for the page's highlights.
 */
class StyleElement implements AddedStyle {
  private readonly element: HTMLStyleElement;
  constructor(private readonly root: Document | ShadowRoot) {
    const doc = isDocument(root) ? root : root.ownerDocument;
    this.element = doc.createElement('style');
    this.element.setAttribute(OWN_STYLE_ATTRIBUTE, '');
  }
  setRules(css: string): void {
    this.element.textContent = css;
  }
  attach(): void {
    if (this.element.isConnected) return;
    const parent = isDocument(this.root) ? this.root.documentElement : this.root;
    parent.append(this.element);
  }
  detach(): void {
    this.element.remove();
  }
}

function isDocument(root: Document | ShadowRoot): root is Document {
  return root.nodeType === Node.DOCUMENT_NODE;
}

/** A new, empty stylesheet for `root` (not yet attached). */
export function addedStyle(root: Document | ShadowRoot): AddedStyle {
  return __MARGIN_BROWSER__ === 'firefox' ? new StyleElement(root) : new AdoptedSheet(root);
}
