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
