import type { Gazetteer } from './gazetteer.ts';

/**
 * Feature templates of the names model. Everything here is computed from raw text only (no part-of-speech
 * tags), because at run time Margin only has the page text. Training and recognition share this file, so a
 * change here needs a retrained model.
 */

/** How a sentence is cased as a whole: normal, ALL CAPS (headline) or all lower-case. */
export type SentenceCase = 'N' | 'U' | 'L';

/** What the rest of the document says about a word, collected before tagging a sentence. */
export interface DocStats {
  /** Lower-cased word → bit 1: seen capitalized mid-sentence, bit 2: seen lower-case mid-sentence (normal sentences). */
  casing: Map<string, number>;
  /** Lower-cased word → how often the first pass tagged it inside PER, ORG, LOC, MISC entities (second pass only). */
  tagged?: Map<string, Int32Array>;
  /** Lower-cased word → bit mask of types (1 PER, 2 ORG, 4 LOC, 8 MISC) of first-pass entities it ended (second pass only). */
  ends?: Map<string, number>;
}

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** Character class for shapes: X upper-case letter, x other letter, d digit, else the character itself. */
function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    if (c >= 65 && c <= 90) return 'X';
    if (c >= 97 && c <= 122) return 'x';
    if (c >= 48 && c <= 57) return 'd';
    return ch;
  }
  // Outside ASCII: a letter changes under case mapping or is matched by the Unicode letter class.
  if (ch !== ch.toLowerCase()) return 'X';
  if (ch !== ch.toUpperCase() || /\p{L}/u.test(ch)) return 'x';
  return /\p{N}/u.test(ch) ? 'd' : ch;
}

/** Whether a word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  return word.length > 0 && charClass(word[0]) === 'X';
}

/** Word shape, e.g. "Xxxxx" for "Malaysia", "dd-dd" for "28-08"; long runs are kept to 4 marks. */
export function shape(word: string): string {
  let out = shapeCache.get(word);
  if (out !== undefined) return out;
  out = computeShape(word);
  // Shapes are asked for several times per word and page; a bounded cache saves recomputing them.
  if (shapeCache.size > 50_000) shapeCache.clear();
  shapeCache.set(word, out);
  return out;
}

const shapeCache = new Map<string, string>();

function computeShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = charClass(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Short word shape: runs of one kind of character fold to one mark ("Xx" for "Malaysia"). */
export function shortShape(word: string): string {
  return shortOfShape(shape(word));
}

/** Short shapes by shape: news text has a few hundred shapes, so this map stays small. */
const shortCache = new Map<string, string>();

function shortOfShape(s: string): string {
  let out = shortCache.get(s);
  if (out !== undefined) return out;
  out = '';
  for (const ch of s) if (out[out.length - 1] !== ch) out += ch;
  // Bounded like the shape cache, for pages in scripts with many letters outside A-Z.
  if (shortCache.size > 10_000) shortCache.clear();
  shortCache.set(s, out);
  return out;
}

/** Classifies a sentence as normal, ALL CAPS or lower-case from the letters of its words. */
export function sentenceCase(words: readonly string[]): SentenceCase {
  return sentenceCaseOfShapes(words.map(shape));
}

/** {@link sentenceCase} from the words' shapes. */
function sentenceCaseOfShapes(shapes: readonly string[]): SentenceCase {
  let upper = 0;
  let lower = 0;
  let capitalizedWords = 0;
  let letterWords = 0;
  for (const sh of shapes) {
    let letters = false;
    for (let k = 0; k < sh.length; k++) {
      const c = sh[k];
      if (c === 'X') upper++;
      else if (c === 'x') lower++;
      else continue;
      letters = true;
    }
    if (!letters) continue;
    letterWords++;
    if (sh[0] === 'X') capitalizedWords++;
  }
  if (letterWords === 0) return 'N';
  if (upper > 0 && lower <= upper * 0.1 && letterWords >= 2) return 'U';
  if (capitalizedWords === 0 && letterWords >= 3) return 'L';
  return 'N';
}

/** Collects how words are cased mid-sentence in the normal sentences of a document. */
export function collectCasing(doc: readonly (readonly string[])[], into: Map<string, number> = new Map()): Map<string, number> {
  for (const sent of doc)
    if (sentenceCase(sent) === 'N')
      addCasing(
        sent,
        sent.map((w) => w.toLowerCase()),
        into,
      );
  return into;
}

/** {@link collectCasing} of prepared sentences, which know their casing and lower-case words already. */
export function collectPreparedCasing(doc: readonly PreparedSentence[], into: Map<string, number> = new Map()): Map<string, number> {
  for (const s of doc) if (s.sc === 'N') addCasing(s.words, s.lower, into);
  return into;
}

/** Tokens after which a capital may start a new sentence. */
const SENTENCE_OPENERS = new Set(['"', "'", '“', '‘', ':', '(']);

function addCasing(sent: readonly string[], lower: readonly string[], into: Map<string, number>): void {
  for (let i = 1; i < sent.length; i++) {
    const w = sent[i];
    const first = w.length > 0 ? charClass(w[0]) : '';
    if (first !== 'X' && first !== 'x') continue;
    // Right after a quote or colon a capital may start a new sentence; skip those.
    if (SENTENCE_OPENERS.has(sent[i - 1])) continue;
    const lw = lower[i];
    const bit = first === 'X' ? 1 : 2;
    into.set(lw, (into.get(lw) ?? 0) | bit);
  }
}

function lengthBucket(n: number): string {
  return n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 7 ? '5-7' : '8+';
}

/** A sentence with the per-token values that several feature templates share, computed once. */
export interface PreparedSentence {
  words: readonly string[];
  lower: string[];
  shapes: string[];
  shorts: string[];
  sc: SentenceCase;
  /** Gazetteer features of each token (see gazetteer.ts). */
  gaz: string[][];
}

/** A word's lower-case form, shape and short shape. */
interface WordForms {
  lower: string;
  shape: string;
  short: string;
}

/**
 * Computes lower-case forms, shapes, gazetteer matches and the sentence casing of a sentence's tokens.
 * @param forms the forms of words already seen in the document, filled as words come: a small map that
 * stays in the processor's cache, in front of the large shape caches
 */
export function prepareSentence(words: readonly string[], gazetteer?: Gazetteer, forms?: Map<string, WordForms>): PreparedSentence {
  // Arrays built by push rather than map: optimized code makes map's results holey, and arrays whose
  // kind changes once the recognizer is warm send the code that reads them back to be compiled again.
  const shapes: string[] = [];
  const lower: string[] = [];
  const shorts: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let f = forms?.get(w);
    if (!f) {
      const sh = shape(w);
      f = { lower: w.toLowerCase(), shape: sh, short: shortOfShape(sh) };
      forms?.set(w, f);
    }
    shapes.push(f.shape);
    shorts.push(f.short);
    lower.push(f.lower);
  }
  let gaz: string[][];
  if (gazetteer) gaz = gazetteer.features(lower);
  else {
    gaz = [];
    for (let i = 0; i < words.length; i++) gaz.push([]);
  }
  return { words, lower, gaz, shapes, shorts, sc: sentenceCaseOfShapes(shapes) };
}

