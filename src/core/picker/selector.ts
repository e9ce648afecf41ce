/**
 * A CSS selector for an element the reader picked to hide, made to keep working on the site's later pages:
 * a stable id first, then stable class names, and positions (`:nth-of-type`) only where nothing else tells
 * the element apart — the order uBlock Origin's element picker prefers.
 */

/** Class or id values that change between page loads or states, and so make poor selectors. */
const UNSTABLE = [
  /\d{3,}/, // counters, timestamps, generated ids: post-12345, ad-1596526845321
  /^(?:[a-z]+-)?[a-z0-9]*[A-Z][a-zA-Z0-9]*[0-9][a-zA-Z0-9]*$/, // css-in-js hashes: sc-bdVaJa, css-1x2Yz3
  /^_|__[a-zA-Z0-9]{5,}$/, // CSS modules: _3xYzQ, title__a8F3k
  /^(?:is|has|js)-/,
  /^(?:active|open|opened|closed|show|shown|hidden|visible|selected|hover|focus|current|sticky|fixed|loaded|loading|in|fade)$/,
];

function stable(value: string): boolean {
  return value.length > 0 && value.length <= 48 && !UNSTABLE.some((re) => re.test(value));
}

/** `CSS.escape` where the DOM has it; a conservative equivalent elsewhere (linkedom, older happy-dom). */
function escape(value: string): string {
  const css = (globalThis as { CSS?: { escape?: (v: string) => string } }).CSS;
  if (css?.escape) return css.escape(value);
  return value.replace(/^(\d)/, '\\3$1 ').replace(/[^a-zA-Z0-9_-]/g, (ch) => `\\${ch}`);
}

function matchesOnly(scope: ParentNode, selector: string, el: Element): boolean {
  try {
    const found = scope.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** The selectors that describe `el` alone, from most to least specific: id, then tag with stable classes. */
function ownCandidates(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const out: string[] = [];
  if (el.id && stable(el.id)) out.push(`#${escape(el.id)}`);
  const classes = [...el.classList].filter(stable).map((c) => `.${escape(c)}`);
  // One class, then two, then all: short selectors survive redesigns better.
  for (const c of classes) out.push(`${tag}${c}`);
  for (let i = 0; i < classes.length; i++) for (let j = i + 1; j < classes.length; j++) out.push(`${tag}${classes[i]}${classes[j]}`);
  if (classes.length > 2) out.push(tag + classes.join(''));
  return out;
}

function nthOfType(el: Element): string {
  let n = 1;
  for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.tagName === el.tagName) n++;
  return `${el.tagName.toLowerCase()}:nth-of-type(${n})`;
}

/**
 * @param el the picked element.
 * @param doc its document, where the selector must match `el` and nothing else.
 * @returns a selector that matches exactly `el` in `doc`.
 */
export function robustSelector(el: Element, doc: Document = el.ownerDocument): string {
  const own = ownCandidates(el);
  for (const candidate of own) if (matchesOnly(doc, candidate, el)) return candidate;
  // Not unique alone: qualify with the nearest ancestor that can be named, then with positions.
  const parent = el.parentElement;
  const local = own.find((c) => !c.startsWith('#')) ?? nthOfType(el);
  if (!parent || parent === doc.documentElement) return local;
  const parentSelector = parent === doc.body ? 'body' : robustSelector(parent, doc);
  for (const candidate of [local, nthOfType(el)]) {
    const selector = `${parentSelector} > ${candidate}`;
    if (matchesOnly(doc, selector, el)) return selector;
  }
  return `${parentSelector} > ${local}:nth-of-type(${nthOfType(el).match(/\d+/)![0]})`;
}
