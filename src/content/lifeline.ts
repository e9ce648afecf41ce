/**
 * Knowing when this copy of Margin has lost its extension (updated, reloaded, disabled or removed): from
 * then on no message reaches the background, so the page session must end and leave the page as it was.
 *
 * Three signs, because none is enough alone: the lifeline port disconnects (Chrome; the port also drops when
 * an idle service worker stops, so the extension id is checked, and the port is not reopened, which would
 * keep waking the worker); a new copy of Margin announces itself on the document when the background puts
 * it into the open tab (after an update); and a message fails. Each is confirmed by `extensionAlive()`, which
 * a page cannot fake, so a page dispatching the announcement itself changes nothing.
 */
import { browser, contentScriptsOutliveExtension } from '../shared/browser.ts';
import { LIFELINE_PORT, TAKEOVER_FLAG } from '../shared/message-catalog.ts';

/** Dispatched on the document by each copy of Margin as it starts. */
const SESSION_START_EVENT = 'margin-session-start';

/**
 * After the port disconnects, when to look at the extension id again (ms): Chrome clears it a little after
 * it closes the ports of an unloaded extension.
 */
const RECHECK_AFTER_DISCONNECT_MS = [0, 50, 250, 1000, 3000];

/** True while this content script can still reach its extension. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false; // Firefox: the extension's objects are dead
  }
}

/** True when `error` (from a message) means the extension is gone rather than that one request failed. */
export function lostExtension(error: unknown): boolean {
  return /context invalidated/i.test(String((error as Error)?.message ?? error)) || !extensionAlive();
}

/**
 * Tells an older copy of Margin in this page that a new one is starting (see the module comment), when the
 * background put this copy into an open tab: a page that loads normally has no older copy, and its scripts
 * are not shown that Margin is there.
 */
export function announceStart(): void {
  const scope = globalThis as { [TAKEOVER_FLAG]?: boolean };
  if (!scope[TAKEOVER_FLAG]) return;
  delete scope[TAKEOVER_FLAG];
  document.dispatchEvent(new Event(SESSION_START_EVENT));
}

/**
 * Calls `onLost` once the extension is found gone, until `signal` aborts; and `onNewer` when a newer copy of
 * Margin starts in the page (from then on the document's highlights and clean view are that copy's).
 */
export function watchExtension(onLost: () => void, onNewer: () => void, signal: AbortSignal): void {
  const check = () => {
    if (!signal.aborted && !extensionAlive()) onLost();
  };
  document.addEventListener(
    SESSION_START_EVENT,
    () => {
      onNewer();
      check();
    },
    { signal },
  );
  if (!contentScriptsOutliveExtension()) return;
  let port: ReturnType<typeof browser.runtime.connect>;
  try {
    port = browser.runtime.connect({ name: LIFELINE_PORT });
  } catch {
    return check();
  }
  const timers: ReturnType<typeof setTimeout>[] = [];
  port.onDisconnect.addListener(() => {
    for (const ms of RECHECK_AFTER_DISCONNECT_MS) timers.push(setTimeout(check, ms));
  });
  signal.addEventListener(
    'abort',
    () => {
      timers.forEach(clearTimeout);
      try {
        port.disconnect();
      } catch {
        // Already cut off.
      }
    },
    { once: true },
  );
}
