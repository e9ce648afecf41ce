/**
 * Benchmark cases: a highlight described on an article's text, the text after a realistic edit, and where
 * the highlight is in the edited text (or null when the right answer is "not found").
 *
 * The highlight is marked in the text with two private-use characters; every edit works on the marked text,
 * so the expected range follows the edit without bookkeeping, and is read off where the marks end up.
 */
import { describeText } from '../../src/core/anchoring/describe.ts';
import type { Selector } from '../../src/core/anchoring/types.ts';
import type { Article } from './corpus.ts';
import type { Random } from './random.ts';

export const EDIT_KINDS = [
  'whitespace/markup',
  'paragraphs ins/del',
  'typo fixed in quote',
  'context word changed',
  'neighbour sentence',
  'article duplicated',
  '3x text before',
  'passage deleted',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface Case {
  kind: EditKind;
  /** What the highlight looked like when it was made. */
  selectors: Selector[];
  /** The page's text now. */
  after: string;
  /** Where the highlight is now, or null if it is gone. */
  expected: { start: number; end: number } | null;
}

const START = '\uE000';
const END = '\uE001';
const MARKS = /[\uE000\uE001]/g;
/** Characters of context Margin stores on each side (describe's default). */
const CONTEXT = 32;

/** Removes the marks; returns the clean text and where they were. */
function unmark(marked: string): { text: string; start: number; end: number } {
  const s = marked.indexOf(START);
  const e = marked.indexOf(END);
  const text = marked.replace(MARKS, '');
  if (s < 0 || e < 0) return { text, start: -1, end: -1 };
  return { text, start: s, end: e - 1 };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LEADING_PUNCT = /^[^\p{L}\p{N}]+/u;
const TRAILING_PUNCT = /[^\p{L}\p{N}]+$/u;

/**
 * Picks a highlight of whole words: a third of any length from 1 to 40 words, a third of 1-3 words, and a
 * third short phrases (1-4 words) that occur more than once on the page. Like a double-click selection, the
 * punctuation at its edges is usually left out.
 */
function pickHighlight(text: string, rng: Random): { start: number; end: number } | null {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (tokens.length < 2) return null;
  const style = rng.next();
  let first = 0;
  let count = 1;
  let found = false;
  if (style >= 2 / 3) {
    for (let attempt = 0; attempt < 40 && !found; attempt += 1) {
      count = rng.int(1, 4);
      first = rng.int(0, Math.max(0, tokens.length - count));
      const phrase = text.slice(tokens[first].start, tokens[Math.min(tokens.length, first + count) - 1].end).replace(TRAILING_PUNCT, '');
      if (phrase.length < 2) continue;
      const matches = text.match(new RegExp(escapeRegExp(phrase), 'g'));
      found = (matches?.length ?? 0) >= 2;
    }
  }
  if (!found) {
    count = style < 1 / 3 ? rng.int(1, 40) : rng.int(1, 3);
    first = rng.int(0, Math.max(0, tokens.length - count));
  }
  const last = Math.min(tokens.length, first + count) - 1;
  let start = tokens[first].start;
  let end = tokens[last].end;
  const span = text.slice(start, end);
  if (rng.next() < 0.8) {
    const lead = LEADING_PUNCT.exec(span)?.[0].length ?? 0;
    const trail = TRAILING_PUNCT.exec(span)?.[0].length ?? 0;
    if (lead + trail < span.length) {
      start += lead;
      end -= trail;
    }
  }
  return end > start ? { start, end } : null;
}

/** Paragraph index of the mark `ch` in `paras`. */
function paragraphOf(paras: string[], ch: string): number {
  return paras.findIndex((p) => p.includes(ch));
}

/** Used only when no other article has been read yet. */
const FILLER = [
  'The council met on a wet evening to weigh the proposal, and after two hours of debate it voted to wait.',
  'Residents who spoke at the meeting were divided. Some wanted the new road; others feared the traffic.',
  'A spokesperson said a decision was expected before the end of the year, once the survey was complete.',
];

/** Paragraphs from other articles, to insert, prepend or rewrite with. */
export interface Pool {
  paragraphs: string[];
  sentences: string[];
  words: string[];
}

/** Text from `others` (or, for the first article, from a fixed filler) that does not occur in `article`. */
export function poolOf(others: readonly Article[], article: Article): Pool {
  const own = new Set(article.paragraphs);
  let paragraphs = others.flatMap((a) => a.paragraphs).filter((p) => !own.has(p));
  if (paragraphs.length === 0) paragraphs = FILLER;
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 20);
  const words = paragraphs.flatMap((p) => p.match(/\p{L}{3,}/gu) ?? []);
  return { paragraphs, sentences, words };
}

/** Re-serialized markup: blank lines and indentation between blocks, long lines wrapped in the source. */
function reformat(marked: string): string {
  return (
    '\n    ' +
    marked
      .split('\n')
      .map((p) => {
        let column = 0;
        return p.replace(/ /g, () => {
          column += 1;
          if (column % 11 === 0) return '\n          ';
          return column % 17 === 0 ? '  ' : ' ';
        });
      })
      .join('\n\n      ') +
    '\n  '
  );
}

function insertAndDeleteParagraphs(paras: string[], rng: Random, pool: Pool): string | null {
  const out = paras.slice();
  const a = paragraphOf(out, START);
  const b = paragraphOf(out, END);
  const outside = out.map((_, i) => i).filter((i) => i < a || i > b);
  if (outside.length > 0) out.splice(rng.pick(outside), 1);
  for (let k = 0; k < 2; k += 1) {
    const from = paragraphOf(out, START);
    const to = paragraphOf(out, END);
    const slots = [...Array(out.length + 1).keys()].filter((i) => i <= from || i > to);
    out.splice(rng.pick(slots), 0, rng.pick(pool.paragraphs));
  }
  return out.join('\n');
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A one-character slip: two letters swapped, one dropped, one doubled or one mistyped. */
function typo(word: string, rng: Random): string {
  const i = rng.int(0, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      if (word[i] !== word[i + 1]) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i + 1) + word[i] + word.slice(i + 1);
    default: {
      const other = LETTERS.replace(word[i].toLowerCase(), '');
      return word.slice(0, i) + rng.pick([...other]) + word.slice(i + 1);
    }
  }
}

/** The text as it was with a typo in one word of the highlight (the edit is its correction). */
function withTypo(marked: string, rng: Random): string | null {
  const s = marked.indexOf(START);
  const e = marked.indexOf(END);
  const words = [...marked.slice(s, e).matchAll(/\p{L}{3,}/gu)];
  if (words.length === 0) return null;
  const w = rng.pick(words);
  const at = s + w.index;
  return marked.slice(0, at) + typo(w[0], rng) + marked.slice(at + w[0].length);
}

/** Replaces one word of the stored prefix or suffix with another word. */
function changeContextWord(marked: string, rng: Random, pool: Pool): string | null {
  const s = marked.indexOf(START);
  const e = marked.indexOf(END);
  const near = [...marked.matchAll(/\p{L}{2,}/gu)].filter((m) => {
    const end = m.index + m[0].length;
    return (end <= s && m.index >= s - CONTEXT) || (m.index > e && end <= e + 1 + CONTEXT);
  });
  if (near.length === 0) return null;
  const w = rng.pick(near);
  let replacement = rng.pick(pool.words);
  for (let i = 0; i < 5 && replacement.toLowerCase() === w[0].toLowerCase(); i += 1) replacement = rng.pick(pool.words);
  if (replacement.toLowerCase() === w[0].toLowerCase()) return null;
  return marked.slice(0, w.index) + replacement + marked.slice(w.index + w[0].length);
}

/** Sentence spans of the marked text (a sentence never crosses a line break). */
function sentenceSpans(marked: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /[^\n]+?(?:[.!?]["'”’)\]]*(?=\s)|$)/gmu;
  for (const m of marked.matchAll(re)) {
    const lead = /^\s*/.exec(m[0])?.[0].length ?? 0;
    if (m[0].trim()) spans.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  return spans;
}

/** Rewrites the sentence just before or just after the one(s) holding the highlight. */
function rewriteNeighbour(marked: string, rng: Random, pool: Pool): string | null {
  const spans = sentenceSpans(marked);
  const s = marked.indexOf(START);
  const e = marked.indexOf(END);
  const first = spans.findIndex((x) => s >= x.start && s < x.end);
  const last = spans.findIndex((x) => e >= x.start && e < x.end);
  if (first < 0 || last < 0) return null;
  const options = [first - 1, last + 1].filter((i) => i >= 0 && i < spans.length);
  if (options.length === 0) return null;
  const n = spans[rng.pick(options)];
  return marked.slice(0, n.start) + rng.pick(pool.sentences) + marked.slice(n.end);
}

function prependText(marked: string, rng: Random, pool: Pool): string {
  const added: string[] = [];
  let length = 0;
  while (length < 3 * marked.length) {
    const p = rng.pick(pool.paragraphs);
    added.push(p);
    length += p.length + 1;
  }
  return added.join('\n') + '\n' + marked;
}

function deletePassage(paras: string[], rng: Random, pool: Pool): string {
  const a = paragraphOf(paras, START);
  const b = paragraphOf(paras, END);
  const rest = paras.slice(0, a).concat(paras.slice(b + 1));
  return (rest.length ? rest : [rng.pick(pool.paragraphs)]).join('\n');
}

/**
 * Builds one case of `kind` on `article`, or null when the article offers no such edit (no word to
 * misspell, no neighbouring sentence) or when the answer would be ambiguous (a deleted passage whose quote
 * and context still occur verbatim elsewhere).
 */
export function makeCase(article: Article, kind: EditKind, rng: Random, pool: Pool): Case | null {
  const text = article.paragraphs.join('\n');
  const h = pickHighlight(text, rng);
  if (!h) return null;
  const marked = text.slice(0, h.start) + START + text.slice(h.start, h.end) + END + text.slice(h.end);
  const paras = marked.split('\n');
  let before = marked;
  let after: string | null;
  switch (kind) {
    case 'whitespace/markup':
      after = reformat(marked);
      break;
    case 'paragraphs ins/del':
      after = insertAndDeleteParagraphs(paras, rng, pool);
      break;
    case 'typo fixed in quote':
      before = withTypo(marked, rng) ?? '';
      after = before ? marked : null;
      break;
    case 'context word changed':
      after = changeContextWord(marked, rng, pool);
      break;
    case 'neighbour sentence':
      after = rewriteNeighbour(marked, rng, pool);
      break;
    case 'article duplicated':
      after = marked + '\n' + text;
      break;
    case '3x text before':
      after = prependText(marked, rng, pool);
      break;
    case 'passage deleted':
      after = deletePassage(paras, rng, pool);
      break;
  }
  if (after === null) return null;
  const was = unmark(before);
  const now = unmark(after);
  const selectors = describeText(was.text, was.start, was.end, CONTEXT);
  // Ambiguous cases are left out: a deleted passage whose quote and context still occur verbatim, or text
  // added from another page of the same site that happens to hold the same quote and context.
  const q = selectors[0];
  const stored = q.type === 'TextQuoteSelector' ? q.prefix + q.exact + q.suffix : '';
  if (kind === 'passage deleted' && now.text.includes(stored)) return null;
  if ((kind === '3x text before' || kind === 'paragraphs ins/del') && now.text.indexOf(stored) !== now.text.lastIndexOf(stored)) return null;
  return { kind, selectors, after: now.text, expected: now.start < 0 ? null : { start: now.start, end: now.end } };
}
