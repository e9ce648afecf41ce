/**
 * The reading text of a part of a page, with a map back to the DOM.
 *
 * Margin needs one text model shared by the command line (where there is no layout, so no `innerText`) and
 * the page (where entity spans must be turned back into DOM ranges). Text is laid out as a reader sees it:
 * runs of white space fold to one space, block elements are separated by a blank line, `<br>` is a line
 * break. Every character of the output remembers the text node and offset it came from.
 */

/** Elements whose content is never reading text (article detection skips the same, see hints.ts). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'MATH',
]);

/** Elements that start a new block (a paragraph break in the text). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'CENTER',
]);

/** Table cells are separated by a space-like tab within their row. */
const CELL_TAGS = new Set(['TD', 'TH']);

/** A run of output characters that came from one text node. */
export interface TextPiece {
  /** Offset of the first character in `TextMap.text`. */
  start: number;
  /** Offset after the last character in `TextMap.text`. */
  end: number;
  node: Text;
  /** For each output character of this piece, its offset inside `node.data`. */
  nodeOffsets: number[];
}

/** Reading text plus the way back from text offsets to DOM positions. */
export interface TextMap {
  text: string;
  pieces: TextPiece[];
}

export interface BlockTextOptions {
  /** Return true to leave out an element and everything in it (hidden clutter, Margin's own UI). */
  skip?: (el: Element) => boolean;
}

/** Break levels between two pieces of text: nothing, a space, a line break, a blank line. */
const enum Break {
  None = 0,
  Space = 1,
  Line = 2,
  Paragraph = 3,
}

/**
 * Lays out the reading text of `roots` (in the given order, each a separate block).
 * @returns the text and a map from text offsets back to text nodes.
 */
export function blockText(roots: readonly Node[], options: BlockTextOptions = {}): TextMap {
  const skip = options.skip;
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  let pending: Break = Break.None;
  let preDepth = 0;

  const request = (level: Break) => {
    if (level > pending) pending = level;
  };

  const emitText = (node: Text) => {
    const data = node.data;
    const offsets: number[] = [];
    let out = '';
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (preDepth === 0 && (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f')) {
        request(Break.Space);
        continue;
      }
      if (preDepth > 0 && ch === '\n') {
        request(Break.Line);
        continue;
      }
      if (pending !== Break.None) {
        if (length + out.length > 0) {
          const sep = pending === Break.Space ? ' ' : pending === Break.Line ? '\n' : '\n\n';
          // Separator characters belong to no node: flush what we have, then add the separator.
          if (out) {
            pieces.push({ start: length, end: length + out.length, node, nodeOffsets: offsets.splice(0) });
            parts.push(out);
            length += out.length;
            out = '';
          }
          parts.push(sep);
          length += sep.length;
        }
        pending = Break.None;
      }
      out += ch === '\u00a0' ? ' ' : ch;
      offsets.push(i);
    }
    if (out) {
      pieces.push({ start: length, end: length + out.length, node, nodeOffsets: offsets });
      parts.push(out);
      length += out.length;
    }
  };

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      emitText(node as Text);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.tagName.toUpperCase() : '';
    if (tag) {
      if (SKIPPED_TAGS.has(tag) || (skip && skip(el)) || el.hasAttribute('hidden')) return;
      if (tag === 'BR') {
        request(Break.Line);
        return;
      }
    }
    const block = BLOCK_TAGS.has(tag);
    const cell = CELL_TAGS.has(tag);
    if (block) request(Break.Paragraph);
    else if (cell) request(Break.Space);
    if (tag === 'PRE') preDepth++;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (tag === 'PRE') preDepth--;
    if (block) request(Break.Paragraph);
    else if (cell) request(Break.Space);
  };

  for (const root of roots) {
    request(Break.Paragraph);
    walk(root);
  }
  return { text: parts.join(''), pieces };
}

/** Finds the piece holding text offset `offset` (binary search). */
function pieceAt(map: TextMap, offset: number): TextPiece | undefined {
  let lo = 0;
  let hi = map.pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const piece = map.pieces[mid];
    if (offset < piece.start) hi = mid - 1;
    else if (offset >= piece.end) lo = mid + 1;
    else return piece;
  }
  return map.pieces[lo];
}

/**
 * Turns `[start, end)` of `map.text` into a DOM range over the same characters.
 * Separator characters at either end are skipped, so a span always starts and ends inside real text.
 * @returns null when the span holds no character that came from the page.
 */
export function rangeForSpan(map: TextMap, start: number, end: number): Range | null {
  if (end <= start) return null;
  const first = pieceAt(map, start);
  const lastCandidate = pieceAt(map, end - 1);
  if (!first) return null;
  // pieceAt returns the next piece when the offset falls on a separator; step back for the end.
  let last = lastCandidate;
  if (!last || last.start > end - 1) {
    const index = last ? map.pieces.indexOf(last) - 1 : map.pieces.length - 1;
    last = map.pieces[index];
  }
  if (!last) return null;
  const startOffset = Math.max(start, first.start);
  const endOffset = Math.min(end, last.end);
  if (endOffset <= startOffset) return null;
  const range = first.node.ownerDocument!.createRange();
  range.setStart(first.node, first.nodeOffsets[startOffset - first.start]);
  range.setEnd(last.node, last.nodeOffsets[endOffset - 1 - last.start] + 1);
  return range;
}
