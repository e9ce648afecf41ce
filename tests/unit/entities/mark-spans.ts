import type { EntitySpan, EntityType } from '../../../src/core/entities/types.ts';

/** Spans for the marks, found in order in the text. */
export function spans(text: string, marks: [string, EntityType][]): EntitySpan[] {
  let from = 0;
  return marks.map(([t, type]) => {
    const start = text.indexOf(t, from);
    from = start + t.length;
    return { start, end: start + t.length, type, text: t };
  });
}
