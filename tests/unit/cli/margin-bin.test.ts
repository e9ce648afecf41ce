/**
 * The `margin` command as a user runs it (`npx margin …` → bin/margin.mjs), on the test news page:
 * the acceptance check for the command line.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const PAGES = resolve(ROOT, 'tests/fixtures/pages');
const PAGE = join(PAGES, 'lithium-refinery.html');
const expected = JSON.parse(readFileSync(join(PAGES, 'lithium-refinery.expected.json'), 'utf8'));
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Entity {
  start: number;
  end: number;
  type: string;
  text: string;
}

describe('npx margin extract --format json', () => {
  it('gives the article text, its metadata and its entities; reads .html.gz; reports bad files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'margin-cli-'));
    const gz = join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(PAGE)));
    const missing = join(dir, 'missing.html');
    const result = await run('node', [join(ROOT, 'bin/margin.mjs'), 'extract', '--format', 'json', PAGE, missing, gz], { cwd: ROOT }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect((result as { code?: number }).code).toBe(1); // one file could not be read
    expect(result.stderr).toContain('missing.html');
    const records = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => r.file)).toEqual([PAGE, gz]);

    for (const record of records) {
      expect(record).toMatchObject({ title: expected.title, byline: expected.byline, published: expected.published });
      const text: string = record.text;
      // The headline and standfirst are fields of their own; the text is the body.
      const shown = fold([record.title, record.subtitle, record.byline, text].join(' '));
      for (const s of expected.visible) expect(shown).toContain(fold(s));
      expect(fold(text)).not.toContain(expected.title);
      for (const s of expected.hidden) expect(fold(text), s).not.toContain(fold(s));
      const entities: Entity[] = record.entities;
      for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
      for (const [type, names] of Object.entries(expected.entities) as [string, string[]][]) {
        for (const name of names.filter((n) => {
          // A name in the header (the byline) is a field now, not in the body's text or its entities.
          if (text.includes(n)) return true;
          expect(shown).toContain(n);
          return false;
        }))
          expect(
            entities.some((e) => e.type === type && e.text === name),
            `${name} as ${type}`,
          ).toBe(true);
      }
      const names = entities.filter((e) => ['PER', 'ORG', 'LOC'].includes(e.type)).map((e) => e.text);
      for (const wrong of expected.not_entities) expect(names).not.toContain(wrong);
      const figures = entities.filter((e) => !['PER', 'ORG', 'LOC', 'MISC'].includes(e.type)).map((e) => e.text);
      // (The date line is the `published` field, not part of the body's text.)
      for (const number of expected.numbers.filter((n: string) => !n.endsWith('IST')))
        expect(
          figures.some((f) => f.includes(number)),
          number,
        ).toBe(true);
    }
  }, 60_000);
});
