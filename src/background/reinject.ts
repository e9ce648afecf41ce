/**
 * Open tabs pick up a new version of Margin without a reload. When Margin is installed or updated, the
 * browser puts the content script only into pages loaded from then on; Margin puts it into every open web
 * page itself. In Chrome the old version's script is still running there, cut off from the extension: it
 * notices (its lifeline port disconnects, and the new script announces itself) and ends, leaving the page
 * as it was, before the new one draws the reader's highlights again. Firefox ends the old script itself.
 */
import { browser, contentScriptsOutliveExtension } from '../shared/browser.ts';
import { TAKEOVER_FLAG } from '../shared/message-catalog.ts';
import { injectContentScript } from './tabs.ts';

/** The pages the manifest's content script runs in. */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

/** Marks the content script's world so the script about to start there tells an older copy to end. */
async function markTakeover(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (flag: string) => void ((globalThis as Record<string, unknown>)[flag] = true),
    args: [TAKEOVER_FLAG],
  });
}

/** Puts the content script into an open tab that may still run an older copy. */
async function takeOver(tabId: number): Promise<boolean> {
  try {
    await markTakeover(tabId);
  } catch {
    return false; // a page Margin may not script (the browser's own, the extension store)
  }
  return injectContentScript(tabId);
}

/** Puts the content script into every open web page (discarded tabs load it when they are shown again). */
export async function injectIntoOpenTabs(): Promise<number> {
  if (!browser.scripting) return 0;
  const tabs = await browser.tabs.query({ url: WEB_PAGES, discarded: false });
  const injected = await Promise.all(tabs.map((tab) => (tab.id === undefined ? false : takeOver(tab.id))));
  return injected.filter(Boolean).length;
}

/** Wires the re-injection on install and update, and holds the content scripts' lifeline ports. */
export function keepOpenTabsCurrent(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs().catch((e) => console.warn('Margin: could not reach open tabs', e));
  });
  if (!contentScriptsOutliveExtension()) return;
  // A port nobody listens for is closed at once. Listened for, the lifeline stays open until the extension
  // goes away (or the worker stops when idle, which the content script tells apart); nothing else is needed.
  // (The content script's lifeline is the only port Margin opens.)
  browser.runtime.onConnect.addListener(() => undefined);
}
