/**
 * The entity recognizer in a worker: the model is loaded once per browser session and recognition never
 * runs on a web page's main thread. A worker cannot call extension APIs, so the offscreen page sends the
 * model file's URL (runtime.getURL) with each job; only the first job's is fetched.
 */
import { fetchModelFile } from '../core/entities/model-file.ts';
import { loadRecognizer } from '../core/entities/recognize.ts';

/** A job from the offscreen page (main.ts). */
export interface RecognizerJob {
  id: number;
  text: string;
  /** The page's declared language, if any (see core/entities/language.ts). */
  lang?: string;
  modelUrl: string;
}

self.onmessage = async (event: MessageEvent<RecognizerJob>) => {
  const { id, text, lang, modelUrl } = event.data;
  try {
    const recognizer = await loadRecognizer(fetchModelFile(modelUrl));
    self.postMessage({ id, result: recognizer.analyze(text, { lang }) });
  } catch (error) {
    self.postMessage({ id, error: String((error as Error)?.message ?? error) });
  }
};
