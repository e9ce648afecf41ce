/**
 * The pages whose cleaned and highlighted state is specified: the shared seed page (read from ../shared,
 * never copied into the repository) and the project's own demo page.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SHARED } from './server.ts';

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

const read = (path: string): Expected => JSON.parse(readFileSync(path, 'utf8'));

export const SEED_PATH = '/seed/devdiscourse-rare-earth.html';
export const seedExpected = read(join(SHARED, 'fixtures/seed/devdiscourse-rare-earth.expected.json'));

/** Every specified page: the seed page and the demo page `npm start` opens. */
export const SPECIFIED_PAGES = [
  { name: 'seed page', path: SEED_PATH, expected: seedExpected },
  { name: 'demo page', path: '/demo/index.html', expected: read(resolve(import.meta.dirname, '../../../demo/expected.json')) },
];
