/**
 * The text that selectors refer to: the concatenated `data` of the text nodes under a root.
 *
 * This is deliberately `textContent`-like rather than `innerText`-like: it does not depend on layout or CSS,
 * so it is identical whether or not Margin has hidden the page's clutter (hiding only sets attributes), and
 * identical in a headless test DOM. Only non-content elements and Margin's own UI are skipped.
 */
import type { TextModelOptions } from './types.ts';

/** Elements whose text nodes are never page text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** A DOM boundary point, as used by `Range.setStart` / `Range.setEnd`. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** The text under a root and the way between text offsets and DOM positions. */
export interface TextModel {
  root: Element;
  text: string;
  /** Text nodes that make up `text`, in document order. */
  nodes: Text[];
  /** `starts[i]` is the offset in `text` of the first character of `nodes[i]`. */
  starts: number[];
}

/**
 * Builds the text model of `root`.
 * @param root the element whose text selectors are relative to (usually `document.body`).
 * @param options `ignore` to leave out elements such as Margin's own UI host.
 */
export function buildTextModel(root: Element, options: TextModelOptions = {}): TextModel {
  const ignore = options.ignore;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  // A manual walk rather than a TreeWalker: it lets us prune whole subtrees cheaply and behaves the same in
  // every DOM implementation (browsers, happy-dom, linkedom).
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const textNode = child as Text;
        if (textNode.data.length === 0) continue;
        nodes.push(textNode);
        starts.push(length);
        parts.push(textNode.data);
        length += textNode.data.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) continue;
        if (ignore && ignore(el)) continue;
        visit(el);
      }
    }
  };
  visit(root);
  return { root, text: parts.join(''), nodes, starts };
}

/** Index of the last node whose start is <= offset (binary search; nodes are in text order). */
function nodeIndexAt(model: TextModel, offset: number): number {
  let lo = 0;
  let hi = model.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (model.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Turns a text offset into a DOM point inside a text node.
 * @param side `'start'` puts a point that falls between two nodes at the beginning of the later one,
 *   `'end'` at the end of the earlier one, so that ranges never reach into text they do not cover.
 * @returns null if the model has no text or the offset is out of bounds.
 */
export function pointAt(model: TextModel, offset: number, side: 'start' | 'end'): DomPoint | null {
  if (model.nodes.length === 0 || offset < 0 || offset > model.text.length) return null;
  let i = nodeIndexAt(model, offset);
  if (side === 'end' && offset === model.starts[i] && i > 0) i -= 1;
  const node = model.nodes[i];
  return { node, offset: Math.min(offset - model.starts[i], node.data.length) };
}

/**
 * Builds a DOM range over text offsets `[start, end)` of the model.
 * @returns null if the offsets are out of bounds or the model is empty.
 */
export function rangeFromOffsets(model: TextModel, start: number, end: number): Range | null {
  if (start > end) return null;
  const from = pointAt(model, start, 'start');
  const to = pointAt(model, end, start === end ? 'start' : 'end');
  if (!from || !to) return null;
  const range = model.root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** True if `node` comes before the DOM point `(container, offset)` and does not contain it. */
function isBeforePoint(node: Text, container: Node, offset: number): boolean {
  if (container.nodeType === 1 || container.nodeType === 9 || container.nodeType === 11) {
    const child = container.childNodes[offset];
    if (child) return child !== node && (child.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
    // The point is after the container's last child: everything inside or before the container is before it.
    return container.contains(node) || (container.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  }
  // A point inside a node that has no text of ours (an ignored subtree, a comment): count only what precedes it.
  return (container.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
}

/**
 * Turns a DOM point into a text offset of the model. Points outside the model's text nodes (in an element,
 * in skipped or ignored content) map to the offset of the next text that follows them.
 */
export function offsetOfPoint(model: TextModel, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const i = model.nodes.indexOf(container as Text);
    if (i >= 0) return model.starts[i] + Math.min(Math.max(offset, 0), (container as Text).data.length);
  }
  // Binary search for the first text node that is not before the point.
  let lo = 0;
  let hi = model.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBeforePoint(model.nodes[mid], container, offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo < model.nodes.length ? model.starts[lo] : model.text.length;
}
