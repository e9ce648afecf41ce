/** Reading a specified page (seed or demo) for recognizer tests: its expectations and its article blocks. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

export interface PageExpectations {
  entities: Record<'PER' | 'ORG' | 'LOC', string[]>;
  numbers: string[];
  not_entities: string[];
}

export function readExpectations(path: string): PageExpectations {
  return JSON.parse(readFileSync(path, 'utf8')) as PageExpectations;
}

/** The text of the elements `selector` finds in the page, one block each, separated by a blank line. */
export function blocksText(htmlPath: string, selector: string): string {
  const { document } = parseHTML(readFileSync(htmlPath, 'utf8'));
  return [...document.querySelectorAll(selector)]
    .map((el) => (el.textContent ?? '').replace(/\s+/gu, ' ').trim())
    .join('\n\n');
}
