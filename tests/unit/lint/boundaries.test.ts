/**
 * Lint stops an import across a boundary between Margin's parts (eslint.boundaries.js): the project's own
 * ESLint configuration run on small pieces of code placed, by file path, in each part. (`sharedFile` paths
 * below lead to Margin's own src/shared, linted as text; no file is read.)
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The messages of the import rule for `code` as if it were the file at `path`. */
async function importErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** An import path from `depth` folders down in src/ to Margin's own src/shared. */
const sharedFile = (depth: number, file: string) => `${'../'.repeat(depth)}shared/${file}`;

describe('part boundaries', () => {
  it.each([
    ['src/content/clean.ts', "import { x } from '../background/handlers.ts';\nexport { x };", 'src/content must not import'],
    ['src/content/ui/Legend.tsx', "import { x } from '../../ui/popup/App.tsx';\nexport { x };", 'src/content must not import'],
    ['src/ui/popup/App.tsx', "import { x } from '../../content/index.ts';\nexport { x };", 'src/ui must not import'],
    ['src/background/tabs.ts', "import { x } from '../offscreen/worker.ts';\nexport { x };", 'src/background must not import'],
    ['src/offscreen/worker.ts', "import { x } from '../storage/db.ts';\nexport { x };", 'src/offscreen must not import'],
    ['src/shared/message-catalog.ts', "import { x } from '../storage/annotations.ts';\nexport { x };", 'src/shared must not import'],
    ['src/core/article/prune.ts', `import { x } from '${sharedFile(2, 'browser.ts')}';\nexport { x };`, 'src/core must not import'],
    ['src/core/export/notes.ts', "import browser from 'webextension-polyfill';\nexport { browser };", 'no extension API'],
    ['src/background/handlers.ts', "import Dexie from 'dexie';\nexport { Dexie };", 'only src/storage touches the database'],
  ])('refuses %s importing across a boundary', async (path, code, message) => {
    const errors = await importErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    [
      'src/content/index.ts',
      `import { x } from './ui/Legend.tsx';\nimport { y } from '${sharedFile(1, 'messaging.ts')}';\nimport { z } from '../core/url.ts';\nexport { x, y, z };`,
    ],
    ['src/background/handlers.ts', "import { x } from '../storage/annotations.ts';\nexport { x };"],
    ['src/storage/db.ts', "import Dexie from 'dexie';\nexport { Dexie };"],
    ['src/ui/popup/App.tsx', `import { x } from '${sharedFile(2, 'messaging.ts')}';\nexport { x };`],
  ])('lets %s import within the rules', async (path, code) => {
    expect(await importErrors(path, code)).toEqual([]);
  });
});
