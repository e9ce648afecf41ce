import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/firefox-manifest.ts';
import { noRawHtml } from './scripts/no-raw-html.ts';
import { dynamicContentScript } from './scripts/dynamic-content-script.ts';

// manifest.json is the source of truth; the Firefox build derives its differences from it.
const browser = process.env.MARGIN_BROWSER === 'firefox' ? 'firefox' : 'chrome';

const DETECTOR_CHUNK = 'detector';
const DETECTOR_MODULES = /\/src\/core\/(article\/|clean\/|slices\.ts)/;
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The detector (src/core/article, src/core/clean) is a script of its own that starts with V8's compile hint:
 * every function in it is compiled when the file is, so the code cache Chrome keeps for the script holds all
 * of them. Without the hint the cache holds only what ran as the script loaded, and a reader's first clean in
 * a new tab compiled the detector first (7-9 ms, as long as the detection itself takes on a typical page). The
 * larger cache costs about a millisecond more as the page loads, off the click's path; measure both with
 * `scripts/bench-article/ab.ts A B --new-tab`. (Added after minification, which would drop a comment.)
 * Chrome's content script is built apart (scripts/dynamic-content-script.ts) and starts its detector with the
 * same hint; there Chrome keeps no code cache, and V8 compiles the whole detector off the main thread instead.
 */
function eagerCompileHint(chunk: { name: string }): string {
  return chunk.name === DETECTOR_CHUNK ? COMPILE_HINT : '';
}

// Lets code drop the other browser's branch at build time (e.g. Firefox's in-background recognizer).
const define = { __MARGIN_BROWSER__: JSON.stringify(browser) };

// Chrome: the content script is built apart, so no page can fetch its files at a fixed URL (see the plugin).
const chromeManifest = { ...manifest, content_scripts: manifest.content_scripts.map(({ js: _js, ...rest }) => rest) };
const contentScript = dynamicContentScript({
  entry: 'src/content/index.ts',
  detector: DETECTOR_MODULES,
  detectorBanner: COMPILE_HINT,
  plugins: () => [preact(), noRawHtml()],
  define,
});

export default defineConfig({
  plugins: [
    preact(),
    noRawHtml(),
    crx({ manifest: browser === 'firefox' ? firefoxManifest(manifest) : chromeManifest, browser }),
    ...(browser === 'firefox' ? [] : [contentScript]),
  ],
  define,
  resolve: {
    // The library's search needs FlexSearch's Index only: its compact build leaves out the worker support,
    // whose `Function()` code stores reject (web-ext lint: DANGEROUS_EVAL). Same API; unit tests use the default build.
    alias: [
      {
        find: /^flexsearch$/,
        replacement: fileURLToPath(new URL('./node_modules/flexsearch/dist/flexsearch.compact.module.min.js', import.meta.url)),
      },
    ],
  },
  // The recognizer worker loads its weights on demand, which needs ES module workers.
  worker: { format: 'es' },
  build: {
    rollupOptions: {
      // Pages the manifest does not name: the note editor shown in a frame next to a highlight, and the
      // offscreen document that hosts the recognizer worker (Chrome). @crxjs builds the pages of Chrome's
      // manifest keys only, so Firefox's sidebar page (sidebar_action.default_panel) is named here.
      input: {
        noteFrame: 'src/ui/note-frame/index.html',
        library: 'src/ui/library/index.html',
        ...(browser === 'firefox' ? { sidebar: manifest.side_panel.default_path } : { offscreen: 'src/offscreen/index.html' }),
      },
      output: {
        postBanner: eagerCompileHint,
        codeSplitting: { groups: [{ name: DETECTOR_CHUNK, test: DETECTOR_MODULES }] },
      },
    },
    outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    chunkSizeWarningLimit: 4096,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
