/** Reading a specified page (the test news page or the demo page) for recognizer tests: expectations, blocks. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { EntitySpan } from '../../../src/core/entities/types.ts';

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
  return [...document.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/gu, ' ').trim()).join('\n\n');
}

/** The span that covers the first occurrence of `fragment` in `text`, or undefined (also when it is absent). */
export function coveringSpan(text: string, spans: readonly EntitySpan[], fragment: string): EntitySpan | undefined {
  const at = text.indexOf(fragment);
  if (at < 0) return undefined;
  return spans.find((s) => s.start <= at && at + fragment.length <= s.end);
}
