/**
 * Margin's highlight stylesheet in the page: entity and reader highlights (CSS Custom Highlight API, so the
 * page's DOM is left alone). The clean view's rules are not here: the browser injects them with the content
 * script (`public/clean-view.css`), so cleaning a page installs nothing.
 *
 * It is a constructed stylesheet in `document.adoptedStyleSheets`: page CSP rules about inline `<style>`
 * don't apply to it, and removing it restores the page exactly.
 */
import { GROUP_STYLE } from '../shared/groups.ts';
import { ENTITY_GROUPS, HIGHLIGHT_COLORS, type HighlightColor } from '../shared/types.ts';

export const CLEAN_ATTRIBUTE = 'data-margin-clean';
/**
 * Set on `<html>` with {@link CLEAN_ATTRIBUTE} when the article's text was invisible as the page stood: an
 * A/B-testing snippet's `* { visibility: hidden !important }`, waiting for a script that is blocked or slow.
 * Clean view then shows everything inside the article.
 */
export const REVEAL_ATTRIBUTE = 'data-margin-reveal';

export const NOTE_COLORS: Record<HighlightColor, string> = {
  yellow: 'rgba(250, 204, 21, 0.45)',
  green: 'rgba(74, 222, 128, 0.42)',
  blue: 'rgba(96, 165, 250, 0.42)',
  pink: 'rgba(244, 114, 182, 0.42)',
};

/** CSS highlight names, prefixed so they never collide with the page's own. */
export const highlightName = {
  group: (group: string) => `margin-entity-${group}`,
  note: (color: HighlightColor) => `margin-note-${color}`,
  focus: 'margin-focus',
};

/** Rules of the highlights: entity groups, reader notes, the flash of a fact scrolled to. */
function css(): string {
  const rules: string[] = [];
  for (const group of ENTITY_GROUPS) {
    const s = GROUP_STYLE[group];
    rules.push(`::highlight(${highlightName.group(group)}) { background-color: ${s.background}; text-decoration: underline ${s.underline} ${s.line} 2px; text-underline-offset: 3px; }`);
  }
  for (const color of HIGHLIGHT_COLORS) {
    rules.push(`::highlight(${highlightName.note(color)}) { background-color: ${NOTE_COLORS[color]}; }`);
  }
  rules.push(`::highlight(${highlightName.focus}) { background-color: rgba(250, 204, 21, 0.8); color: #111; }`);
  return rules.join('\n');
}

let sheet: CSSStyleSheet | null = null;

/** Adds the stylesheet once; later calls are no-ops. */
export function installHighlightStyle(doc: Document = document): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css());
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Takes the stylesheet out again, leaving the page's own sheets as they were. */
export function removePageStyle(doc: Document = document): void {
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}
