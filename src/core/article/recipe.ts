/**
 * A recipe's ingredient list is part of the text a reader came for, though it reads like clutter: short
 * lines without punctuation, often in a box of its own beside the steps. Where the markup names the list
 * (a class word "ingredients", schema.org `recipeIngredient`), it is kept whole and added beside the body.
 */
import type { ElementStats, PageStats } from './analyze.ts';

/** More text than a list of ingredients holds: a whole page or story marked "ingredients" by a theme. */
const MAX_LIST_TEXT = 4000;

/**
 * The page's ingredient lists that belong with the story in `body`: marked elements (outermost ones), with
 * few links (a sidebar of "seasonal ingredients" links is not one), in the same part of the page as the
 * body, and not holding the body itself.
 */
export function ingredientLists(stats: PageStats, body: ElementStats): ElementStats[] {
  const out: ElementStats[] = [];
  let last: ElementStats | null = null;
  for (const s of stats.ingredients) {
    if (last && last.el.contains(s.el)) continue;
    last = s;
    if (s.hidden || s.furniture || s.text === 0 || s.text > MAX_LIST_TEXT || s.link > s.text * 0.3) continue;
    if (s.el.contains(body.el) || !sharesSection(s.el, body.el)) continue;
    out.push(s);
  }
  return out;
}

/** True when two elements meet below the page's top-level wrappers (not only in `<body>`). */
function sharesSection(a: Element, b: Element): boolean {
  for (let p = a.parentElement; p; p = p.parentElement) {
    if (p.contains(b)) return p !== a.ownerDocument.body && p !== a.ownerDocument.documentElement;
  }
  return false;
}

/** The keep roots with the ingredient lists that lie outside them added, in document order. */
export function withIngredients(roots: ElementStats[], lists: readonly ElementStats[]): ElementStats[] {
  const added = lists.filter((l) => !roots.some((r) => r.el.contains(l.el)));
  if (added.length === 0) return roots;
  return [...roots.filter((r) => !added.some((l) => l.el.contains(r.el))), ...added].sort((a, b) => a.order - b.order);
}

/**
 * The drops without those inside an ingredient list; a drop that holds a list (a recipe card judged a box)
 * is split into the parts around the list, so only the list comes back.
 */
export function sparingIngredients(drop: readonly Element[], lists: readonly ElementStats[]): Element[] {
  if (lists.length === 0) return [...drop];
  const out: Element[] = [];
  for (const d of drop) {
    if (lists.some((l) => l.el.contains(d))) continue;
    const held = lists.filter((l) => d.contains(l.el));
    if (held.length === 0) out.push(d);
    else
      out.push(
        ...around(
          d,
          held.map((l) => l.el),
        ),
      );
  }
  return out;
}

/** The subtrees of `outer` that hold none of `inner`, as few and as high as possible. */
function around(outer: Element, inner: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (let c = outer.firstElementChild; c; c = c.nextElementSibling) {
    if (inner.includes(c)) continue;
    if (inner.some((i) => c.contains(i))) out.push(...around(c, inner));
    else out.push(c);
  }
  return out;
}
