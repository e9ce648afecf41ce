/**
 * Marking elements as hidden and unmarking them. The attribute carries no reader data: it only says
 * "Margin hides this", and one stylesheet turns it into `display: none`.
 */
export const HIDDEN_ATTRIBUTE = 'data-margin-hidden';

/**
 * Marks the article's kept subtrees, so clean view can show them where the page keeps a wrapper around them
 * invisible until its scripts run (`visibility: hidden` is inherited, and a descendant may override it).
 */
export const ARTICLE_ATTRIBUTE = 'data-margin-article';

/**
 * Marks the elements on the path to the article that hold loose text of their own (see planShells): clean view
 * makes them invisible and their children visible, which hides that text and nothing else.
 */
export const SHELL_ATTRIBUTE = 'data-margin-shell';

/** Marks the roots of the article (see {@link ARTICLE_ATTRIBUTE}). */
export const markArticle = (roots: Iterable<Element>): void => mark(roots, ARTICLE_ATTRIBUTE);

/** Marks the shells around the article (see {@link SHELL_ATTRIBUTE}). */
export const markShells = (shells: Iterable<Element>): void => mark(shells, SHELL_ATTRIBUTE);

function mark(elements: Iterable<Element>, name: string): void {
  for (const el of elements) el.setAttribute(name, '');
}

/** Marks `elements` hidden; returns how many were newly marked. */
export function markHidden(elements: Iterable<Element>): number {
  let count = 0;
  for (const el of elements) {
    if (!el.hasAttribute(HIDDEN_ATTRIBUTE)) {
      el.setAttribute(HIDDEN_ATTRIBUTE, '');
      count++;
    }
  }
  return count;
}

/** Removes every mark under `root`; returns how many hidden marks were removed. */
export function unmarkAll(root: ParentNode): number {
  for (const name of [ARTICLE_ATTRIBUTE, SHELL_ATTRIBUTE]) root.querySelectorAll(`[${name}]`).forEach((el) => el.removeAttribute(name));
  const marked = root.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`);
  marked.forEach((el) => el.removeAttribute(HIDDEN_ATTRIBUTE));
  return marked.length;
}

/** True when `el` or one of its ancestors is marked hidden. */
export function isMarkedHidden(el: Element): boolean {
  return el.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null;
}
