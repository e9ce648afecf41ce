/**
 * Splits raw article text into sentences of tokens, the way the CoNLL-2003 training data is tokenized, while
 * remembering where each token is in the text.
 *
 * The names model was trained on CoNLL tokens, so run-time tokens must look the same: "U.S." and "Inc." keep
 * their period, "Malaysia's" is "Malaysia" + "'s", "don't" is "do" + "n't", "state-linked" and "1,200.5" stay
 * whole, and every other punctuation mark is a token of its own.
 */

/** One token with its offsets (JavaScript string indices) in the text it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words that keep a final period as part of the token (titles, company forms, months). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'sen',
  'rep',
  'gov',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'plc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'vs',
  'etc',
  'mt',
  'ft',
  'no',
  'nos',
  'rev',
  'messrs',
  'pres',
  'gov',
  'dept',
  'univ',
  'ave',
  'blvd',
  'rd',
  'approx',
  'est',
  'fig',
  'vol',
  'govt',
  'mln',
  'bln',
  'pct',
]);

// A word: letters, digits and marks, joined by inner hyphens, ampersands, apostrophes or slashes.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-&'’/][\p{L}\p{M}\p{N}]+)*/uy;
// An acronym with inner periods: U.S., U.N., e.g.
const ACRONYM = /\p{L}(?:\.\p{L})+\.?/uy;
// A number with grouping or decimal separators: 1,200.50, 10:52, 28-08-2025 is a WORD.
const NUMBER = /\p{N}+(?:[.,:]\p{N}+)+/uy;
const SPACE = /\s/u;

const CLITIC = /^(.+?)(n['’]t|['’][sS]|['’](?:re|ve|ll|d|m))$/u;

/** Splits a WORD match into CoNLL tokens: possessive 's and n't are separate. */
function splitClitics(word: string, start: number, out: Token[]): void {
  // Most words have no apostrophe; the regular expression's lazy match was a twentieth of recognition.
  const m = word.includes("'") || word.includes('’') ? CLITIC.exec(word) : null;
  if (m && m[1].length > 0) {
    out.push({ text: m[1], start, end: start + m[1].length });
    out.push({ text: m[2], start: start + m[1].length, end: start + word.length });
  } else {
    out.push({ text: word, start, end: start + word.length });
  }
}

const LETTER = /\p{L}/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/**
 * Whether a word followed by a period keeps it as part of its token: a known abbreviation ("Gov.", "Inc.")
 * or a single capital letter ("John F. Kennedy"). Training joins CoNLL's "Gov" "." the same way.
 */
export function keepsPeriod(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase()) || SINGLE_CAPITAL.test(word);
}

/**
 * Where a match of the sticky expression `re` at index i of `text` ends, or -1. `test` rather than `exec`:
 * no match array for every token.
 */
function matchEnd(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

/** Tokenizes `text` into a flat list of tokens (no sentence structure). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i])) {
      i++;
      continue;
    }
    // An acronym has a period right after its first letter (two code units if outside the BMP); an ASCII
    // letter starts no number. Checking that first saves most of the regular expression calls.
    const dot = text.charCodeAt(i + 1) === 46 || (c >= 0xd800 && c <= 0xdbff && text.charCodeAt(i + 2) === 46);
    let end = dot ? matchEnd(ACRONYM, text, i) : -1;
    if (end >= 0 && LETTER.test(text[end] ?? ' ') === false) {
      out.push({ text: text.slice(i, end), start: i, end });
      i = end;
      continue;
    }
    end = (c | 32) >= 97 && (c | 32) <= 122 ? -1 : matchEnd(NUMBER, text, i);
    if (end >= 0 && !LETTER.test(text[end] ?? ' ')) {
      out.push({ text: text.slice(i, end), start: i, end });
      i = end;
      continue;
    }
    end = matchEnd(WORD, text, i);
    if (end >= 0) {
      let word = text.slice(i, end);
      // Keep the period of a known abbreviation or a single capital letter ("John F. Kennedy").
      if (text[end] === '.' && keepsPeriod(word)) {
        word += '.';
        out.push({ text: word, start: i, end: i + word.length });
      } else {
        splitClitics(word, i, out);
      }
      i += word.length;
      continue;
    }
    // Any other character is a token of its own, except a surrogate pair, which stays whole.
    const code = text.codePointAt(i) ?? 0;
    const len = code > 0xffff ? 2 : 1;
    out.push({ text: text.slice(i, i + len), start: i, end: i + len });
    i += len;
  }
  return out;
}

/** Whether text[from..to) holds a line break (without slicing it: this runs for every token). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/**
 * Tokenizes `text` and groups the tokens into sentences. A sentence ends at a line break, at "." "!" "?"
 * (with any closing quotes or brackets right after) before a token that does not start lower-case, and at
 * a "|" separator as used in bylines.
 */
export function sentences(text: string): Token[][] {
  const tokens = tokenize(text);
  const result: Token[][] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length > 0) result.push(current);
    current = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (current.length > 0) {
      const prev = current[current.length - 1];
      // A line break between two tokens ends the sentence: headlines, bylines and paragraphs are blocks.
      if (hasLineBreak(text, prev.end, tok.start)) flush();
    }
    current.push(tok);
    const t = tok.text;
    if (t === '.' || t === '!' || t === '?' || t === '|') {
      while (k + 1 < tokens.length && CLOSERS.has(tokens[k + 1].text) && tokens[k + 1].start === current[current.length - 1].end) {
        current.push(tokens[++k]);
      }
      const next = tokens[k + 1];
      if (t === '|' || !next || !/^\p{Ll}/u.test(next.text)) flush();
    }
  }
  flush();
  return result;
}
