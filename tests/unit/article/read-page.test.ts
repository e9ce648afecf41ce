/** The Node page reader: charset handling and the repair of trees linkedom builds wrongly. */
import { describe, expect, it } from 'vitest';
import { decodePage, declaredCharset, parsePage } from '../../../src/cli/read-page.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(Buffer.from(p, 'latin1')) : p)));

describe('decodePage', () => {
  it('reads UTF-8', () => {
    expect(decodePage(new TextEncoder().encode('<p>Grüße, café</p>'))).toBe('<p>Grüße, café</p>');
  });

  it('falls back to windows-1252 when the bytes are not valid UTF-8', () => {
    // "Grüße – 5 €" in windows-1252: ü=FC, ß=DF, en dash=96, euro=80.
    const page = bytes('<p>Gr', [0xfc, 0xdf], 'e ', [0x96], ' 5 ', [0x80], '</p>');
    expect(decodePage(page)).toBe('<p>Grüße – 5 €</p>');
  });

  it('honours a declared charset', () => {
    const page = bytes('<meta charset="iso-8859-2"><p>', [0xb3, 0xf3, 0xbf, 0xea], '</p>'); // "łóżę"
    expect(declaredCharset(page)).toBe('iso-8859-2');
    expect(decodePage(page)).toContain('łóżę');
  });

  it('honours http-equiv content-type', () => {
    const page = bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>', [0x93], 'x', [0x94], '</p>');
    expect(decodePage(page)).toContain('“x”');
  });
});

describe('parsePage', () => {
  it('builds the body for pages linkedom alone gets wrong', () => {
    const html =
      '<!--[if IE]><html class="ie"><![endif]--><html><meta charset="utf-8"><html lang="de"><title>T</title>' +
      '<body><article><p>Der erste Absatz des Artikels ist hier und er ist lang genug.</p></article></body></html>';
    const doc = parsePage(html);
    expect(doc.body).not.toBeNull();
    expect(doc.body.textContent).toContain('Der erste Absatz');
    expect(doc.querySelector('article p')).not.toBeNull();
  });

  it('parses ordinary pages as they are', () => {
    const doc = parsePage('<!doctype html><html><head><title>T</title></head><body><p>Hallo</p></body></html>');
    expect(doc.body.textContent).toBe('Hallo');
  });
});
