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
