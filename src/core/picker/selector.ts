/**
 * What Margin saves for an element the reader picked to hide, made to keep working on the site's later
 * pages and never to hit something else there: a stable id, stable class words, telling attributes (role,
 * label, test ids), qualified by the nearest ancestors that have some — the order uBlock Origin's element
 * picker prefers. Never a position (`:nth-of-type`): "the fourth paragraph" is a different paragraph on the
 * next article. An element only its words tell apart (a paragraph among paragraphs) is saved as a selector
 * for its kind plus the words it starts with, so it hides that text and nothing else.
 */

/** Class or id values that change between page loads or states, and so make poor selectors. */
const UNSTABLE = [
  /\d{3,}/, // counters, timestamps, generated ids: post-12345, ad-1596526845321
  /^(?:[a-z]+-)?[a-z0-9]*[A-Z][a-zA-Z0-9]*[0-9][a-zA-Z0-9]*$/, // css-in-js hashes: sc-bdVaJa, css-1x2Yz3
  /^_|__[a-zA-Z0-9]{5,}$/, // CSS modules: _3xYzQ, title__a8F3k
  /^(?:is|has|js)-/,
  /^(?:active|open|opened|closed|show|shown|hidden|visible|selected|hover|focus|current|sticky|fixed|loaded|loading|in|fade)$/,
];

/** Attributes that name what an element is, in the order they are tried. */
const TELLING_ATTRIBUTES = ['role', 'aria-label', 'data-testid', 'data-component', 'data-module', 'data-type', 'itemprop', 'name'];

/** Characters of an element's text kept to tell it apart, after white space is folded. */
export const TEXT_KEY_LENGTH = 80;
/** Ancestors looked at to qualify a selector that is not unique alone. */
const ANCESTOR_DEPTH = 5;

/** What to save for a picked element. */
export interface PickTarget {
  /** A CSS selector without positions. */
  selector: string;
  /** When the selector matches more than the element: the words the element starts with (see `TEXT_KEY_LENGTH`). */
  text?: string;
}

export function stable(value: string): boolean {
  return value.length > 0 && value.length <= 48 && !UNSTABLE.some((re) => re.test(value));
}

/** `CSS.escape` where the DOM has it; a conservative equivalent elsewhere (linkedom, older happy-dom). */
function escape(value: string): string {
  const css = (globalThis as { CSS?: { escape?: (v: string) => string } }).CSS;
  if (css?.escape) return css.escape(value);
  return value.replace(/^(\d)/, '\\3$1 ').replace(/[^a-zA-Z0-9_-]/g, (ch) => `\\${ch}`);
}

const quoteAttr = (value: string) => `"${value.replace(/["\\]/g, (ch) => `\\${ch}`)}"`;

/** White space folded, trimmed: the form element texts are compared in. */
export const foldText = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The start of an element's text, as a rule keeps it. */
export function textKey(el: Element): string {
  return foldText(el.textContent ?? '').slice(0, TEXT_KEY_LENGTH);
}

function matches(scope: ParentNode, selector: string): Element[] {
  try {
    return [...scope.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/** Selectors that describe `el` by itself, most telling first: id, telling attributes, stable classes. */
function ownCandidates(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const out: string[] = [];
  if (el.id && stable(el.id)) out.push(`#${escape(el.id)}`);
  for (const name of TELLING_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value && value.length <= 60 && !/\d{3,}/.test(value)) out.push(`${tag}[${name}=${quoteAttr(value)}]`);
  }
  const classes = [...el.classList].filter(stable).map((c) => `.${escape(c)}`);
  // One class, then two, then all: short selectors survive redesigns better.
  for (const c of classes) out.push(`${tag}${c}`);
  for (let i = 0; i < classes.length; i++) for (let j = i + 1; j < classes.length; j++) out.push(`${tag}${classes[i]}${classes[j]}`);
  if (classes.length > 2) out.push(tag + classes.join(''));
  // What a picture or a frame shows is its address: stable where ids and classes are not.
  for (const name of ['src', 'href']) {
    const value = el.getAttribute(name);
    if (value && value.length <= 300 && /^(?:img|iframe|video|source|a|embed)$/.test(tag)) out.push(`${tag}[${name}=${quoteAttr(value)}]`);
  }
  return out;
}

/** The most telling selector of an ancestor (not necessarily unique), or null when it has none. */
function ancestorSelector(el: Element): string | null {
  return ownCandidates(el)[0] ?? null;
}

/**
 * @param el the picked element.
 * @param doc its document, where the result must match `el` (and, without `text`, nothing else).
 * @returns what to save, or null when nothing but a position would tell the element apart.
 */
export function pickTarget(el: Element, doc: Document = el.ownerDocument): PickTarget | null {
  const tag = el.tagName.toLowerCase();
  const own = ownCandidates(el);
  const only = (selector: string) => {
    const found = matches(doc, selector);
    return found.length === 1 && found[0] === el;
  };
  for (const candidate of own) if (only(candidate)) return { selector: candidate };

  // Not unique alone: qualify with the nearest ancestors that can be named (structure near the element).
  const locals = [...own, tag];
  const qualified: string[] = [];
  let ancestor = el.parentElement;
  for (let depth = 0; ancestor && ancestor !== doc.body && ancestor !== doc.documentElement && depth < ANCESTOR_DEPTH; depth++) {
    const named = ancestorSelector(ancestor);
    if (named) {
      for (const local of locals) {
        const selector = depth === 0 ? `${named} > ${local}` : `${named} ${local}`;
        if (only(selector)) return { selector };
        qualified.push(selector);
      }
    }
    ancestor = ancestor.parentElement;
  }

  // Only its words tell it apart: the nearest named structure, plus the text it starts with.
  const text = textKey(el);
  if (!text) return null;
  const selector = qualified.find((s) => matches(doc, s).includes(el)) ?? locals.find((s) => matches(doc, s).includes(el)) ?? tag;
  return { selector, text };
}

/** The elements of `doc` a saved target hides: those its selector matches, and if it has words, starting so. */
export function targetElements(doc: Document, target: PickTarget): Element[] {
  const found = matches(doc, target.selector);
  if (!target.text) return found;
  return found.filter((el) => textKey(el) === target.text);
}
