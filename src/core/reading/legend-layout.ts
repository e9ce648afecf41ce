/**
 * Where Margin's legend goes: in free margin beside the article when there is room, folded to a small button
 * when there is not, or where the reader moved it. Pure geometry over viewport and article boxes (CSS pixels).
 */

/** The legend panel's width; the panel's styles use the same number. */
export const LEGEND_WIDTH = 248;
/** The folded legend: a square button. */
export const LEGEND_BUTTON_SIZE = 40;
/** Space kept between the legend and the article, and between the legend and the window's edge. */
export const LEGEND_GAP = 12;
/**
 * Room reserved at the window's right edge for the folded legend when the article leaves none (the page is
 * narrowed by this much while clean, so the button never sits on the text).
 */
export const LEGEND_GUTTER = LEGEND_BUTTON_SIZE + 2 * LEGEND_GAP;

/** What the reader chose for the legend: remembered for every site. */
export interface LegendLayout {
  /** The reader folded it to its button. */
  collapsed: boolean;
  /** Where the reader moved it (top-left corner, viewport pixels); null: placed automatically. */
  at: { x: number; y: number } | null;
}

export const DEFAULT_LEGEND_LAYOUT: LegendLayout = { collapsed: false, at: null };

/** A legend layout from anything (a stored row, a message); never throws. */
export function toLegendLayout(value: unknown): LegendLayout {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const at = v.at as Record<string, unknown> | null | undefined;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  return {
    collapsed: v.collapsed === true,
    at: at && finite(at.x) && finite(at.y) ? { x: Math.round(at.x), y: Math.round(at.y) } : null,
  };
}

/** Horizontal extent of the article's text, viewport pixels. */
export interface Span {
  left: number;
  right: number;
}

/** Where to draw the legend. */
export interface LegendPlace {
  /** Shown as the panel, or folded to its button. */
  folded: boolean;
  /** Left edge, viewport pixels. */
  x: number;
  /** Top edge, or null to sit at the bottom of the window. */
  y: number | null;
  /** Reserve {@link LEGEND_GUTTER} at the right edge: the article leaves no room even for the button. */
  gutter: boolean;
}

export interface PlaceInput {
  viewport: { width: number; height: number };
  /** The article's text; null when unknown (nothing to keep clear of). */
  article: Span | null;
  layout: LegendLayout;
  /** The reader unfolded the button although there is no room: the panel shows over the page until folded. */
  opened: boolean;
}

/** Decides where the legend goes (see the module comment). */
export function placeLegend({ viewport, article, layout, opened }: PlaceInput): LegendPlace {
  const { width } = viewport;
  const right = article ? width - article.right : width;
  const left = article ? article.left : 0;
  const panelFits = (free: number) => free >= LEGEND_WIDTH + 2 * LEGEND_GAP;
  const buttonFits = (free: number) => free >= LEGEND_BUTTON_SIZE + 2 * LEGEND_GAP;
  const roomForPanel = panelFits(right) || panelFits(left);
  const folded = layout.collapsed || (!roomForPanel && !opened);
  const size = folded ? LEGEND_BUTTON_SIZE : LEGEND_WIDTH;

  if (layout.at) return { folded, ...clampInto(layout.at, size, viewport), gutter: false };

  const onRight = { x: width - LEGEND_GAP - size, y: null, gutter: false };
  if (!folded) {
    if (panelFits(right) || !panelFits(left)) return { folded, ...onRight };
    return { folded, x: LEGEND_GAP, y: null, gutter: false };
  }
  if (buttonFits(right)) return { folded, ...onRight };
  if (buttonFits(left)) return { folded, x: LEGEND_GAP, y: null, gutter: false };
  return { folded, ...onRight, gutter: true };
}

/** Keeps a moved legend inside the window (it may have been moved in a wider one). */
export function clampInto(at: { x: number; y: number }, size: number, viewport: { width: number; height: number }): { x: number; y: number } {
  return {
    x: Math.max(0, Math.min(at.x, viewport.width - size)),
    y: Math.max(0, Math.min(at.y, viewport.height - LEGEND_BUTTON_SIZE)),
  };
}
