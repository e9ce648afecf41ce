/** Acting on a tab's page through its content script, with errors a person can act on. */
import { normalizeUrl } from '../core/url.ts';
import { browser } from '../shared/browser.ts';
import { toPage } from '../shared/messaging.ts';
import type { PageMessages, PayloadOf, AnswerOf } from '../shared/messages.ts';

/** The active tab of the current window (what the popup, shortcuts and side panel act on). */
export async function activeTabId(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new Error('There is no active tab.');
  return tab.id;
}

/** The normalized URL of a tab's page: the key of its notes. */
export async function tabUrl(tabId: number): Promise<string> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url) throw new Error(`Tab ${tabId} has no URL Margin can read.`);
  return normalizeUrl(tab.url);
}

/** Sends to a tab's page, explaining the usual reason when no content script answers. */
export async function askPage<K extends keyof PageMessages>(tabId: number, type: K, payload: PayloadOf<PageMessages, K>): Promise<AnswerOf<PageMessages, K>> {
  try {
    return await toPage(tabId, type, payload);
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    if (/Receiving end does not exist|Could not establish connection|No answer/i.test(message)) {
      throw new Error('Margin cannot work on this tab: it is not a web page, or it was open before Margin was installed (reload it).');
    }
    throw error;
  }
}

/** Sends a payload-less notice to every tab whose URL passes `wanted`; tabs without Margin are skipped. */
export async function notifyTabs(wanted: (url: string) => boolean, type: 'page/annotations-changed' | 'page/rules-changed'): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs
    .filter((tab) => tab.id !== undefined && tab.url && wanted(tab.url))
    .map((tab) => toPage(tab.id!, type, {}).catch(() => false)));
}

/** Tells every tab showing `url` that its notes changed, so highlights update at once. */
export function notifyTabsOf(url: string): Promise<void> {
  return notifyTabs((tabUrl) => normalizeUrl(tabUrl) === url, 'page/annotations-changed');
}
