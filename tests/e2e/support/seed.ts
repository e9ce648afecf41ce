/** The seed page's expectations, read from ../shared (never copied into the repository). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

export const SEED_PATH = '/seed/devdiscourse-rare-earth.html';
export const seedExpected: Expected = JSON.parse(readFileSync(join(SHARED, 'fixtures/seed/devdiscourse-rare-earth.expected.json'), 'utf8'));
