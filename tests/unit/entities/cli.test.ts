// `margin entities`: JSON lines in, JSON lines out in the same order, errors in place; marked text for files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markText, run } from '../../../src/cli/commands/entities.ts';
import type { CommandIO } from '../../../src/cli/io.ts';

function fakeIO(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readStdin: async () => stdin };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('margin entities', () => {
  it('answers each JSON line in order, keeping malformed lines in place', async () => {
    const f = fakeIO('{"text": "Chinese President Xi Jinping visited Malaysia in April."}\nnot json\n{"txt": 1}\n\n{"text": "It rose 5%."}\n');
    const code = await run([], f.io);
    const lines = f
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].entities.map((e: { text: string }) => e.text)).toEqual(expect.arrayContaining(['Xi Jinping', 'Malaysia', 'April']));
    expect(lines[1].error).toMatch(/line 2.*JSON/);
    expect(lines[2].error).toMatch(/line 3.*"text"/);
    expect(lines[3].entities).toEqual([{ start: 8, end: 10, type: 'PERCENT', text: '5%' }]);
    expect(f.err()).toMatch(/line 2/);
    expect(code).toBe(1);
  });

  it('returns 0 when every line is fine', async () => {
    const f = fakeIO('{"text": "Nothing here."}\n');
    expect(await run([], f.io)).toBe(0);
    expect(JSON.parse(f.out())).toEqual({ entities: [], language: 'en', namesMarked: true });
  });

  it('reports the language it assumed and marks no common word as a name in Portuguese or German', async () => {
    const f = fakeIO('{"text": "Assista ao vídeo."}\n{"text": "Lesen Sie auch: Hören Sie den Podcast."}\n{"text": "Veja", "lang": "pt-BR"}\n');
    expect(await run([], f.io)).toBe(0);
    const lines = f
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { entities: [], language: 'pt', namesMarked: false },
      { entities: [], language: 'de', namesMarked: false },
      { entities: [], language: 'pt', namesMarked: false },
    ]);
  });

  it('says which language it assumed for a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'margin-entities-'));
    const file = join(dir, 'pt.txt');
    writeFileSync(file, 'Assista ao vídeo. O governo anunciou um corte de 2% nos gastos.\n');
    const f = fakeIO();
    expect(await run([file], f.io)).toBe(0);
    expect(f.err()).toContain('language pt, names not marked');
    expect(f.out()).toBe('Assista ao vídeo. O governo anunciou um corte de [2%]{PERCENT} nos gastos.\n');
  });

  it('refuses --lang without a code', async () => {
    const f = fakeIO();
    expect(await run(['--lang'], f.io)).toBe(2);
    expect(f.err()).toMatch(/--lang needs/);
  });

  it('marks entities in a text file for reading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'margin-entities-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Chinese President Xi Jinping visited Kuala Lumpur in April.\n');
    const f = fakeIO();
    expect(await run([file], f.io)).toBe(0);
    expect(f.out()).toContain('[Xi Jinping]{PER}');
    expect(f.out()).toContain('[Kuala Lumpur]{LOC}');
    expect(f.out()).toContain('[April]{DATE}');
  });

  it('reports a missing file', async () => {
    const f = fakeIO();
    expect(await run(['/nonexistent/file.txt'], f.io)).toBe(1);
    expect(f.err()).toMatch(/cannot read/);
  });

  it('marks spans with markText', () => {
    expect(markText('Hi Bob!', [{ start: 3, end: 6, type: 'PER', text: 'Bob' }])).toBe('Hi [Bob]{PER}!');
  });
});
