/** The words of an article as the reader sees them (for the reading-time estimate). */
import { countWords } from './reading-time.ts';

/** Elements whose text is never read: code the page runs or styles, and templates. */
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Words in the text of `roots`, leaving out script and style text. */
export function articleWords(roots: readonly Element[]): number {
  let words = 0;
  for (const root of roots) {
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (UNREAD.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
    // Joined with spaces: adjacent blocks' words must not run together.
    words += countWords(parts.join(' '));
  }
  return words;
}
