/** Small DOM helpers for the anchoring tests (built with DOM calls, never from HTML strings). */

type Child = Node | string;

/** Creates an element with children; strings become text nodes. */
export function h(tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** A range over the first occurrence (or `nth`) of `needle` in the root's text nodes, which may span nodes. */
export function rangeOf(root: Element, needle: string, nth = 0): Range {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const text = nodes.map((n) => n.data).join('');
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not found: ${needle}`);
  const locate = (offset: number, isEnd: boolean): [Text, number] => {
    let pos = 0;
    for (const n of nodes) {
      const len = n.data.length;
      if (offset < pos + len || (isEnd && offset === pos + len)) return [n, offset - pos];
      pos += len;
    }
    throw new Error('offset out of range');
  };
  const range = document.createRange();
  range.setStart(...locate(at, false));
  range.setEnd(...locate(at + needle.length, true));
  return range;
}

/** An article-like page: a nav, a paragraph list and a footer. */
export function page(paragraphs: string[]): HTMLElement {
  const body = h(
    'main',
    {},
    h('nav', {}, 'Home | World | Business'),
    h('script', {}, 'var tracking = "Malaysia holds approximately";'),
    ...paragraphs.map((p) => h('p', {}, p)),
    h('footer', {}, '© 2026 The Meridian Ledger'),
  );
  document.body.replaceChildren(body);
  return body;
}
