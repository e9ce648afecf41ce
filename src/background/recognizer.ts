/**
 * Entity recognition for pages, off their main thread. In Chrome the recognizer runs in a worker of the
 * offscreen document (a service worker cannot start workers or load code on demand); in Firefox the
 * background is a page, so it loads the recognizer itself. Either way the model file
 * (public/models/names.bin) is fetched once per session, and only when a page with an article asks.
 */
import { MODEL_PATH } from '../core/entities/model-path.ts';
import type { TextEntities } from '../core/entities/types.ts';
import { browser } from '../shared/browser.ts';
import { toOffscreen } from '../shared/messaging.ts';

const OFFSCREEN_PATH = 'src/offscreen/index.html';
let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(offscreen: typeof chrome.offscreen): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
  if (contexts.length) return;
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS' as chrome.offscreen.Reason],
      justification: "Runs the named-entity recognizer in a worker, off the web page's main thread.",
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/**
 * Recognizes names and key figures in an article's text, and says which language it took the text to be in
 * (`lang`: the page's declaration) and whether names were marked (English only).
 */
export async function recognize(text: string, lang?: string): Promise<TextEntities> {
  if (__MARGIN_BROWSER__ === 'firefox') {
    const [{ loadRecognizer }, { fetchModelFile }] = await Promise.all([
      import('../core/entities/recognize.ts'),
      import('../core/entities/model-file.ts'),
    ]);
    return (await loadRecognizer(fetchModelFile(browser.runtime.getURL(MODEL_PATH)))).analyze(text, { lang });
  }
  const offscreen = (globalThis as { chrome?: typeof chrome }).chrome?.offscreen;
  if (!offscreen) throw new Error('This browser has no offscreen documents, which Margin needs to recognize names.');
  await ensureOffscreenDocument(offscreen);
  return toOffscreen('offscreen/recognize', { text, lang });
}
