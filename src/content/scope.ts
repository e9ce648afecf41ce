/** Parts of a page session that can end before the session does (the clean view, one address's notes). */

/** An AbortController that also aborts when `parent` does. */
export function childScope(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) child.abort();
  else parent.addEventListener('abort', () => child.abort(), { once: true, signal: child.signal });
  return child;
}
