import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/firefox-manifest.ts';

// manifest.json is the source of truth; the Firefox build derives its differences from it.
const browser = process.env.MARGIN_BROWSER === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest: browser === 'firefox' ? firefoxManifest(manifest) : manifest, browser }),
  ],
  // Lets code drop the other browser's branch at build time (e.g. Firefox's in-background recognizer).
  define: { __MARGIN_BROWSER__: JSON.stringify(browser) },
  // The recognizer worker loads its weights on demand, which needs ES module workers.
  worker: { format: 'es' },
  build: {
    rollupOptions: {
      // Pages the manifest does not name: the offscreen document that hosts the recognizer worker (Chrome).
      input: browser === 'firefox' ? {} : { offscreen: 'src/offscreen/index.html' },
    },
    outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    chunkSizeWarningLimit: 4096,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
