/**
 * The library's first questions to the background, asked as soon as this small module runs (`start.ts` runs
 * it before the page's own script is loaded), so the round trip (waking the service worker, reading the
 * newest highlights) overlaps loading the page's script instead of following it. `main.tsx` waits for the
 * newest highlights (a while at most) before it first draws, and `use-library.ts` takes the answers. It
 * imports nothing but the messaging, to stay small.
 */
import { toBackground } from '../../shared/messaging.ts';

/** Highlights read before anything else: the first rows the page draws. */
export const FIRST_ROWS = 100;

const ask = () => {
  const newest = toBackground('library/annotations', { newest: FIRST_ROWS });
  const settings = toBackground('settings/get', {});
  const asked = { newest, settings, arrived: null as Awaited<typeof newest> | null };
  // Kept as it arrives, so the page's first drawing can use it at once; failures are reported by whoever
  // takes the answers, not as unhandled rejections before that.
  newest.then(
    (answer) => void (asked.arrived = answer),
    () => undefined,
  );
  settings.catch(() => undefined);
  return asked;
};

/** The answers asked for as the page loaded; `arrived` holds the newest highlights once they are here. */
export const firstAnswers = ask();
