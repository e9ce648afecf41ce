/**
 * Which elements to hide so that only the article is left, in place.
 *
 * Like uBlock Origin's element hiding, nothing is removed or restyled inline: the caller marks the returned
 * elements and one stylesheet hides the marks. The article keeps its own markup and styling because every
 * element on the path from `<body>` to the article stays; only the branches off that path are hidden.
 */
import type { ArticleSelection } from '../article/types.ts';

/** Elements that are never visible content, so hiding them would only inflate the count. */
export const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'BASE', 'TITLE']);

/**
 * @param body the page's `<body>`; branches off the article's ancestor path are hidden up to here.
 * @param isOwnUi elements of Margin's own interface, which must never be hidden.
 * @returns the elements to hide, in document order, none inside another.
 */
export function planHiding(body: Element, selection: ArticleSelection, isOwnUi: (el: Element) => boolean = () => false): Element[] {
  const kept = new Set<Element>(selection.keep);
  const onPath = pathToArticle(body, selection);
  const hidden: Element[] = [];
  const visit = (parent: Element) => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (kept.has(child)) continue;
      if (onPath.has(child)) visit(child);
      else if (!INVISIBLE.has(child.tagName.toUpperCase()) && !isOwnUi(child)) hidden.push(child);
    }
  };
  // When the article is the whole body (a page that is all story), only the drops inside it are hidden.
  const keepsBody = selection.keep.some((el) => el.contains(body));
  if (selection.keep.length && !keepsBody) visit(body);
  const drops = selection.drop.filter((el) => !isOwnUi(el));
  return mergeInDocumentOrder(hidden, drops);
}

/**
 * The elements on the path from `<body>` to the article that hold text of their own, directly (a text node
 * that is not white space, such as a section label written straight into a wrapper). Hiding elements cannot
 * reach such text; the clean view makes these elements invisible and their children on the path visible
 * again (`visibility` is inherited and a descendant may override it), so the text goes and the article stays.
 */
export function planShells(body: Element, selection: ArticleSelection): Element[] {
  if (selection.keep.some((el) => el.contains(body))) return [];
  const shells: Element[] = [];
  for (const el of pathToArticle(body, selection)) {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 /* TEXT_NODE */ && /\S/.test(n.nodeValue ?? '')) {
        shells.push(el);
        break;
      }
    }
  }
  return shells;
}

/** The ancestors of the article's kept roots, up to and including `body`. */
function pathToArticle(body: Element, selection: ArticleSelection): Set<Element> {
  const onPath = new Set<Element>();
  for (const el of selection.keep) {
    for (let a = el.parentElement; a && !onPath.has(a); a = a.parentElement) {
      onPath.add(a);
      if (a === body) break;
    }
  }
  return onPath;
}

function mergeInDocumentOrder(a: Element[], b: Element[]): Element[] {
  const all = [...a, ...b];
  all.sort((x, y) => (x === y ? 0 : x.compareDocumentPosition(y) & 4 /* FOLLOWING */ ? -1 : 1));
  // Drop elements nested inside an already hidden one: hiding the outer one hides them.
  const out: Element[] = [];
  for (const el of all) {
    const last = out[out.length - 1];
    if (last && (last === el || last.contains(el))) continue;
    out.push(el);
  }
  return out;
}
