/** The reading look's stored choices, its stylesheet, and the reading-time estimate. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_READING, SIZE_RANGE, toReadingPrefs, WIDTH_RANGE } from '../../../src/core/reading/prefs.ts';
import { readingCss, THEME_PALETTES } from '../../../src/core/reading/reading-css.ts';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../../src/core/reading/reading-time.ts';

describe('toReadingPrefs', () => {
  it('gives the defaults for nothing, and keeps valid choices', () => {
    expect(toReadingPrefs(undefined)).toEqual(DEFAULT_READING);
    const chosen = { styled: false, theme: 'dark', font: 'serif', width: 800, size: 22, lineHeight: 1.8 };
    expect(toReadingPrefs(chosen)).toEqual(chosen);
  });

  it('snaps numbers into range and replaces unknown values with defaults', () => {
    const prefs = toReadingPrefs({ theme: 'neon', font: 'comic', width: 5000, size: 3, lineHeight: 1.649, extra: 1 });
    expect(prefs.theme).toBe(DEFAULT_READING.theme);
    expect(prefs.font).toBe(DEFAULT_READING.font);
    expect(prefs.width).toBe(WIDTH_RANGE.max);
    expect(prefs.size).toBe(SIZE_RANGE.min);
    expect(prefs.lineHeight).toBe(1.6);
    expect(prefs).not.toHaveProperty('extra');
  });
});

describe('readingCss', () => {
  it('styles only while the look is on, and always keeps the legend’s gutter rule', () => {
    const off = readingCss({ ...DEFAULT_READING, styled: false });
    expect(off).toContain('data-margin-gutter');
    expect(off).not.toContain('data-margin-look');
    const on = readingCss({ ...DEFAULT_READING, theme: 'sepia', width: 720, size: 20, lineHeight: 1.7 });
    expect(on).toContain('max-width: 720px');
    expect(on).toContain('font-size: 20px');
    expect(on).toContain('line-height: 1.7');
    expect(on).toContain(THEME_PALETTES.sepia.background);
    expect(on).toContain('@media print');
  });

  it('changes the typeface only when the reader picked one', () => {
    expect(readingCss(DEFAULT_READING)).not.toContain('font-family: Charter');
    expect(readingCss({ ...DEFAULT_READING, font: 'serif' })).toContain('font-family: Charter');
  });
});

describe('reading time', () => {
  it('counts words, not punctuation, and keeps contractions and hyphenated words whole', () => {
    expect(countWords('It’s a well-known fact — isn’t it? 12,5 %')).toBe(7);
    expect(countWords('Nguyễn Thị Lan said: “no.”')).toBe(5);
    expect(countWords(' \n — ')).toBe(0);
  });

  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE * 7)).toBe(7);
  });
});
