/**
 * One pass over the page that measures every element: how much text it holds, how much of that is link
 * text, and how much of it reads like article prose. Everything later (choosing the article's container,
 * finding what to drop inside it) reads these numbers instead of walking the DOM again.
 */
import {
  F_BODY,
  F_HEADLINE,
  F_HIDDEN,
  F_INGREDIENTS,
  F_NEGATIVE,
  F_POSITIVE,
  F_WEAK,
  FURNITURE_TAGS,
  HEADING_TAGS,
  SKIP_TAGS,
  TEXT_BLOCK_TAGS,
  markupFlags,
} from './hints.ts';
import { MAX_SHARE, skim, visibleLength } from './skim.ts';
import { finish, NO_BUDGET, type Budget } from '../slices.ts';
import { finishElement, foldValues, furnitureByMarkup, W, type ElementStats, type PageStats } from './element-stats.ts';

export type { ElementStats, PageStats } from './element-stats.ts';

// Counting is done with native regular expressions, not character loops: in a content script the code
// runs cold on every page, and an interpreted loop over all of a page's text cost more than the rest of
// the analysis together (measured in Chromium).
// Most text nodes of a page are the white space between tags: one non-allocating test skips them.
const VISIBLE = /[^\s\u00a0]/;
/** Sentence and clause punctuation across scripts: a sign that a block is prose, not a label. */
const PUNCT = /[.,!?;:\u3002\uff0c\u060c\u061f\u0964]/;

/**
 * Void elements: the parser never gives them children, and a child a script adds is not rendered. Opened
 * without asking the DOM for their children or text (images and line breaks are common inside paragraphs).
 */
const VOID_TAGS = new Set(['IMG', 'BR', 'HR', 'WBR', 'SOURCE', 'TRACK', 'AREA', 'COL', 'PARAM']);

/** Upper-case tag names by the name the DOM gives: HTML documents already answer in upper case. */
const upperTags = new Map<string, string>();

function upperTag(name: string): string {
  let tag = upperTags.get(name);
  if (tag === undefined) {
    tag = name.toUpperCase();
    upperTags.set(name, tag);
  }
  return tag;
}

/** Elements measured before the walk checks the page's size against its limit. */
const SIZE_CHECK_AT = 20_000;

/** Thrown when a page has more elements than the caller's limit (see {@link analyzeSteps}). */
export class PageTooLarge extends Error {
  constructor(readonly elements: number) {
    super(`The page has ${elements} elements`);
  }
}

/** How often the walk asks its budget whether the slice is over (elements): asking reads the clock. */
const CHECK_EVERY = 64;

/** Where the walk stands inside one element whose children it is measuring. */
interface Frame {
  s: ElementStats;
  /** The text block that this element's inline text counts for. */
  target: ElementStats;
  link: boolean;
  flags: number;
  next: ChildNode | null;
}

/** A skimmed subtree, with what {@link analyzeSteps} opened it with (to measure it again in place). */
interface SkimmedAt {
  s: ElementStats;
  block: ElementStats | null;
  inLink: boolean;
}

/**
 * Measures every visible element under `root` (normally `document.body`) in one depth-first pass.
 * Elements that are never reading text (scripts, styles, form controls) are not measured.
 */
export function analyze(root: Element | null): PageStats {
  return finish(analyzeSteps(root, NO_BUDGET));
}

/**
 * {@link analyze} as steps: the generator yields whenever `budget.due()` says the current slice of work is
 * over, so a caller can give the page's main thread back between slices (see slices.ts). The walk is
 * iterative (a stack of frames) for that reason. A page with more than `maxElements` elements throws
 * {@link PageTooLarge} (checked once the walk has seen {@link SIZE_CHECK_AT} of them). `walkFirst` names
 * subtrees to walk even where they would be skimmed (tests compare measuring again in place against it).
 */
