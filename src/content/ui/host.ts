/**
 * The one element Margin adds to a page for its own interface (only once there is something to show), with a closed shadow root so the page's
 * scripts and styles cannot reach in. It hangs off `<html>`, outside `<body>`, so it never shifts the
 * page's text or layout and is never part of the article.
 */
const HOST_TAG = 'margin-ui';

let host: HTMLElement | null = null;
let shadow: ShadowRoot | null = null;

/** The shadow root Margin's in-page UI renders into, created on first use. */
export function uiShadowRoot(styles: string): ShadowRoot {
  if (shadow && host?.isConnected) return shadow;
  host = document.createElement(HOST_TAG);
  // Inline styles on our own element only: keep the host out of the page's layout and above it.
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  shadow.adoptedStyleSheets = [sheet];
  document.documentElement.appendChild(host);
  return shadow;
}

/** True for Margin's own UI host element (never hidden, never part of the page's text). */
export function isOwnUi(el: Element): boolean {
  return el === host || el.tagName === HOST_TAG.toUpperCase();
}

/** True when an event happened inside Margin's UI. */
export function isEventFromUi(event: Event): boolean {
  return host !== null && event.composedPath().includes(host);
}
