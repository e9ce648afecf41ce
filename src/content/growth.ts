/**
 * Trying again when the page's content grows: highlights whose passage is not in the page yet (an article
 * that a script loads late, a single-page app still rendering) are anchored once the text arrives.
 */

/** Least time between two tries (ms): one try per burst of changes, however many nodes the burst adds. */
export const RETRY_AFTER_GROWTH_MS = 300;

/** True when a mutation added something that can hold text. */
function grew(record: MutationRecord): boolean {
  return record.type === 'characterData' || record.addedNodes.length > 0;
}

/**
 * Calls `retry` after content is added to `<body>`, at most once per {@link RETRY_AFTER_GROWTH_MS}, for as
 * long as `retry` returns true (something is still missing) and `signal` is live.
 */
export function retryWhenContentGrows(retry: () => boolean, signal: AbortSignal): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (timer !== undefined || !records.some(grew)) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted && !retry()) stop();
    }, RETRY_AFTER_GROWTH_MS);
  });
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', stop, { once: true });
}
