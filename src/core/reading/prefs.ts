/**
 * The reader's choices for the clean view's reading look (per site), the steps each control offers, and the
 * check every stored or sent value passes. Plain data: no DOM, no extension API.
 */

export const READING_THEMES = ['light', 'sepia', 'dark'] as const;
export type ReadingTheme = (typeof READING_THEMES)[number];

/** The site's own typeface, or one of two the reader's system always has. */
export const READING_FONTS = ['site', 'serif', 'sans'] as const;
export type ReadingFont = (typeof READING_FONTS)[number];

export interface ReadingPrefs {
  /** False: the clean view keeps the site's own look (only the clutter is hidden). */
  styled: boolean;
  theme: ReadingTheme;
  font: ReadingFont;
  /** The column's greatest width in CSS pixels. */
  width: number;
  /** The text's size in CSS pixels. */
  size: number;
  /** Line height, as a multiple of the text's size. */
  lineHeight: number;
}

/** Control ranges: the slider steps the reading panel offers, and the bounds stored values are clamped to. */
export const WIDTH_RANGE = { min: 480, max: 1040, step: 40 } as const;
export const SIZE_RANGE = { min: 14, max: 30, step: 1 } as const;
export const LINE_HEIGHT_RANGE = { min: 1.2, max: 2.2, step: 0.1 } as const;

/** About 70 characters a line at the default size: the measure most typographers recommend. */
export const DEFAULT_READING: ReadingPrefs = {
  styled: true,
  theme: 'light',
  font: 'site',
  width: 680,
  size: 19,
  lineHeight: 1.6,
};

type Range = { min: number; max: number; step: number };

/** Snaps `value` to the range's steps, within its bounds. */
export function snap(value: number, range: Range): number {
  const clamped = Math.min(range.max, Math.max(range.min, value));
  const steps = Math.round((clamped - range.min) / range.step);
  return Number((range.min + steps * range.step).toFixed(2));
}

/**
 * Reading prefs from anything (a stored row, a message): unknown fields dropped, missing or malformed ones
 * given their default, numbers snapped into range. Never throws: a bad stored value costs only itself.
 */
export function toReadingPrefs(value: unknown): ReadingPrefs {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const num = (x: unknown, range: Range, fallback: number) => (typeof x === 'number' && Number.isFinite(x) ? snap(x, range) : fallback);
  return {
    styled: typeof v.styled === 'boolean' ? v.styled : DEFAULT_READING.styled,
    theme: READING_THEMES.includes(v.theme as ReadingTheme) ? (v.theme as ReadingTheme) : DEFAULT_READING.theme,
    font: READING_FONTS.includes(v.font as ReadingFont) ? (v.font as ReadingFont) : DEFAULT_READING.font,
    width: num(v.width, WIDTH_RANGE, DEFAULT_READING.width),
    size: num(v.size, SIZE_RANGE, DEFAULT_READING.size),
    lineHeight: num(v.lineHeight, LINE_HEIGHT_RANGE, DEFAULT_READING.lineHeight),
  };
}
