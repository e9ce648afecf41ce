/** Opens the library in a new tab, from the popup or the side panel. */
import { browser } from '../../shared/browser.ts';
import { LIBRARY_PAGE } from '../../shared/library-page.ts';

export function openLibraryTab(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
}