/**
 * Receives each feature as up to five pieces whose concatenation is the feature's name. Training collects
 * the names; the tagger hashes the pieces one after the other, which gives the same hash without building
 * the string (see hashFeature's seed).
 */
export type FeatureSink = (a: string, b?: string, c?: string, d?: string, e?: string) => void;

/**
 * Emits the features of token `i` that depend only on the word itself and the casing of its sentence, so
 * the tagger can cache their scores per word.
 */
export function emitWordFeatures(s: PreparedSentence, i: number, add: FeatureSink): void {
  const w = s.words[i];
  const lw = s.lower[i];
  const ss = s.shorts[i];
  add('b');
  add('w=', w);
  add('lw=', lw);
  add('sh=', s.shapes[i]);
  add('ss=', ss);
  add('sc=', s.sc, ss);
  add('len=', lengthBucket(w.length));
  for (let k = 1; k <= 4 && k < lw.length; k++) {
    add(PREFIX_NAMES[k], lw.slice(0, k));
    add(SUFFIX_NAMES[k], lw.slice(-k));
  }
}

/**
 * Emits the other features of token `i` that do not depend on labels chosen for earlier tokens, nor on a
 * first pass (see {@link docTagFeatures}): context words and shapes, gazetteer matches, document casing.
 */
export function emitContextFeatures(s: PreparedSentence, i: number, doc: DocStats, add: FeatureSink): void {
  const words = s.words;
  const sc = s.sc;
  const w = words[i];
  const lw = s.lower[i];
  const sh = s.shapes[i];
  const ss = s.shorts[i];
  const n = words.length;
  const lm1 = i > 0 ? s.lower[i - 1] : '<s>';
  const lm2 = i > 1 ? s.lower[i - 2] : '<s>';
  const lp1 = i + 1 < n ? s.lower[i + 1] : '</s>';
  const lp2 = i + 2 < n ? s.lower[i + 2] : '</s>';
  const sm1 = i > 0 ? s.shorts[i - 1] : '<s>';
  const sp1 = i + 1 < n ? s.shorts[i + 1] : '</s>';
  add('w-1=', lm1);
  add('W-1=', i > 0 ? words[i - 1] : '<s>');
  add('W+1=', i + 1 < n ? words[i + 1] : '</s>');
  add('Ww+1=', w, '|', lp1);
  add('w+1=', lp1);
  add('w-2=', lm2);
  add('w+2=', lp2);
  add('w-1w=', lm1, '|', lw);
  add('ww+1=', lw, '|', lp1);
  add('w-2w-1=', lm2, '|', lm1);
  add('w+1w+2=', lp1, '|', lp2);
  add('ss-1=', sm1);
  add('ss+1=', sp1);
  add('ss-1ss=', sm1, '|', ss);
  add('ssss+1=', ss, '|', sp1);
  add('ss3=', sm1, '|' + ss + '|', sp1);
  add('ss-1w=', sm1, '|', lw);
  add('ssw+1=', lw, '|', sp1);
  const own0 = sh[0];
  const gaz = s.gaz[i];
  for (const g of gaz) {
    add(g);
    add(g, '/', own0, sc);
  }
  // The set of lists a word is in: "tesla" as both a personal name and a company is not a plain surname.
  if (gaz.length > 1) add('gzs=', joined(gaz));
  add('gz-1=', i > 0 ? contextJoined(s.gaz[i - 1]) : '<s>');
  add('gz+1=', i + 1 < n ? contextJoined(s.gaz[i + 1]) : '</s>');
  if (i === 0) {
    add('first');
    add('firstss=', ss);
    add('firstw=', lw);
  }
  if (i === n - 1) add('last=', ss);
  // Where the sentence's own casing says nothing (first word, headline, lower-case text), the way the same
  // word is written elsewhere in the document tells a name from a common word.
  const casing = doc.casing.get(lw) ?? 0;
  const dc = DOC_CASING[casing & 3][own0 === 'X' ? 0 : own0 === 'x' ? 1 : 2];
  add(dc);
  add(dc, '/', sc, i === 0 ? '0' : '');
}

