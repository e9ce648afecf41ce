/**
 * A page cannot detect Margin by fetching its files. The page's own script asks for every file of the built
 * extension at its fixed address, `chrome-extension://<id>/<path>`: each request fails, while Margin's
 * content script runs in that same page (its files are served only under a per-session random origin).
 */
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, openPage, useBrowser } from './support/browser.ts';
import { newsPage } from './support/test-pages.ts';

const env = useBrowser();

/** Every file of the built extension, as a path inside it. */
function builtFiles(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(DIST, `${entry.parentPath}/${entry.name}`));
}

describe('fingerprinting', () => {
  it('lets no page fetch any of Margin’s files at a fixed address', async () => {
    env.server.route('/fingerprint/article.html', newsPage({ topic: 'the harbour of Genoa' }));
    // openPage waits for the content script: it started, so its files were loaded under their dynamic URLs.
    const page = await openPage(env.margin, env.server.origin + '/fingerprint/article.html');
    const files = builtFiles();
    expect(files).toContain('manifest.json');
    expect(files.some((file) => /^assets\/detector-.*\.js$/.test(file))).toBe(true);
    const fetched = await page.evaluate(
      async ({ id, paths }) => {
        const open: string[] = [];
        for (const path of paths) {
          try {
            await fetch(`chrome-extension://${id}/${path}`);
            open.push(path);
          } catch {
            // Refused: the page cannot see the file.
          }
        }
        return open;
      },
      { id: env.margin.extensionId, paths: files },
    );
    expect(fetched).toEqual([]);
    await page.close();
  });
});
