/**
 * The names model for Node (the `margin` command line, benchmarks and tests): read from disk, from the same
 * file the extension ships (public/models/names.bin), so every tool runs the model the extension runs.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MODEL_PATH } from '../core/entities/model-path.ts';
import { loadRecognizer, type Recognizer } from '../core/entities/recognize.ts';

/** Path of the model file in the repository. */
export const MODEL_FILE = fileURLToPath(new URL('../../public/' + MODEL_PATH, import.meta.url));

/** Reads the model file's bytes; a missing file gets a message saying how to make it. */
export async function readModelFile(path = MODEL_FILE): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(`Margin names model: cannot read ${path} (${(error as Error).message}); it is built by \`npm run train:entities\``);
  }
}

/** Loads the recognizer with the model file from disk (once, see loadRecognizer); another file for benchmarks. */
export function loadRecognizerFromDisk(path = MODEL_FILE): Promise<Recognizer> {
  return loadRecognizer(() => readModelFile(path));
}
