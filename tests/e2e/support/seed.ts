/**
 * The pages whose cleaned and highlighted state is specified, both written for the project: the test news
 * page (tests/fixtures/pages) and the demo page `npm start` opens.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Expected {
  title: string;
  byline: string;
  published: string;
  visible: string[];
  hidden: string[];
  entities: Record<'PER' | 'LOC' | 'ORG', string[]>;
  numbers: string[];
  not_entities: string[];
}

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string): Expected => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));

/** The test news page, served by the test server under /fixtures/. */
export const SEED_PATH = '/fixtures/lithium-refinery.html';
export const seedExpected = read('tests/fixtures/pages/lithium-refinery.expected.json');
/** Passages of its article with no name or figure in them: `early` comes before `later` in the page. */
export const SEED_PASSAGES = {
  early: 'Nothing has been signed, and the talks are still at an early stage.',
  later: 'would take brine pumped from the salt flats inland',
} as const;

/** Every specified page: the test news page and the demo page. */
export const SPECIFIED_PAGES = [
  { name: 'test news page', path: SEED_PATH, expected: seedExpected },
  { name: 'demo page', path: '/demo/index.html', expected: read('demo/expected.json') },
];
