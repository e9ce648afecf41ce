/**
 * Links that open a page scrolled to a passage, per the URL Fragment Text Directives spec
 * (https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`.
 *
 * Browsers match text directives on whole words, within one block for each part, case-insensitively. So
 * the quote is widened to whole words, long or multi-paragraph quotes become a start and an end of a few
 * words each, and the context becomes the nearest whole words on the same line.
 */
import { DEFAULT_CONTEXT_LENGTH } from './describe.ts';
import type { TextQuoteSelector } from './types.ts';

/** Quotes with more words than this are linked as `textStart,textEnd`, keeping links short. */
const MAX_EXACT_WORDS = 8;
/** Words in each of textStart and textEnd for long quotes. */
const RANGE_WORDS = 4;
/** Words of prefix and suffix: enough to disambiguate, few enough to survive edits. */
const CONTEXT_WORDS = 2;

const WORD_END = /[\p{L}\p{N}]+$/u;
const WORD_START = /^[\p{L}\p{N}]+/u;

/**
 * Percent-encodes a directive part. `encodeURIComponent` already covers `&`, `,`, space and non-ASCII;
 * `-` must be encoded too because it marks prefix and suffix in the syntax.
 */
function encodePart(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function words(s: string): string[] {
  const f = fold(s);
  return f ? f.split(' ') : [];
}

/** Nearest whole words of the prefix on the quote's line, skipping a word that the stored context cut. */
function prefixWords(prefix: string, cut: boolean): string[] {
  const lineBreak = prefix.lastIndexOf('\n');
  const line = lineBreak >= 0 ? prefix.slice(lineBreak + 1) : prefix;
  const w = words(line);
  // A full-length prefix was cut from a longer text: unless it starts at a space, its first word is partial.
  if (cut && lineBreak < 0 && /^\S/.test(prefix)) w.shift();
  return w.slice(-CONTEXT_WORDS);
}

/** Nearest whole words of the suffix on the quote's line, skipping a word that the stored context cut. */
function suffixWords(suffix: string, cut: boolean): string[] {
  const lineBreak = suffix.indexOf('\n');
  const line = lineBreak >= 0 ? suffix.slice(0, lineBreak) : suffix;
  const w = words(line);
  if (cut && lineBreak < 0 && /\S$/.test(suffix)) w.pop();
  return w.slice(0, CONTEXT_WORDS);
}

/** Splits a URL into the part before `#` and its own fragment with any old directive removed. */
function splitUrl(url: string): { base: string; hash: string } {
  const hashAt = url.indexOf('#');
  if (hashAt < 0) return { base: url, hash: '' };
  let hash = url.slice(hashAt + 1);
  const directiveAt = hash.indexOf(':~:');
  if (directiveAt >= 0) hash = hash.slice(0, directiveAt);
  return { base: url.slice(0, hashAt), hash };
}

/**
 * Builds a link that opens `url` scrolled to (and highlighting) the quoted passage.
 *
 * The page's own fragment is kept (`#section:~:text=…`) because single-page sites route on it; an existing
 * text directive is replaced.
 * @param url the page address.
 * @param sel the quote as stored; only `exact`, `prefix` and `suffix` are used.
 * @returns the link, or `url` without a directive if the quote has no text.
 */
export function textFragment(url: string, sel: TextQuoteSelector): string {
  const { base, hash } = splitUrl(url);
  let exact = sel.exact;
  let prefix = sel.prefix;
  let suffix = sel.suffix;

  // Directives match whole words only: if the selection began or ended mid-word, widen it to the word.
  const head = WORD_END.exec(prefix);
  if (head && WORD_START.test(exact)) {
    exact = head[0] + exact;
    prefix = prefix.slice(0, head.index);
  }
  const tail = WORD_START.exec(suffix);
  if (tail && WORD_END.test(exact)) {
    exact += tail[0];
    suffix = suffix.slice(tail[0].length);
  }
  // White space at the quote's edges belongs with the context, where it separates words.
  prefix += /^\s*/.exec(exact)?.[0] ?? '';
  suffix = (/\s*$/.exec(exact)?.[0] ?? '') + suffix;

  const quoteWords = words(exact);
  if (quoteWords.length === 0) return hash ? `${base}#${hash}` : base;

  const parts: string[] = [];
  const before = prefixWords(prefix, sel.prefix.length >= DEFAULT_CONTEXT_LENGTH);
  if (before.length) parts.push(`${encodePart(before.join(' '))}-`);

  const lines = exact
    .trim()
    .split(/\s*\n\s*/)
    .filter((l) => l.trim() !== '');
  if (lines.length === 1 && quoteWords.length <= MAX_EXACT_WORDS) {
    parts.push(encodePart(quoteWords.join(' ')));
  } else {
    // Each of textStart and textEnd must lie within one block, so take them from the first and last lines.
    const firstLine = words(lines[0]);
    const lastLine = words(lines[lines.length - 1]);
    const startWords = firstLine.slice(0, RANGE_WORDS);
    const endWords = lines.length === 1 ? lastLine.slice(Math.max(RANGE_WORDS, lastLine.length - RANGE_WORDS)) : lastLine.slice(-RANGE_WORDS);
    parts.push(encodePart(startWords.join(' ')));
    parts.push(encodePart(endWords.join(' ')));
  }

  const after = suffixWords(suffix, sel.suffix.length >= DEFAULT_CONTEXT_LENGTH);
  if (after.length) parts.push(`-${encodePart(after.join(' '))}`);
  return `${base}#${hash}:~:text=${parts.join(',')}`;
}
