/**
 * Builds the content script so that a web page cannot fetch any of its files at a fixed address.
 *
 * @crxjs/vite-plugin loads a content script as ES module chunks that it lists as web-accessible under their
 * fixed URLs: any page can fetch them and so detect Margin. Listed with `use_dynamic_url`, Chromium serves a
 * chunk under a per-session random origin but resolves the chunk's own relative `import`s against the fixed
 * origin, which it then refuses, so the script never starts. Here the content script is built apart, as two
 * files without imports between them: the detector (src/core/article, src/core/clean, src/core/slices.ts),
 * which starts with V8's compile hint, and the rest of the content script, which reads the detector's modules
 * from globals of the content script's isolated world. A small classic loader imports both from their dynamic
 * URLs (`runtime.getURL` gives them), and they are listed web-accessible with `use_dynamic_url: true` only.
 */
import { build, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Options {
  /** The content script's entry module. */
  entry: string;
  /** Modules that belong to the detector script. */
  detector: RegExp;
  /** First line of the detector script. */
  detectorBanner: string;
  /** Plugins and constants the content code needs (JSX, build-time constants). */
  plugins: () => PluginOption[];
  define: Record<string, string>;
}

/** The isolated-world global holding the detector's module with this index. */
const detectorGlobal = (index: number): string => `__marginDetector${index}`;
/** What the content script exports for the loader, which calls it on every injection. */
const EXECUTE_GLOBAL = '__marginContentExecute';
const LOADER = 'content-loader.js';

export function dynamicContentScript(options: Options): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'margin-dynamic-content-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = config.build.outDir;
      const common = {
        configFile: false as const,
        logLevel: 'warn' as const,
        publicDir: false as const,
        define: options.define,
      };
      // The rest of the content script, with the detector's modules left out (and noted).
      const detectorIds: string[] = [];
      const main = await build({
        ...common,
        plugins: [
          ...options.plugins(),
          {
            name: 'margin-detector-external',
            enforce: 'pre',
            async resolveId(source, importer, extra) {
              if (!importer) return null;
              const resolved = await this.resolve(source, importer, { ...extra, skipSelf: true });
              if (!resolved || !options.detector.test(resolved.id)) return null;
              if (!detectorIds.includes(resolved.id)) detectorIds.push(resolved.id);
              return { id: resolved.id, external: true };
            },
          },
        ],
        build: {
          outDir,
          emptyOutDir: false,
          target: config.build.target,
          rollupOptions: {
            input: options.entry,
            // Keeps the entry's onExecute, which an app build would drop as unused.
            preserveEntrySignatures: 'exports-only',
            output: {
              format: 'iife',
              name: '__marginContent',
              globals: (id: string) => detectorGlobal(detectorIds.indexOf(id)),
              footer: `globalThis.${EXECUTE_GLOBAL} = __marginContent.onExecute;`,
              entryFileNames: 'assets/content-[hash].js',
            },
          },
        },
      });
      // The detector: every module the rest imports, each published as a global.
      const entry = 'virtual:margin-detector';
      const source = detectorIds.map((id, i) => `import * as m${i} from ${JSON.stringify(id)};\nglobalThis.${detectorGlobal(i)} = m${i};`).join('\n');
      const detector = await build({
        ...common,
        plugins: [
          ...options.plugins(),
          {
            name: 'margin-detector-entry',
            resolveId: (id) => (id === entry ? '\0' + entry : null),
            load: (id) => (id === '\0' + entry ? source : null),
          },
        ],
        build: {
          outDir,
          emptyOutDir: false,
          target: config.build.target,
          rollupOptions: {
            input: entry,
            output: { format: 'iife', postBanner: options.detectorBanner, entryFileNames: 'assets/detector-[hash].js' },
          },
        },
      });
      const fileOf = (result: Awaited<ReturnType<typeof build>>): string => {
        const output = Array.isArray(result) ? result[0] : result;
        if (!('output' in output)) throw new Error('content script build returned no files');
        return output.output[0].fileName;
      };
      const [detectorFile, mainFile] = [fileOf(detector), fileOf(main)];
      writeFileSync(
        join(outDir, LOADER),
        // Classic script; the modules run once per script world, so a second injection calls the entry again.
        `(async () => {\n` +
          `  await import(chrome.runtime.getURL(${JSON.stringify(detectorFile)}));\n` +
          `  await import(chrome.runtime.getURL(${JSON.stringify(mainFile)}));\n` +
          `  globalThis.${EXECUTE_GLOBAL}?.();\n` +
          `})().catch(console.error);\n`,
      );
      const manifestPath = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const [script] = manifest.content_scripts;
      script.js = [LOADER];
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        { matches: script.matches, resources: [detectorFile, mainFile], use_dynamic_url: true },
      ];
      writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    },
  };
}