export function* analyzeSteps(
  root: Element | null,
  budget: Budget,
  maxElements = Infinity,
  walkFirst: Iterable<Element> = [],
): Generator<void, PageStats> {
  const byElement = new Map<Element, ElementStats>();
  const all: ElementStats[] = [];
  let headings: ElementStats[] = [];
  let ingredients: ElementStats[] = [];
  if (!root) return { byElement, all, root: null, headings, ingredients };
  let order = 0;
  // Skimmed subtrees, to check once the page's text is known that none holds a large share of it. Reading the
  // page's text up front (textContent of the body) cost more than the check saves on the pages that need it.
  const skimmedAll: SkimmedAt[] = [];
  // Skimmed subtrees found to hold a large share of the text: measured again, walking them.
  // (Tests pass some up front: measuring them in the first walk is what measuring them again must equal.)
  const walkAnyway = new Set<Element>(walkFirst);
  let hiddenText = 0;
  // Frames are reused by depth: one allocation per level, not per element.
  const stack: Frame[] = [];
  let depth = 0;

  const addText = (s: ElementStats, target: ElementStats, link: boolean, data: string) => {
    if (!VISIBLE.test(data)) return;
    const n = visibleLength(data);
    s.text += n;
    target.ownText += n;
    if (PUNCT.test(data)) target.ownPunct += 1;
    if (link) {
      s.link += n;
      target.ownLink += n;
    }
  };

  /** Measures `el`; returns it finished when it is skimmed, or pushes a frame to walk its children. */
  const open = (el: Element, tag: string, block: ElementStats | null, inLink: boolean): ElementStats | null => {
    // (Calls are dear in code that runs cold, once per page: most elements have no attributes to read.)
    const flags = el.hasAttributes() ? markupFlags(el) : 0;
    const hintBody = (flags & F_BODY) !== 0;
    const s: ElementStats = {
      el,
      tag,
      order: order++,
      text: 0,
      link: 0,
      value: 0,
      clean: 0,
      prose: 0,
      paragraphs: 0,
      ownText: 0,
      ownLink: 0,
      ownPunct: 0,
      // (furnitureByMarkup, written out: this runs for every element.)
      furniture: (flags & F_NEGATIVE) !== 0 && !hintBody && tag !== 'BODY' && tag !== 'HTML',
      positive: (flags & F_POSITIVE) !== 0,
      body: hintBody,
      hidden: (flags & F_HIDDEN) !== 0,
      headline: (flags & F_HEADLINE) !== 0,
      ingredients: (flags & F_INGREDIENTS) !== 0,
    };
    byElement.set(el, s);
    all.push(s);
    if (HEADING_TAGS.has(tag) || (flags & F_HEADLINE) !== 0) headings.push(s);
    if ((flags & F_INGREDIENTS) !== 0) ingredients.push(s);
    const isBlock = TEXT_BLOCK_TAGS.has(tag) || block === null;
    const target = isBlock ? s : block!;
    const link = inLink || tag === 'A';
    // Furniture and hidden subtrees get one measurement of their own and none for their descendants.
    // (Only hidden elements, furniture words and furniture landmarks can be skimmed: see skim.ts.)
    const skimmed =
      ((flags & (F_HIDDEN | F_NEGATIVE | F_WEAK)) !== 0 || FURNITURE_TAGS.has(tag)) && !walkAnyway.has(el) ? skim(el, tag, flags) : null;
    if (skimmed) {
      skimmedAll.push({ s, block, inLink });
      s.text = skimmed.text;
      s.link = link ? skimmed.text : skimmed.link;
      if (!isBlock) {
        target.ownText += s.text;
        target.ownLink += s.link;
      }
      const plain = s.text - s.link;
      s.furniture = skimmed.furniture;
      if (s.furniture) {
        s.prose = skimmed.prose;
        s.value = -(s.prose + W.furn * s.text);
      } else s.value = -W.short * plain - W.link * s.link;
      s.clean = s.furniture ? 0 : s.value;
      return s;
    }
    // An element that never has content (an image, a line break): nothing to read.
    if (VOID_TAGS.has(tag)) {
      finishElement(s, isBlock, flags);
      return s;
    }
    // A leaf (no child elements): its text in one native read, without a JS wrapper for each text node. In a
    // content script, creating wrappers for the nodes it visits is most of the walk's cost.
    if (el.firstElementChild === null) {
      addText(s, target, link, el.textContent ?? '');
      finishElement(s, isBlock, flags);
      return s;
    }
    let frame = stack[depth];
    if (frame === undefined) {
      frame = { s, target, link, flags, next: null };
      stack.push(frame);
    }
    frame.s = s;
    frame.target = target;
    frame.link = link;
    frame.flags = flags;
    frame.next = el.firstChild;
    depth += 1;
    return null;
  };

  /** Recomputes an element's prose values from its children's (its own text's measurements are kept). */
  const remeasureValues = (s: ElementStats) => {
    const flags = markupFlags(s.el);
    s.furniture = furnitureByMarkup(flags, s.tag);
    s.value = 0;
    s.clean = 0;
    s.prose = 0;
    s.paragraphs = 0;
    for (let c = s.el.firstElementChild; c !== null; c = c.nextElementSibling) {
      const cs = byElement.get(c);
      if (cs !== undefined && !cs.hidden) foldValues(s, cs);
    }
    finishElement(s, TEXT_BLOCK_TAGS.has(s.tag) || s.el === root, flags);
  };

  /**
   * Puts the measurements of a skimmed subtree that was walked after all (`fresh`, just appended to `all`) in
   * the old one's place, and brings its ancestors up to date: the same numbers as a walk of the whole page
   * that had walked this subtree, for the cost of this subtree only.
   */
  const replaceSkimmed = (old: ElementStats, fresh: ElementStats, first: number) => {
    // The new measurements take the old one's place in document order.
    const moved = all.splice(first);
    all.splice(old.order, 1);
    const after = all.splice(old.order);
    for (const x of moved) all.push(x);
    for (const x of after) all.push(x);
    for (let i = old.order; i < all.length; i += 1) all[i].order = i;
    // Ancestors: text and link change by the difference (a hidden element's text counts apart); prose values are
    // summed again from the children, as the furniture tests on them depend on the totals.
    let now = fresh;
    let wasText = old.text;
    let wasLink = old.link;
    while (now.el !== root) {
      const parent = byElement.get(now.el.parentElement!)!;
      const parentText = parent.text;
      const parentLink = parent.link;
      if (now.hidden) hiddenText += now.text - wasText;
      else {
        parent.text += now.text - wasText;
        parent.link += now.link - wasLink;
      }
      remeasureValues(parent);
      now = parent;
      wasText = parentText;
      wasLink = parentLink;
    }
  };

  const rootTag = upperTag(root.tagName);
  if (SKIP_TAGS.has(rootTag)) return { byElement, all, root: null, headings: [], ingredients: [] };
  let measured: ElementStats | null = null;
  let opened = 0;
  let sizeChecked = false;
  // Subtrees to walk: the page first, then skimmed subtrees found to hold a large share of its text (a story
  // wrapped in a form or a hidden wrapper), each walked in place.
  const again: SkimmedAt[] = [];
  let job: SkimmedAt | null = null;
  for (;;) {
    const first = all.length;
    if (job && !TEXT_BLOCK_TAGS.has(job.s.tag) && job.block) {
      // Its text counted for the block around it as one piece: the walk counts it again, piece by piece.
      job.block.ownText -= job.s.text;
      job.block.ownLink -= job.s.link;
    }
    const top = job ? open(job.s.el, job.s.tag, job.block, job.inLink) : open(root, rootTag, null, false);
    const walked = top ?? stack[0].s;
    while (depth > 0) {
      const frame = stack[depth - 1];
      const child = frame.next;
      // The element finished at this step (a frame whose children are done, or a leaf or skimmed child), and
      // the parent it adds to.
      let c: ElementStats | null;
      let parent: ElementStats;
      if (child === null) {
        finishElement(frame.s, frame.target === frame.s, frame.flags);
        depth -= 1;
        if (depth === 0) continue;
        c = frame.s;
        parent = stack[depth - 1].s;
      } else {
        frame.next = child.nextSibling;
        const type = child.nodeType;
        if (type === 3) {
          // Most text nodes are the white space between tags.
          const data = (child as Text).data;
          if (VISIBLE.test(data)) addText(frame.s, frame.target, frame.link, data);
          continue;
        }
        if (type !== 1) continue;
        const name = (child as Element).tagName;
        const childTag = upperTags.get(name) ?? upperTag(name);
        if (SKIP_TAGS.has(childTag)) continue;
        const skims = skimmedAll.length;
        c = open(child as Element, childTag, frame.target, frame.link);
        // A skim reads a whole subtree's text: the budget is asked after each one too (a page of many small
        // skimmed boxes, such as a comment thread's headers, made a 64-element stretch run for 20-40 ms).
        if (++opened % CHECK_EVERY === 0 || skimmedAll.length !== skims) {
          // Counting a page's elements costs a native pass over it: only pages that turn out big pay for it.
          if (order >= SIZE_CHECK_AT && !sizeChecked) {
            sizeChecked = true;
            // (linkedom answers 0 to getElementsByTagName('*'); the browser's is the faster call.)
            const size = root.getElementsByTagName('*').length || root.querySelectorAll('*').length;
            if (size > maxElements) throw new PageTooLarge(size);
          }
          if (budget.due()) yield;
        }
        if (c === null) continue;
        parent = frame.s;
      }
      // Adds the finished element's measurements to its parent's (written out here: calls cost in cold code).
      if (c.hidden) hiddenText += c.text;
      else {
        parent.text += c.text;
        parent.link += c.link;
        parent.value += c.value;
        parent.clean += c.clean;
        parent.prose += c.prose;
        parent.paragraphs += c.paragraphs;
      }
    }
    if (job === null) measured = walked;
    else {
      replaceSkimmed(job.s, walked, first);
      if (job.s === measured) measured = walked;
    }
    if (again.length === 0) {
      const pageText = measured!.text + hiddenText;
      for (const k of skimmedAll) if (k.s.text > pageText * MAX_SHARE) again.push(k);
      if (again.length === 0) break;
      for (const k of again) {
        walkAnyway.add(k.s.el);
        skimmedAll.splice(skimmedAll.indexOf(k), 1);
      }
    }
    job = again.shift()!;
  }
  if (job !== null) {
    // Subtrees were walked again: their fresh measurements replace the skimmed ones, and take their place.
    const current = (s: ElementStats) => byElement.get(s.el) === s;
    const byOrder = (a: ElementStats, b: ElementStats) => a.order - b.order;
    headings = headings.filter(current).sort(byOrder);
    ingredients = ingredients.filter(current).sort(byOrder);
  }
  return { byElement, all, root: measured, headings, ingredients };
}
