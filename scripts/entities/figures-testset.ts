/**
 * The team's labelled key-figure test set (tests/data/figures.jsonl) and its scoring: exact match of
 * start, end and type, micro-averaged and per type.
 */
import { readFileSync } from 'node:fs';
import type { EntitySpan } from '../../src/core/entities/types.ts';
import type { Counts } from './conll.ts';

/** One labelled sentence. */
export interface FigureCase {
  text: string;
  figures: EntitySpan[];
}

/** Reads the test set (path relative to the project root by default). */
export function readFigureCases(path = 'tests/data/figures.jsonl'): FigureCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as FigureCase);
}

/** Scores predicted figures against the labels; returns counts per type and a list of mistakes. */
export function scoreFigures(
  cases: readonly FigureCase[],
  find: (text: string) => EntitySpan[],
): { byType: Map<string, Counts>; all: Counts; mistakes: string[] } {
  const byType = new Map<string, Counts>();
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const mistakes: string[] = [];
  const bump = (type: string, k: keyof Counts) => {
    const c = byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    all[k]++;
    byType.set(type, c);
  };
  const key = (s: EntitySpan) => `${s.start}:${s.end}:${s.type}`;
  for (const c of cases) {
    const gold = new Map(c.figures.map((s) => [key(s), s]));
    const pred = new Map(find(c.text).map((s) => [key(s), s]));
    for (const [k, s] of pred) {
      if (gold.has(k)) bump(s.type, 'tp');
      else {
        bump(s.type, 'fp');
        mistakes.push(`extra ${s.type} "${s.text}" in: ${c.text}`);
      }
    }
    for (const [k, s] of gold) {
      if (!pred.has(k)) {
        bump(s.type, 'fn');
        mistakes.push(`missed ${s.type} "${s.text}" in: ${c.text}`);
      }
    }
  }
  return { byType, all, mistakes };
}
