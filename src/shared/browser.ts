/**
 * The one module through which Margin reaches extension APIs. webextension-polyfill gives promise-based
 * `browser.*` on Chrome and Firefox alike; the few Chrome-only APIs (side panel) are reached through
 * `chromeOnly` so their use is easy to find and to guard.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Menus } from 'webextension-polyfill';

/** Chrome APIs that the polyfill does not cover, or `undefined` on browsers without them. */
export const chromeOnly = {
  sidePanel: (globalThis as { chrome?: typeof chrome }).chrome?.sidePanel,
};

/** Firefox's sidebar, the counterpart of Chrome's side panel. */
const sidebarAction = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;

/** True when this browser can show Margin's notes panel beside the page. */
export const hasNotesPanel = Boolean(chromeOnly.sidePanel || sidebarAction);

/**
 * Opens the notes panel for a tab. Both browsers insist this runs straight from the reader's click, so
 * call it synchronously from the click handler, with nothing awaited before it.
 */
export function openNotesPanel(tabId: number): Promise<void> {
  if (chromeOnly.sidePanel) return chromeOnly.sidePanel.open({ tabId });
  if (sidebarAction) return sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel for Margin.'));
}

/**
 * True where a content script outlives its extension: Chrome leaves the old copy running, cut off from the
 * extension, after an update, reload or removal, so it must notice (a port that disconnects) and end itself.
 * Firefox ends an extension's content scripts with it, and there an open port would keep the event page
 * from ever unloading.
 */
export function contentScriptsOutliveExtension(): boolean {
  return __MARGIN_BROWSER__ !== 'firefox';
}

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
