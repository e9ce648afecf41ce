/**
 * Pruning by section, after the element-by-element pass: headings left over a dropped section, notes and
 * pitches after the body, the links under a "Related posts" heading, and comment threads.
 */
import type { ElementStats } from './analyze.ts';
import type { PruneContext } from './prune.ts';
import { isAuthorBio, isCallToAction, isCommentsHeading, spaced } from './text-cues.ts';
import { HEADING_TAGS, TEXT_BLOCK_TAGS, elementWords } from './hints.ts';
import { PRUNE_THRESHOLDS as T } from './prune-thresholds.ts';

/** True when `el` or an ancestor below `root` is already dropped. */
function insideDropped(el: Element, root: Element, dropped: Set<Element>): boolean {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (dropped.has(p)) return true;
  return false;
}

/** Drops headings whose section was dropped entirely ("Related stories" above a dropped list). */
export function dropOrphanHeadings(root: Element, ctx: PruneContext): void {
  const dropped = new Set(ctx.drop);
  const rootStats = ctx.stats.byElement.get(root);
  if (!rootStats) return;
  for (const hs of ctx.stats.headings) {
    if (hs.order <= rootStats.order || !HEADING_TAGS.has(hs.tag) || hs.tag === 'H1' || !root.contains(hs.el)) continue;
    const h = hs.el;
    if (insideDropped(h, root, dropped) || (h.textContent ?? '').length > T.orphanHeadingMaxText) continue;
    let sawDropped = false;
    let sawContent = false;
    for (let sib = h.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (HEADING_TAGS.has(sib.tagName.toUpperCase())) break;
      if (dropped.has(sib)) sawDropped = true;
      else if ((ctx.stats.byElement.get(sib)?.text ?? 0) > 0) {
        sawContent = true;
        break;
      }
    }
    if (sawDropped && !sawContent) {
      ctx.drop.push(h);
      dropped.add(h);
    }
  }
}

const EMPHASIS = new Set(['STRONG', 'B', 'EM', 'I', 'SMALL', 'U', 'FONT', 'BR', 'SPAN']);

/** True when all of a block's text is wrapped in emphasis (a bold call to action, an italic disclaimer). */
function allEmphasized(el: Element): boolean {
  let sawEmphasis = false;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if ((c as Text).data.trim()) return false;
    } else if (c.nodeType === 1) {
      const tag = (c as Element).tagName.toUpperCase();
      if (!EMPHASIS.has(tag)) return false;
      if (tag === 'SPAN') {
        if (!allEmphasized(c as Element)) return false;
      } else if (tag !== 'BR') sawEmphasis = true;
    }
  }
  return sawEmphasis;
}

/**
 * True when block `i` is a subscription pitch or reprint notice, or an author biography set apart from the
 * paragraphs (in italics, or in a box of its own): the story ends before such blocks.
 */
function isPitch(blocks: ElementStats[], i: number): boolean {
  const b = blocks[i];
  // Both cues judge short blocks only (under 400 and 600 characters): skip reading long ones' text.
  if (b.text >= T.trailing.pitchMaxText) return false;
  const text = b.el.textContent ?? '';
  if (isCallToAction(text)) return true;
  if (!isAuthorBio(text) || i === 0) return false;
  return allEmphasized(b.el) || b.el.parentElement !== blocks[i - 1].el.parentElement;
}

/**
 * Drops the notes that follow the last paragraph of the story: bold or italic lines ("Follow us on...",
 * "Source: ...", disclaimers) and short lines in other containers than the story's paragraphs (contact
 * boxes, "last modified", credits). A short closing line next to the paragraphs ("(With inputs from
 * agencies.)") stays; inside the story, a bold line is a subheading and stays.
 */
