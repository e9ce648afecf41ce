/**
 * Where the names model file is, relative to the extension's root (vite copies public/ there) and to
 * public/ in the repository. A module of its own, so extension pages that only pass the URL on do not
 * bundle the model's decoder.
 */
export const MODEL_PATH = 'models/names.bin';
