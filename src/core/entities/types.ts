/** Kinds of span Margin recognizes: names (PER, ORG, LOC, MISC) and key figures (the rest). */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC' | 'MONEY' | 'PERCENT' | 'QUANTITY' | 'DATE' | 'TIME' | 'DURATION' | 'NUMBER';

export const NAME_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
/** DURATION: how long ("15 years", "a few minutes"), not when. */
export const FIGURE_TYPES: readonly EntityType[] = ['MONEY', 'PERCENT', 'QUANTITY', 'DATE', 'TIME', 'DURATION', 'NUMBER'];

/** One recognized span; offsets are JavaScript string indices into the text it was found in. */
export interface EntitySpan {
  start: number;
  end: number;
  type: EntityType;
  /** The covered text, `text.slice(start, end)`. */
  text: string;
}

/** What the recognizer found in a text (Recognizer.analyze): its language and spans. */
export interface TextEntities {
  /** The language Margin took the text to be in (ISO 639-1, see language.ts). */
  language: string;
  /** Whether names were looked for: only in languages the names model reads well (English). */
  namesMarked: boolean;
  /** Names (when marked) and figures, sorted, not overlapping. */
  spans: EntitySpan[];
}
