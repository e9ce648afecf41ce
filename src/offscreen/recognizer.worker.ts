/**
 * The entity recognizer in a worker: the weights are loaded once per browser session and recognition never
 * runs on a web page's main thread.
 */
import { loadRecognizer } from '../core/entities/recognize.ts';

interface Job { id: number; text: string }

self.onmessage = async (event: MessageEvent<Job>) => {
  const { id, text } = event.data;
  try {
    const recognizer = await loadRecognizer();
    self.postMessage({ id, spans: recognizer.recognize(text) });
  } catch (error) {
    self.postMessage({ id, error: String((error as Error)?.message ?? error) });
  }
};
