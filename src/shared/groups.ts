/** How entity types are grouped, named and drawn for readers. */
import type { EntityType } from '../core/entities/types.ts';
import type { EntityGroup, HighlightColor } from './types.ts';

export const GROUP_OF: Record<EntityType, EntityGroup> = {
  PER: 'people',
  ORG: 'organizations',
  LOC: 'places',
  MISC: 'other',
  MONEY: 'figures',
  PERCENT: 'figures',
  QUANTITY: 'figures',
  NUMBER: 'figures',
  DATE: 'dates',
  TIME: 'dates',
  // How long something lasted ("15 years") is a measure, not a date.
  DURATION: 'figures',
};

/** The CSS line styles a mark can be drawn with. */
export type LineStyle = 'solid' | 'double' | 'dotted' | 'wavy' | 'dashed';

/**
 * Label, colour and line per group: the one table both the marks in the text and the legend's swatches are
 * drawn from (`markDecoration`). Colour is never the only cue (colour-blind readers): each group has a line
 * of its own, a style and, where CSS's five styles run out, a line over the text too — a unit test keeps
 * them apart. Backgrounds are translucent so they read on dark pages as well, and their hues stay away from
 * the reader's highlight colours (`HIGHLIGHT_STYLE`).
 */
export const GROUP_STYLE: Record<EntityGroup, { label: string; background: string; line: string; underline: LineStyle; overline?: true }> = {
  people: { label: 'People', background: 'rgba(99, 102, 241, 0.2)', line: '#4338ca', underline: 'solid' },
  organizations: { label: 'Organizations', background: 'rgba(239, 68, 68, 0.17)', line: '#b91c1c', underline: 'double' },
  places: { label: 'Places', background: 'rgba(34, 197, 94, 0.2)', line: '#15803d', underline: 'dotted' },
  figures: { label: 'Figures', background: 'rgba(168, 85, 247, 0.2)', line: '#7e22ce', underline: 'wavy' },
  dates: { label: 'Dates', background: 'rgba(100, 116, 139, 0.22)', line: '#475569', underline: 'dashed' },
  other: { label: 'Other names', background: 'rgba(120, 113, 108, 0.2)', line: '#57534e', underline: 'dotted', overline: true },
};

/** The `text-decoration` of a group's marks, in the text and in the legend alike. */
export function markDecoration(group: EntityGroup, thickness = '2px'): string {
  const s = GROUP_STYLE[group];
  return `${s.overline ? 'underline overline' : 'underline'} ${s.underline} ${s.line} ${thickness}`;
}

/**
 * The reader's highlight colours: `mark` in the text, `swatch` on the toolbar's buttons. Their hues are
 * kept at least 35° from every entity colour's (people's indigo against the blue highlight's sky, places'
 * green against the green highlight's lime), and they draw no line, so a highlight never reads as a name.
 */
export const HIGHLIGHT_STYLE: Record<HighlightColor, { mark: string; swatch: string }> = {
  yellow: { mark: 'rgba(250, 204, 21, 0.45)', swatch: '#facc15' },
  green: { mark: 'rgba(163, 230, 53, 0.5)', swatch: '#a3e635' },
  blue: { mark: 'rgba(56, 189, 248, 0.42)', swatch: '#38bdf8' },
  pink: { mark: 'rgba(240, 60, 170, 0.35)', swatch: '#f03caa' },
};

/** Names a group of a Key facts list. */
export const FACT_SECTIONS: { title: string; types: EntityType[] }[] = [
  { title: 'People', types: ['PER'] },
  { title: 'Organizations', types: ['ORG'] },
  { title: 'Places', types: ['LOC'] },
  { title: 'Figures', types: ['MONEY', 'PERCENT', 'QUANTITY', 'NUMBER'] },
  { title: 'Dates', types: ['DATE', 'TIME'] },
  { title: 'Durations', types: ['DURATION'] },
];
