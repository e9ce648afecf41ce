/** `margin extract`: Markdown and JSON lines, unreadable files reported and counted in the exit code. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/commands/extract.ts';
import type { CommandIO } from '../../../src/cli/io.ts';

const PAGE = resolve(process.cwd(), 'tests/fixtures/pages/lithium-refinery.html');

function captureIO(): CommandIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readStdin: async () => '',
  };
  return io;
}

describe('margin extract', () => {
  it('prints the article as Markdown with the title as a heading', async () => {
    const io = captureIO();
    expect(await run([PAGE], io)).toBe(0);
    expect(io.out.startsWith('# Chile and Japan Weigh a Joint Lithium Refinery in the Atacama\n\n')).toBe(true);
    expect(io.out).toContain('On a visit to Santiago in March');
    expect(io.out).not.toContain('Telegram');
    // The headline is not repeated under the title.
    expect(io.out.split('Weigh a Joint Lithium Refinery').length).toBe(2);
  });

  it('prints one JSON object per readable file and exits 1 when a file cannot be read', async () => {
    const io = captureIO();
    expect(await run(['--format', 'json', PAGE, '/does/not/exist.html.gz'], io)).toBe(1);
    const lines = io.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(Object.keys(record).sort()).toEqual([
      'byline',
      'entities',
      'file',
      'image',
      'lang',
      'published',
      'site',
      'subtitle',
      'text',
      'title',
      'url',
    ]);
    expect(record.byline).toBe('Pacific Dispatch News Desk');
    expect(record.text).toContain('provided that carmakers from his country could buy a share');
    expect(record.text).toContain('\n\n');
    expect(Array.isArray(record.entities)).toBe(true);
    expect(io.err).toContain('/does/not/exist.html.gz');
  });

  it('rejects an unknown format', async () => {
    const io = captureIO();
    expect(await run(['--format', 'xml', PAGE], io)).toBe(2);
  });
});
