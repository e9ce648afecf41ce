/**
 * Hide rules in words, for the picker's confirmation and the options page: "the box ‘Newsletter’ on every
 * page of example.com", "the paragraph ‘Under the agreement…’ on this page only". The selector itself is
 * shown only on request.
 */
import { foldText } from './selector.ts';

/** What a reader calls an element, by tag (or role); anything else is a "box". */
const KINDS: Record<string, string> = {
  p: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  img: 'picture',
  picture: 'picture',
  figure: 'picture',
  svg: 'picture',
  video: 'video',
  iframe: 'embedded frame',
  nav: 'menu',
  header: 'header',
  footer: 'footer',
  form: 'form',
  ul: 'list',
  ol: 'list',
  li: 'list item',
  a: 'link',
  button: 'button',
  table: 'table',
  blockquote: 'quote',
  navigation: 'menu',
  banner: 'header',
  contentinfo: 'footer',
  dialog: 'pop-up',
  alertdialog: 'pop-up',
};

/** Longest name quoted in a description, in characters. */
const NAME_LENGTH = 40;

function shorten(text: string, max = NAME_LENGTH): string {
  const folded = foldText(text);
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:]+$/, '')}…`;
}

/** An id or class word as words: "newsletter-signup" → "newsletter signup". */
const humanize = (word: string) =>
  word
    .replace(/[-_]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();

/** "paragraph", "box", "picture"… */
export function elementKind(el: Element): string {
  const role = el.getAttribute('role');
  return (role && KINDS[role]) || KINDS[el.tagName.toLowerCase()] || 'box';
}

/** The few words that name an element: its label, its heading, the start of its text, or its id. */
export function elementName(el: Element): string {
  const label = el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? el.getAttribute('title');
  if (label?.trim()) return shorten(label);
  const heading = /^H\d$/.test(el.tagName) ? el : el.querySelector('h1, h2, h3, h4, h5, h6, legend, [class*="title"], [class*="heading"]');
  const headingText = heading?.textContent?.trim();
  if (headingText) return shorten(headingText);
  const text = el.textContent?.trim();
  if (text) return shorten(text);
  if (el.id) return humanize(el.id);
  const word = [...el.classList][0];
  return word ? humanize(word) : '';
}

/** "the box ‘Newsletter’": what the picker saves with a rule, to describe it later. */
export function elementLabel(el: Element): string {
  const name = elementName(el);
  return name ? `the ${elementKind(el)} ‘${name}’` : `the ${elementKind(el)}`;
}

/** A label for a rule saved without one: from its id or class words, else plainly. */
export function labelFromSelector(selector: string): string {
  const last = selector.split(/[\s>+~]+/).pop() ?? selector;
  const word = last.match(/#([\w-]+)/)?.[1] ?? last.match(/\.([\w-]+)/)?.[1];
  return word ? `the element ‘${humanize(word)}’` : 'the elements of a selector';
}

/** A page key shown short: host and path, no scheme. */
export function shortPage(page: string): string {
  try {
    const url = new URL(page);
    return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return page;
  }
}

/** The rule in words: what it hides and where. */
export function describeRule(rule: { host: string; selector: string; label?: string; page?: string }): string {
  const what = rule.label ?? labelFromSelector(rule.selector);
  return rule.page ? `${what} on the page ${shortPage(rule.page)} only` : `${what} on every page of ${rule.host}`;
}
