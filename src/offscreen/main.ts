/**
 * Margin's offscreen document (Chrome): a hidden extension page that hosts the recognizer worker, because
 * a service worker can neither start workers nor load code on demand. It answers the background's
 * `offscreen/recognize` messages.
 */
import { MODEL_PATH } from '../core/entities/model-path.ts';
import type { TextEntities } from '../core/entities/types.ts';
import { browser } from '../shared/browser.ts';
import { offscreenMessages, receive } from '../shared/messaging.ts';
import type { RecognizerJob } from './recognizer.worker.ts';

const worker = new Worker(new URL('./recognizer.worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<number, { resolve: (result: TextEntities) => void; reject: (error: Error) => void }>();
let next = 0;
/** The names model file, fetched by the worker (which cannot call extension APIs itself). */
const modelUrl = browser.runtime.getURL(MODEL_PATH);

worker.onmessage = (event: MessageEvent<{ id: number; result?: TextEntities; error?: string }>) => {
  const job = pending.get(event.data.id);
  pending.delete(event.data.id);
  if (event.data.error !== undefined) job?.reject(new Error(event.data.error));
  else job?.resolve(event.data.result ?? { language: 'und', namesMarked: false, spans: [] });
};

receive(offscreenMessages, {
  'offscreen/recognize': ({ text, lang }) =>
    new Promise<TextEntities>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      const job: RecognizerJob = { id, text, lang, modelUrl };
      worker.postMessage(job);
    }),
});
