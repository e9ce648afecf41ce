/**
 * The one element Margin adds to a page for its own interface (only once there is something to show), with
 * a closed shadow root so the page's scripts and styles cannot reach in. It hangs off `<html>`, outside
 * `<body>`, so it never shifts the page's text or layout and is never part of the article.
 */
import { addedStyle } from '../../shared/browser-styles.ts';

const HOST_TAG = 'margin-ui';

/** The interface host of one page session: created on first use, removed when the session ends. */
export class UiHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;

  /** The shadow root Margin's in-page UI renders into, created on first use. */
  root(styles: string): ShadowRoot {
    if (this.shadow && this.host?.isConnected) return this.shadow;
    const host = document.createElement(HOST_TAG);
    // Inline styles on our own element only: keep the host out of the page's layout and above it.
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
    this.shadow = host.attachShadow({ mode: 'closed' });
    const sheet = addedStyle(this.shadow);
    sheet.setRules(styles);
    sheet.attach();
    document.documentElement.appendChild(host);
    this.host = host;
    return this.shadow;
  }

  /** Takes the interface out of the page. */
  remove(): void {
    this.host?.remove();
    this.host = null;
    this.shadow = null;
  }
}

/**
 * Removes interface hosts that no running copy of Margin owns: one left by a copy the browser stopped
 * (an extension update in a browser that ends old content scripts without letting them clean up).
 */
export function removeStrayHosts(doc: Document = document): void {
  for (const el of doc.querySelectorAll(HOST_TAG)) el.remove();
}

/** True for Margin's UI host element (never hidden, never part of the page's text). */
export function isOwnUi(el: Element): boolean {
  return el.tagName === HOST_TAG.toUpperCase();
}

/**
 * True when an event happened inside Margin's UI. Known by the element's name: a page that names an element
 * of its own so can only make Margin ignore events there, which it could do anyway by stopping them.
 */
export function isEventFromUi(event: Event): boolean {
  return event.composedPath().some((target) => target instanceof Element && isOwnUi(target));
}
