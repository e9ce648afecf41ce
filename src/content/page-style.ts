/**
 * Margin's one stylesheet in the page: hides marked elements, lifts scroll locks while the page is clean,
 * and draws entity and reader highlights (CSS Custom Highlight API, so the page's DOM is left alone).
 *
 * It is a constructed stylesheet in `document.adoptedStyleSheets`: page CSP rules about inline `<style>`
 * don't apply to it, and removing it restores the page exactly.
 */
import { ARTICLE_ATTRIBUTE, HIDDEN_ATTRIBUTE } from '../core/clean/marks.ts';
import { GROUP_STYLE } from '../shared/groups.ts';
import { ENTITY_GROUPS, HIGHLIGHT_COLORS, type HighlightColor } from '../shared/types.ts';

export const CLEAN_ATTRIBUTE = 'data-margin-clean';

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

function css(): string {
  const rules = [
    `[${HIDDEN_ATTRIBUTE}] { display: none !important; }`,
    // Cleaning hides cookie walls and modals, so a scroll lock they put on the page must go too. Pages that
    // keep the whole page invisible until their scripts have run (AMP's boilerplate, anti-flicker snippets of
    // A/B testing tools) would stay blank where those scripts are blocked or slow: clean view shows it regardless.
    `html[${CLEAN_ATTRIBUTE}], html[${CLEAN_ATTRIBUTE}] > body { overflow-y: auto !important; visibility: visible !important; opacity: 1 !important; animation: none !important; }`,
    `html[${CLEAN_ATTRIBUTE}] [${ARTICLE_ATTRIBUTE}] { visibility: visible !important; }`,
  ];
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
export function installPageStyle(doc: Document = document): void {
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