export function dropTrailingNotes(body: ElementStats, ctx: PruneContext): void {
  const dropped = new Set(ctx.drop);
  const blocks: ElementStats[] = [];
  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (dropped.has(c)) continue;
      const s = ctx.stats.byElement.get(c);
      if (!s || s.hidden || s.text === 0) continue;
      if (s.ownText > 0 && TEXT_BLOCK_TAGS.has(s.tag)) blocks.push(s);
      walk(c);
    }
  };
  walk(body.el);
  // The story ends at its last real paragraph; a subscription pitch or reprint notice after it is not one.
  // So is an author biography set apart from the paragraphs (in italics, or in a box of its own).
  // Read lazily from the end: only the blocks after the last paragraph need it (reading text costs).
  const pitches = new Map<number, boolean>();
  const pitch = (i: number): boolean => {
    let is = pitches.get(i);
    if (is === undefined) {
      is = isPitch(blocks, i);
      pitches.set(i, is);
    }
    return is;
  };
  const long = blocks.filter((b) => b.ownText - b.ownLink >= T.trailing.paragraphProse);
  // Where most paragraphs are set in italics or bold (interviews), emphasis does not mark a note.
  const emphasisIsText = long.filter((b) => allEmphasized(b.el)).length * 2 > long.length;
  const emphasized = (b: ElementStats) => !emphasisIsText && allEmphasized(b.el);
  let last = -1;
  for (let i = blocks.length - 1; i >= 0 && last < 0; i -= 1) {
    const b = blocks[i];
    if (b.ownText - b.ownLink >= T.trailing.paragraphProse && !emphasized(b) && !pitch(i)) last = i;
  }
  if (last < 0) return;
  const lastParent = blocks[last].el.parentElement;
  // Pages that wrap every paragraph in a component of its own ("article-body-text") repeat the same wrapper.
  const besideParagraphs = (b: ElementStats) => {
    const parent = b.el.parentElement;
    if (parent === lastParent) return true;
    if (!parent || !lastParent || parent.childElementCount !== 1 || lastParent.childElementCount !== 1) return false;
    const cls = parent.getAttribute('class');
    return !!cls && parent.tagName === lastParent.tagName && cls === lastParent.getAttribute('class');
  };
  // A heading after the last paragraph introduces no story text ("More on this", "Contact").
  const notes = blocks
    .slice(last + 1)
    .filter(
      (b, i) =>
        pitch(last + 1 + i) ||
        (b.text < T.trailing.noteMaxText &&
          (HEADING_TAGS.has(b.tag)
            ? b.tag !== 'H1'
            : emphasized(b) || (!besideParagraphs(b) && b.tag !== 'LI' && b.tag !== 'TD' && b.tag !== 'TH' && b.tag !== 'FIGCAPTION'))),
    );
  // A long run of such blocks after the prose is the story's own format (a list of tips), not notes.
  if (notes.length > T.trailing.maxNotes) return;
  for (const b of notes) if (!notes.some((o) => o !== b && o.el.contains(b.el))) ctx.drop.push(b.el);
}

/**
 * What follows a heading that announces other stories ("Related posts", "More from"), up to the next
 * heading, is those stories' links: blocks that are links for a good part are dropped with it, and the
 * first block of prose ends the section. (Pages put the heading and its list in sibling boxes of their own.)
 */
export function dropSeeAlsoSections(ctx: PruneContext): void {
  const dropped = new Set(ctx.drop);
  const sections: Element[] = [];
  for (const h of ctx.seeAlsoHeadings) {
    for (let el = h.nextElementSibling; el; el = el.nextElementSibling) {
      const s = ctx.stats.byElement.get(el);
      if (!s || s.text === 0 || dropped.has(el)) continue;
      if (HEADING_TAGS.has(s.tag) || el.contains(ctx.core.el) || (ctx.headline && el.contains(ctx.headline.el))) break;
      if (s.link < s.text * T.seeAlsoSectionMinLinkShare) break;
      sections.push(el);
      dropped.add(el);
    }
  }
  if (sections.length > 0) ctx.drop = ctx.drop.filter((el) => !sections.some((t) => t.contains(el))).concat(sections);
}

/** Class and id words of the heading over a comment thread ("comments", "responses", "respond"). */
const COMMENTS_WORDS = new Set(['comments', 'comment', 'responses', 'respond', 'replies', 'reply', 'discussion']);

/**
 * A heading that opens the readers' comments (its text or its id says so) ends the story: it and what follows
 * it in its container are dropped. Blog engines set the comments out flat after the post, each a paragraph
 * and a "Posted by" line, with no container whose markup names them.
 */
export function dropCommentThreads(roots: ElementStats[], ctx: PruneContext): void {
  const dropped = new Set(ctx.drop);
  const threads: Element[] = [];
  for (const hs of ctx.stats.headings) {
    if (hs.tag === 'H1' || !HEADING_TAGS.has(hs.tag) || hs.order <= ctx.core.order || hs.text > T.commentsHeadingMaxText) continue;
    const root = roots.find((r) => r.el.contains(hs.el));
    if (!root || hs.el.contains(ctx.core.el)) continue;
    const h = hs.el;
    const text = spaced(h.textContent ?? '');
    if (!isCommentsHeading(text) && !(elementWords(h).some((w) => COMMENTS_WORDS.has(w)) && text.length < T.commentsHeadingMaxText)) continue;
    for (let el: Element | null = h; el; el = el.nextElementSibling) {
      if (el.contains(ctx.core.el) || (ctx.headline && el.contains(ctx.headline.el))) break;
      if (!insideDropped(el, root.el, dropped)) {
        threads.push(el);
        dropped.add(el);
      }
    }
  }
  if (threads.length === 0) return;
  // What was dropped inside a thread goes with it (the list holds no element inside another).
  ctx.drop = ctx.drop.filter((el) => !threads.some((t) => t.contains(el))).concat(threads);
}
