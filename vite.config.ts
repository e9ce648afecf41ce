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
  build: {
    outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    chunkSizeWarningLimit: 4096,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
