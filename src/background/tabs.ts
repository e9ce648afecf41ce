/** Acting on a tab's page through its content script, with errors a person can act on. */
import { isWebUrl, normalizeUrl, sameSite } from '../core/url.ts';
import { browser, manifestFilePath } from '../shared/browser.ts';
import { toPage } from '../shared/messaging.ts';
import type { PageMessages, PayloadOf, AnswerOf } from '../shared/message-catalog.ts';

/** The active tab of the current window (what the popup, shortcuts and side panel act on). */
export async function activeTabId(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new Error('There is no active tab.');
  return tab.id;
}

/**
 * The key of a tab's notes: the page's own key (its address tied to a same-site canonical one, which only
 * the page can read), held to the tab's site; the tab's address alone when the page does not answer.
 */
export async function tabUrl(tabId: number): Promise<string> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url) throw new Error(`Tab ${tabId} has no URL Margin can read.`);
  const state = await toPage(tabId, 'page/state', {}).catch(() => null);
  if (state?.url && isWebUrl(state.url) && isWebUrl(tab.url) && sameSite(new URL(state.url).hostname, new URL(tab.url).hostname)) return state.url;
  return normalizeUrl(tab.url);
}

/** True when a message found no content script to answer it. */
function noReceiver(error: unknown): boolean {
  return /Receiving end does not exist|Could not establish connection|No answer/i.test(String((error as Error)?.message ?? error));
}

/**
 * Puts Margin's content script (and its clean-view stylesheet) into a tab that has none: a tab that was
 * open before Margin was installed or updated, or a page that tried to move elsewhere while it loaded (the
 * browser then skips the content scripts). The files are the manifest's, as built.
 */
export async function injectContentScript(tabId: number): Promise<boolean> {
  const [script] = browser.runtime.getManifest().content_scripts ?? [];
  if (!script?.js?.length || !browser.scripting) return false;
  try {
    if (script.css?.length) await browser.scripting.insertCSS({ target: { tabId }, files: script.css.map(manifestFilePath) });
    await browser.scripting.executeScript({ target: { tabId }, files: script.js.map(manifestFilePath) });
    return true;
  } catch {
    return false;
  }
}

/** How long a freshly injected content script may take to start listening (ms). */
const START_WAIT = 3000;

/** The page's answer (wrapped, as an answer may be falsy), or null when no content script is listening. */
async function answerOf<K extends keyof PageMessages>(
  tabId: number,
  type: K,
  payload: PayloadOf<PageMessages, K>,
): Promise<{ value: AnswerOf<PageMessages, K> } | null> {
  try {
    return { value: await toPage(tabId, type, payload) };
  } catch (error) {
    if (noReceiver(error)) return null;
    throw error;
  }
}

/**
 * Sends to a tab's page. When no content script answers, Margin puts one into the page and asks again
 * (except for a ping, which only asks whether Margin is there); when it cannot (a browser page, the web
 * store), the error says so in words a person can act on.
 */
export async function askPage<K extends keyof PageMessages>(
  tabId: number,
  type: K,
  payload: PayloadOf<PageMessages, K>,
): Promise<AnswerOf<PageMessages, K>> {
  let answer = await answerOf(tabId, type, payload);
  if (!answer && type !== 'page/ping' && (await injectContentScript(tabId))) {
    // The script loads its module asynchronously: ask until it listens.
    for (const until = Date.now() + START_WAIT; !answer && Date.now() < until;) {
      await new Promise((ok) => setTimeout(ok, 50));
      answer = await answerOf(tabId, type, payload);
    }
  }
  if (answer) return answer.value;
  throw new Error(
    'Margin cannot work on this tab: it is not a web page (browser pages and the extension store are off limits), or the page is still loading.',
  );
}

/** Sends a payload-less notice to every tab whose URL passes `wanted`; tabs without Margin are skipped. */
export async function notifyTabs(wanted: (url: string) => boolean, type: 'page/annotations-changed' | 'page/rules-changed'): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.filter((tab) => tab.id !== undefined && tab.url && wanted(tab.url)).map((tab) => toPage(tab.id!, type, {}).catch(() => false)),
  );
}

/**
 * Tells every tab of `url`'s site that notes changed, so highlights update at once (a tab's key may be a
 * canonical address its own URL does not show; the tab re-reads its own notes).
 */
export function notifyTabsOf(url: string): Promise<void> {
  if (!isWebUrl(url)) return Promise.resolve();
  const host = new URL(url).hostname;
  return notifyTabs((tabUrl) => isWebUrl(tabUrl) && sameSite(new URL(tabUrl).hostname, host), 'page/annotations-changed');
}
