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
 * A file the manifest names, as `scripting` takes it. Chrome's `runtime.getManifest()` gives the manifest's
 * own paths. Firefox's gives a content script's files as full moz-extension:// addresses, and Firefox reads
 * a relative path from the calling page's folder, so there the path goes from the extension's root
 * ("/assets/…"), which means the same file from any of Margin's pages.
 */
export function manifestFilePath(file: string): string {
  if (__MARGIN_BROWSER__ !== 'firefox') return file;
  return new URL(file, browser.runtime.getURL('/')).pathname;
}

// Stylesheets in the page differ too; they live in browser-styles.ts, which needs no extension API.
export { addedStyle, OWN_STYLE_ATTRIBUTE, type AddedStyle } from './browser-styles.ts';
