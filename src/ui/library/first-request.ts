/**
 * The library's first questions to the background, asked as soon as this small module runs: `main.tsx`
 * imports it before the rest of the page is evaluated, so the round trip (waking the service worker, reading
 * the newest highlights) starts before the page first renders, not during it. `use-library.ts` takes the
 * answers. It imports nothing but the messaging, so it could run in an entry of its own; measured, that
 * started the request no earlier (see README.md, *First rows*).
 */
import { toBackground } from '../../shared/messaging.ts';

/** Highlights read before anything else: the first rows the page draws. */
export const FIRST_ROWS = 100;

const ask = () => {
  const asked = { newest: toBackground('library/annotations', { newest: FIRST_ROWS }), settings: toBackground('settings/get', {}) };
  // Failures are reported by whoever takes the answers, not as unhandled rejections before that.
  asked.newest.catch(() => undefined);
  asked.settings.catch(() => undefined);
  return asked;
};

/** The answers asked for as the page loaded. */
export const firstAnswers = ask();
