/**
 * What the measuring pass (analyze.ts) records per element, and how it weighs an element once its children
 * are measured: the prose value of its text, and whether its furniture words hold given the prose inside.
 */
import { F_ABSOLUTE, F_BODY, F_NEGATIVE, F_WEAK, HEADING_TAGS } from './hints.ts';

/** Measurements of one element and its subtree. Lengths count non-whitespace characters. */
export interface ElementStats {
  el: Element;
  tag: string;
  /** Position in document order (pre-order), for sorting and "before/after" tests. */
  order: number;
  /** Text in the subtree. */
  text: number;
  /** Text inside links in the subtree. */
  link: number;
  /** Sum of the prose weights of the text blocks in the subtree (negative for furniture). */
  value: number;
  /**
   * The prose value without the furniture inside the subtree (which prune.ts drops anyway): what the
   * subtree would be worth with its share bars, related lists and comments taken out.
   */
  clean: number;
  /** Characters of text blocks in the subtree that read as prose. */
  prose: number;
  /** Number of such prose blocks. */
  paragraphs: number;
  /**
   * Inline text directly in this block (not in nested blocks), its link part, and how many of its text
   * nodes hold sentence punctuation (only "any" matters: a prose sign).
   */
  ownText: number;
  ownLink: number;
  ownPunct: number;
  /** Class/id/role mark this element as page furniture (share bar, ad, related links, comments...). */
  furniture: boolean;
  /** Class/id/itemprop mark this element as a story container or the body text. */
  positive: boolean;
  body: boolean;
  /** Hidden by markup (hidden attribute, inline display:none). */
  hidden: boolean;
  /** Marked itemprop=headline. */
  headline: boolean;
  /** Marked as a recipe's ingredient list or one of its ingredients (see hints.ts). */
  ingredients: boolean;
}

/** The measurements of a whole document. */
export interface PageStats {
  byElement: Map<Element, ElementStats>;
  /** All measured elements in document order. */
  all: ElementStats[];
  root: ElementStats | null;
  /**
   * The headings (H1-H6, itemprop=headline) and the marked ingredient lists among `all`, in document order:
   * the later steps look for these, and a pass over a few is cheaper than a pass over every element.
   */
  headings: ElementStats[];
  ingredients: ElementStats[];
}

/**
 * Weights of the prose value, per character: link text and short label-like text count against a
 * container, furniture text counts against it on top of losing its own value. Chosen on the tuning part
 * of the boilerplate corpus (never the held-out part); the optimum is flat around these values.
 */
export const W = { link: 0.4, short: 0.2, proseLink: 1, furn: 0.3 };

/**
 * Weight of one text block: its prose characters count for it, link text and short label-like text count
 * against it. Furniture text is handled by the caller.
 */
function blockWeight(s: ElementStats): number {
  const len = s.ownText;
  if (len === 0) return 0;
  const link = s.ownLink;
  const plain = len - link;
  if (HEADING_TAGS.has(s.tag)) return -link * W.link;
  if (isProse(s)) return plain - W.proseLink * link;
  return -W.short * plain - W.link * link;
}

/** True when a block's own text reads as a paragraph of prose. */
export function isProse(s: ElementStats): boolean {
  const plain = s.ownText - s.ownLink;
  return plain >= 150 || (plain >= 40 && s.ownPunct > 0 && s.ownLink < plain * 0.5);
}

/** Furniture by an element's class/id/role words, before the walk weighs them against the prose inside. */
export function furnitureByMarkup(flags: number, tag: string): boolean {
  return (flags & F_NEGATIVE) !== 0 && (flags & F_BODY) === 0 && tag !== 'BODY' && tag !== 'HTML';
}

/** Adds a child's prose values to its parent's. */
export function foldValues(parent: ElementStats, c: ElementStats): void {
  parent.value += c.value;
  parent.clean += c.clean;
  parent.prose += c.prose;
  parent.paragraphs += c.paragraphs;
}

/**
 * Finishes an element once all its children are measured: its own text's weight as a block, and whether
 * its markup's furniture words hold given the prose found inside.
 */
export function finishElement(s: ElementStats, isBlock: boolean, flags: number): void {
  const tag = s.tag;
  if (isBlock && s.ownText > 0) {
    const own = blockWeight(s);
    s.value += own;
    s.clean += own;
    if (isProse(s)) {
      s.prose += s.ownText - s.ownLink;
      s.paragraphs += 1;
    }
  }
  // Text in a share bar, an ad, a comment thread or a related-links box counts against any container
  // that holds it, however well it reads: comments are prose too.
  // Weak hints ("widget", "sidebar") count only when the element is not mostly prose.
  // A strong word on a wrapper of long prose is a state class ("hidden-contents-menu"), except for
  // furniture that is prose itself.
  if (s.furniture && (flags & F_ABSOLUTE) === 0 && s.prose >= 1000 && s.prose >= s.text * 0.6) s.furniture = false;
  if ((flags & F_WEAK) !== 0 && tag !== 'BODY' && !s.furniture && !s.body && (s.prose < s.text * 0.5 || s.text < 200)) s.furniture = true;
  // Depends on the text only, so nested furniture (a share bar inside a share box) is not penalized twice.
  if (s.furniture) {
    s.value = -(s.prose + W.furn * s.text);
    s.clean = 0;
  }
}
