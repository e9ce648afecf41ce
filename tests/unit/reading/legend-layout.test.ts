/** Where the legend goes: beside the article when there is room, folded when there is not, where moved. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEGEND_LAYOUT,
  LEGEND_BUTTON_SIZE,
  LEGEND_GAP,
  LEGEND_GUTTER,
  LEGEND_WIDTH,
  placeLegend,
  toLegendLayout,
} from '../../../src/core/reading/legend-layout.ts';

const viewport = (width: number) => ({ width, height: 900 });
const clear = (x: number, size: number, article: { left: number; right: number }) => x + size <= article.left || x >= article.right;

describe('placeLegend', () => {
  it('puts the panel in the right margin when it fits, clear of the article', () => {
    const article = { left: 300, right: 980 };
    const place = placeLegend({ viewport: viewport(1280), article, layout: DEFAULT_LEGEND_LAYOUT, opened: false });
    expect(place).toEqual({ folded: false, x: 1280 - LEGEND_GAP - LEGEND_WIDTH, y: null, gutter: false });
    expect(clear(place.x, LEGEND_WIDTH, article)).toBe(true);
  });

  it('uses the left margin when only it has room (an article in an offset column)', () => {
    const article = { left: 420, right: 1180 };
    const place = placeLegend({ viewport: viewport(1280), article, layout: DEFAULT_LEGEND_LAYOUT, opened: false });
    expect(place).toMatchObject({ folded: false, x: LEGEND_GAP });
    expect(clear(place.x, LEGEND_WIDTH, article)).toBe(true);
  });

  it('folds to the button when neither margin fits the panel, and reserves a gutter when not even the button fits', () => {
    const narrow = placeLegend({ viewport: viewport(820), article: { left: 94, right: 726 }, layout: DEFAULT_LEGEND_LAYOUT, opened: false });
    expect(narrow).toEqual({ folded: true, x: 820 - LEGEND_GAP - LEGEND_BUTTON_SIZE, y: null, gutter: false });
    const full = placeLegend({ viewport: viewport(1280), article: { left: 8, right: 1272 }, layout: DEFAULT_LEGEND_LAYOUT, opened: false });
    expect(full).toMatchObject({ folded: true, gutter: true, x: 1280 - LEGEND_GAP - LEGEND_BUTTON_SIZE });
    // With the gutter, the page's text ends LEGEND_GUTTER before the window's edge: the button is clear of it.
    expect(full.x).toBeGreaterThanOrEqual(1280 - LEGEND_GUTTER + LEGEND_GAP);
  });

  it('shows the panel over the page when the reader opened it where there is no room', () => {
    const place = placeLegend({ viewport: viewport(820), article: { left: 8, right: 812 }, layout: DEFAULT_LEGEND_LAYOUT, opened: true });
    expect(place.folded).toBe(false);
  });

  it('keeps the reader’s fold and place, inside the window', () => {
    const folded = placeLegend({
      viewport: viewport(1920),
      article: { left: 600, right: 1300 },
      layout: { collapsed: true, at: null },
      opened: false,
    });
    expect(folded.folded).toBe(true);
    const moved = placeLegend({ viewport: viewport(820), article: null, layout: { collapsed: false, at: { x: 1500, y: -20 } }, opened: false });
    expect(moved).toEqual({ folded: false, x: 820 - LEGEND_WIDTH, y: 0, gutter: false });
  });
});

describe('toLegendLayout', () => {
  it('keeps what is well formed and drops the rest', () => {
    expect(toLegendLayout({ collapsed: true, at: { x: 10.4, y: 20 } })).toEqual({ collapsed: true, at: { x: 10, y: 20 } });
    expect(toLegendLayout({ collapsed: 'yes', at: { x: 'a', y: 1 } })).toEqual({ collapsed: false, at: null });
    expect(toLegendLayout(null)).toEqual(DEFAULT_LEGEND_LAYOUT);
  });
});
