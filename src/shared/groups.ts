/** How entity types are grouped, named and drawn for readers. */
import type { EntityType } from '../core/entities/types.ts';
import type { EntityGroup } from './types.ts';

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

/**
 * Label, colour and underline style per group. Colour is never the only cue (colour-blind readers): each
 * group has its own underline style too. Backgrounds are translucent so they read on dark pages as well.
 */
export const GROUP_STYLE: Record<
  EntityGroup,
  { label: string; background: string; line: string; underline: 'solid' | 'double' | 'dotted' | 'wavy' | 'dashed' }
> = {
  people: { label: 'People', background: 'rgba(59, 130, 246, 0.22)', line: '#2563eb', underline: 'solid' },
  organizations: { label: 'Organizations', background: 'rgba(249, 115, 22, 0.22)', line: '#c2410c', underline: 'double' },
  places: { label: 'Places', background: 'rgba(16, 185, 129, 0.22)', line: '#047857', underline: 'dotted' },
  figures: { label: 'Figures', background: 'rgba(168, 85, 247, 0.22)', line: '#7e22ce', underline: 'wavy' },
  dates: { label: 'Dates', background: 'rgba(100, 116, 139, 0.22)', line: '#475569', underline: 'dashed' },
  other: { label: 'Other names', background: 'rgba(234, 179, 8, 0.18)', line: '#a16207', underline: 'dotted' },
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
