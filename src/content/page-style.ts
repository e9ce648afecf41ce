/**
 * Margin's stylesheet in the page: entity and reader highlights (CSS Custom Highlight API, so the page's DOM
 * is left alone), and the clean view's reading look while it is shown (core/reading/reading-css.ts). The rules
 * that hide the clutter are not here: the browser injects them with the content script
 * (`public/clean-view.css`).
 *
 * It is added the way the browser allows a content script to (`addedStyle` in shared/browser-styles.ts: a
 * constructed sheet in Chrome, a `<style>` element in Firefox), and removing it restores the page exactly.
 */
import { addedStyle, type AddedStyle } from '../shared/browser-styles.ts';
import { GROUP_STYLE, HIGHLIGHT_STYLE, markDecoration } from '../shared/groups.ts';
import { ENTITY_GROUPS, HIGHLIGHT_COLORS, type HighlightColor } from '../shared/types.ts';

export const CLEAN_ATTRIBUTE = 'data-margin-clean';
/**
 * Set on `<html>` with {@link CLEAN_ATTRIBUTE} when the article's text was invisible as the page stood: an
 * A/B-testing snippet's `* { visibility: hidden !important }`, waiting for a script that is blocked or slow.
 * Clean view then shows everything inside the article.
 */
export const REVEAL_ATTRIBUTE = 'data-margin-reveal';
/** Set on <html> once Margin has decided about an auto-clean page, so early-hide.css shows it again. */
export const READY_ATTRIBUTE = 'data-margin-ready';

export const NOTE_COLORS = Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, HIGHLIGHT_STYLE[c].mark])) as Record<HighlightColor, string>;

/** Every CSS highlight name Margin registers starts with this, so they never collide with the page's own. */
const HIGHLIGHT_PREFIX = 'margin-';

/** CSS highlight names. */
export const highlightName = {
  group: (group: string) => `${HIGHLIGHT_PREFIX}entity-${group}`,
  note: (color: HighlightColor) => `${HIGHLIGHT_PREFIX}note-${color}`,
  focus: `${HIGHLIGHT_PREFIX}focus`,
};

/** True where the browser draws CSS highlights (the Custom Highlight API). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/**
 * Unregisters every highlight of Margin's in the document, its own and any an earlier copy of Margin left
 * (the registry belongs to the document, so it outlives the script that filled it).
 */
export function clearAllHighlights(): void {
  if (!canHighlight()) return;
  // By name first: in Firefox the highlights an earlier copy registered belong to its content script, gone
  // with it, and handing one to a callback throws ("Permission denied to access object").
  for (const name of allHighlightNames()) CSS.highlights.delete(name);
  // Then any other name of Margin's (an older version's). forEach, not keys(): Firefox shows a content script
  // the registry's iterators through an Xray wrapper, which makes them not iterable.
  const names: string[] = [];
  try {
    CSS.highlights.forEach((_highlight, name) => void names.push(name));
  } catch {
    // An older version's highlight from a copy Firefox stopped: it stays until the page is reloaded.
  }
  for (const name of names) if (name.startsWith(HIGHLIGHT_PREFIX)) CSS.highlights.delete(name);
}

/** Every highlight name this version registers. */
function allHighlightNames(): string[] {
  return [...ENTITY_GROUPS.map(highlightName.group), ...HIGHLIGHT_COLORS.map(highlightName.note), highlightName.focus];
}

/** Rules of the highlights: entity groups, reader notes, the flash of a fact scrolled to. */
function css(): string {
  const rules: string[] = [];
  for (const group of ENTITY_GROUPS) {
    const s = GROUP_STYLE[group];
    rules.push(
      `::highlight(${highlightName.group(group)}) { background-color: ${s.background}; text-decoration: ${markDecoration(group)}; text-underline-offset: 3px; }`,
    );
  }
  for (const color of HIGHLIGHT_COLORS) {
    rules.push(`::highlight(${highlightName.note(color)}) { background-color: ${NOTE_COLORS[color]}; }`);
  }
  rules.push(`::highlight(${highlightName.focus}) { background-color: rgba(250, 204, 21, 0.8); color: #111; }`);
  return rules.join('\n');
}

/**
 * The stylesheet of one page session: added on first use, taken out when the session ends. One sheet for
 * highlights and reading look alike, so a page gets at most one element from Margin's styles (Firefox).
 */
export class PageStyle {
  private sheet: AddedStyle | null = null;
  /** The reading look's rules, or '' while the clean view is not shown. */
  private reading = '';

  constructor(private readonly doc: Document = document) {}

  /** Adds the stylesheet once; later calls are no-ops. */
  install(): void {
    if (!this.sheet) {
      this.sheet = addedStyle(this.doc);
      this.sheet.setRules(this.rules());
    }
    this.sheet.attach();
  }

  /** Sets the reading look's rules ('' takes them out, leaving the highlights' rules). */
  setReading(rules: string): void {
    this.reading = rules;
    this.sheet?.setRules(this.rules());
    if (rules) this.install();
  }

  private rules(): string {
    return this.reading ? `${css()}\n${this.reading}` : css();
  }

  /** Takes the stylesheet out again, leaving the page's own sheets as they were. */
  remove(): void {
    this.sheet?.detach();
  }
}