/** The features of a token's gazetteer matches joined (most tokens have none). */
function joined(gaz: readonly string[]): string {
  return gaz.length === 0 ? '' : gaz.length === 1 ? gaz[0] : gaz.join('');
}

/** The gazetteer feature of a word in the common-word list (C, see gazetteer.ts). */
const COMMON_WORD = 'gCU';

/**
 * A neighbour's gazetteer matches joined, without the common-word list: most words are common words, so
 * in the neighbours' features it would only split every context feature in two. It counts on the word itself.
 */
function contextJoined(gaz: readonly string[]): string {
  return gaz.includes(COMMON_WORD) ? joined(gaz.filter((g) => g !== COMMON_WORD)) : joined(gaz);
}

/** The "dc=" feature names by document casing bits and own casing (capital, lower case, other). */
const DOC_CASING = [0, 1, 2, 3].map((casing) => ['C', 'l', 'o'].map((own) => 'dc=' + (casing & 1 ? 'C' : '') + (casing & 2 ? 'l' : '') + '/' + own));

const PREFIX_NAMES = ['', 'p1=', 'p2=', 'p3=', 'p4='];
const SUFFIX_NAMES = ['', 's1=', 's2=', 's3=', 's4='];

/** The static features of token `i` as names (training collects these; the tagger hashes them). */
export function staticFeatures(s: PreparedSentence, i: number, doc: DocStats): string[] {
  const out: string[] = [];
  const add: FeatureSink = (a, b = '', c = '', d = '', e = '') => void out.push(a + b + c + d + e);
  emitWordFeatures(s, i, add);
  emitContextFeatures(s, i, doc, add);
  return out;
}

/** Second-pass features: what the first pass said about the same word elsewhere in the document. */
export function docTagFeatures(s: PreparedSentence, i: number, doc: DocStats): string[] {
  const f: string[] = [];
  emitDocTagFeatures(s, i, doc, (a, b = '', c = '', d = '', e = '') => void f.push(a + b + c + d + e));
  return f;
}

/** Emits the {@link docTagFeatures} of token `i` in pieces (see FeatureSink), in the same order. */
export function emitDocTagFeatures(s: PreparedSentence, i: number, doc: DocStats, add: FeatureSink): void {
  if (!doc.tagged) return;
  const lw = s.lower[i];
  const ss = s.shorts[i];
  const own = ss[0] === 'X' ? 'C' : ss[0] === 'x' ? 'l' : 'o';
  const sc = s.sc;
  const counts = doc.tagged.get(lw);
  if (counts) {
    let best = -1;
    let total = 0;
    for (let t = 0; t < 4; t++) {
      total += counts[t];
      if (counts[t] > 0) add('dt=', TYPES[t]);
      if (best < 0 || counts[t] > counts[best]) best = t;
    }
    if (total > 0 && counts[best] > 0) {
      add('dtm=', TYPES[best]);
      add('dtm=', TYPES[best], '/', own, sc);
      add('dtmss=', TYPES[best], ss);
      if (counts[4] > 0) add('dtO=', TYPES[best]);
    }
  }
  const ends = doc.ends?.get(lw) ?? 0;
  for (let t = 0; t < 4; t++) if (ends & (1 << t)) add('de=', TYPES[t]);
}

/**
 * The features that depend on the label of the previous token. Only one label back, so the tagger can
 * find the best label sequence of a sentence with Viterbi decoding.
 */
export function tagFeatures(prev: string, s: PreparedSentence, i: number): string[] {
  return ['t-1=' + prev, 't-1w=' + prev + '|' + s.lower[i], 't-1ss=' + prev + '|' + s.shorts[i]];
}
