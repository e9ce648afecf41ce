/** Which tab an extension page acts on: `?tabId=` when given (tests, links), else the active tab. */
import { browser } from '../../shared/browser.ts';

export async function targetTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}
