import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/firefox-manifest.ts';
import { noRawHtml } from './scripts/no-raw-html.ts';

// manifest.json is the source of truth; the Firefox build derives its differences from it.
const browser = process.env.MARGIN_BROWSER === 'firefox' ? 'firefox' : 'chrome';

const DETECTOR_CHUNK = 'detector';

/**
 * The detector (src/core/article, src/core/clean) is a script of its own that starts with V8's compile hint:
 * every function in it is compiled when the file is, so the code cache Chrome keeps for the script holds all
 * of them. Without the hint the cache holds only what ran as the script loaded, and a reader's first clean in
 * a new tab compiled the detector first (7-9 ms, as long as the detection itself takes on a typical page). The
 * larger cache costs about a millisecond more as the page loads, off the click's path; measure both with
 * `scripts/bench-article/ab.ts A B --new-tab`. (Added after minification, which would drop a comment.)
 */
function eagerCompileHint(chunk: { name: string }): string {
  return chunk.name === DETECTOR_CHUNK ? '//# allFunctionsCalledOnLoad' : '';
}

export default defineConfig({
  plugins: [preact(), noRawHtml(), crx({ manifest: browser === 'firefox' ? firefoxManifest(manifest) : manifest, browser })],
  // Lets code drop the other browser's branch at build time (e.g. Firefox's in-background recognizer).
  define: { __MARGIN_BROWSER__: JSON.stringify(browser) },
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
        codeSplitting: { groups: [{ name: DETECTOR_CHUNK, test: /\/src\/core\/(article\/|clean\/|slices\.ts)/ }] },
      },
    },
    outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    chunkSizeWarningLimit: 4096,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
