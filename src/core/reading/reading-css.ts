/**
 * The clean view's reading look as a stylesheet: the reader's column width, text size, line height,
 * typeface and theme, applied to the article where it stands (nothing is moved or re-rendered). The rules match
 * only Margin's marks, so they touch nothing until the page is clean and the look is on, and printing shows the
 * same view in black on white.
 */
import { LEGEND_GUTTER } from './legend-layout.ts';
import type { ReadingFont, ReadingPrefs, ReadingTheme } from './prefs.ts';

/** On `<html>` while the reading look is on; its value is the theme. */
export const LOOK_ATTRIBUTE = 'data-margin-look';
/** On the article's ancestors, so the look can undo the site's offset columns around it. */
export const COLUMN_ATTRIBUTE = 'data-margin-column';
/** On `<html>` while the folded legend needs room the article does not leave (see legend-layout.ts). */
export const GUTTER_ATTRIBUTE = 'data-margin-gutter';
/** The article's roots, as the cleaner marks them (core/clean/marks.ts). */
const ARTICLE = '[data-margin-article]';

interface Palette {
  background: string;
  text: string;
  link: string;
  rule: string;
  scheme: 'light' | 'dark';
}

/** Contrast of text on background, WCAG: light 15.9:1, sepia 10.6:1, dark 13.9:1. */
export const THEME_PALETTES: Record<ReadingTheme, Palette> = {
  light: { background: '#ffffff', text: '#1f2328', link: '#0b57d0', rule: '#d0d7de', scheme: 'light' },
  sepia: { background: '#f4ecd8', text: '#3b2f1e', link: '#8a4b0f', rule: '#d9c9a3', scheme: 'light' },
  dark: { background: '#1b1d21', text: '#e3e3e3', link: '#8ab4f8', rule: '#3c4043', scheme: 'dark' },
};

/** Typefaces every system has; null keeps the site's. */
export const FONT_STACKS: Record<ReadingFont, string | null> = {
  site: null,
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", "DejaVu Serif", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif',
};

/** Blocks inside the article whose own size and spacing the look replaces (headings keep theirs, relative). */
const TEXT_BLOCKS = 'p, li, blockquote, dd, dt, div, section, article, main, ul, ol, dl, td, th, figcaption';
/** Containers inside the article that may carry the site's offset column (fixed width, side margins, floats). */
const CONTAINERS = 'div, section, article, main, header, footer';
const CODE = 'pre, code, kbd, samp';

/** The stylesheet's text for `prefs` (always includes the gutter rule; the look only while `prefs.styled`). */
export function readingCss(prefs: ReadingPrefs): string {
  const rules = [
    `html[${GUTTER_ATTRIBUTE}] { padding-right: ${LEGEND_GUTTER}px !important; box-sizing: border-box !important; }`,
    `@media print { html[${GUTTER_ATTRIBUTE}] { padding-right: 0 !important; } }`,
  ];
  if (!prefs.styled) return rules.join('\n');
  const look = `html[${LOOK_ATTRIBUTE}]`;
  const p = THEME_PALETTES[prefs.theme];
  const font = FONT_STACKS[prefs.font];
  rules.push(
    `${look} { background: ${p.background} !important; color-scheme: ${p.scheme}; }`,
    // The article's ancestors become plain blocks: no offset column, sidebar gap or centring of the site's.
    `${look} [${COLUMN_ATTRIBUTE}] { display: block !important; float: none !important; position: static !important; transform: none !important;
      width: auto !important; min-width: 0 !important; max-width: none !important; margin: 0 !important; padding: 0 !important;
      border: 0 !important; box-shadow: none !important; background: transparent !important; }`,
    `${look} > body[${COLUMN_ATTRIBUTE}] { padding: 32px 0 48px !important; background: ${p.background} !important; }`,
    `${look} ${ARTICLE} { display: block !important; box-sizing: border-box !important; float: none !important; position: static !important;
      width: auto !important; max-width: ${prefs.width}px !important; margin: 0 auto !important; padding: 0 24px !important;
      font-size: ${prefs.size}px !important; line-height: ${prefs.lineHeight} !important; color: ${p.text} !important;
      background: transparent !important; border: 0 !important; box-shadow: none !important; }`,
    `${look} ${ARTICLE} :is(${TEXT_BLOCKS}) { font-size: 1em !important; line-height: inherit !important; }`,
    `${look} ${ARTICLE} :is(${CONTAINERS}) { width: auto !important; max-width: 100% !important; margin-left: 0 !important;
      margin-right: 0 !important; float: none !important; position: static !important; }`,
    `${look} ${ARTICLE} h1 { font-size: 1.9em !important; line-height: 1.2 !important; }`,
    `${look} ${ARTICLE} h2 { font-size: 1.45em !important; line-height: 1.25 !important; }`,
    `${look} ${ARTICLE} h3 { font-size: 1.2em !important; line-height: 1.3 !important; }`,
    `${look} ${ARTICLE} :is(h4, h5, h6) { font-size: 1em !important; line-height: 1.3 !important; }`,
    `${look} ${ARTICLE} :is(img, video, svg, picture, canvas, iframe) { max-width: 100% !important; height: auto; }`,
    `${look} ${ARTICLE}, ${look} ${ARTICLE} *:not(img, video, svg, svg *, picture, canvas, iframe) {
      color: ${p.text} !important; background-color: transparent !important; border-color: ${p.rule} !important; }`,
    `${look} ${ARTICLE} a, ${look} ${ARTICLE} a * { color: ${p.link} !important; }`,
    `${look} ${ARTICLE} :is(${CODE}) { font-family: ui-monospace, "DejaVu Sans Mono", monospace !important; font-size: 0.9em !important; }`,
  );
  if (font) rules.push(`${look} ${ARTICLE}, ${look} ${ARTICLE} *:not(${CODE}, pre *) { font-family: ${font} !important; }`);
  // Paper is white and ink is dark, whatever the theme on screen; the column fills the printed page.
  const ink = THEME_PALETTES.light;
  rules.push(
    `@media print {
      ${look}, ${look} > body[${COLUMN_ATTRIBUTE}] { background: #fff !important; color-scheme: light; padding: 0 !important; }
      ${look} ${ARTICLE} { max-width: none !important; padding: 0 !important; }
      ${look} ${ARTICLE}, ${look} ${ARTICLE} *:not(img, video, svg, svg *, picture, canvas, iframe) { color: ${ink.text} !important; }
      ${look} ${ARTICLE} a, ${look} ${ARTICLE} a * { color: ${ink.text} !important; }
    }`,
  );
  return rules.join('\n');
}
