/**
 * The "Key facts" of an article: each person, organization and place once with its number of mentions
 * (all mentions of one entity, "Tim Cook", "Cook", "FAA" for "Federal Aviation Administration", as one entry;
 * see src/core/entities/mentions.ts), and each figure and date once, with the sentence of its first mention
 * (a figure means little without its sentence) and how often it is mentioned.
 */
import { groupMentions } from '../entities/mentions.ts';
import type { EntitySpan, EntityType } from '../entities/types.ts';

export interface KeyFact {
  type: EntityType;
  text: string;
  count: number;
  /** For figures and dates: the sentence around the first mention. */
  sentence?: string;
  /** Index into the span list of the first mention, to scroll to it. */
  first: number;
}

const NAME_TYPES = new Set<EntityType>(['PER', 'ORG', 'LOC', 'MISC']);

/** True when a sentence ends just before `i`: a stop followed by space (so "$1.2" or "U.S.A" do not split). */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i - 1];
  if (ch === '\n') return true;
  return (ch === '.' || ch === '!' || ch === '?') && (i >= text.length || /\s/.test(text[i]));
}

/** The sentence of `text` around `[start, end)`, trimmed to a readable length. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text, from)) from--;
  let to = end;
  while (to < text.length && !endsSentence(text, to)) to++;
  const sentence = text.slice(from, to).trim();
  return sentence.length > 400 ? sentence.slice(0, 399) + '…' : sentence;
}

/**
 * @param text the article text the spans index into.
 * @param spans recognized spans, sorted by start.
 * @returns names first (by mentions, then first appearance), then figures in order of first mention.
 */
export function keyFacts(text: string, spans: readonly EntitySpan[]): KeyFact[] {
  const names: KeyFact[] = groupMentions(spans).map((g) => ({ type: g.type, text: g.name, count: g.members.length, first: g.members[0] }));
  const figures = new Map<string, KeyFact>();
  spans.forEach((span, i) => {
    if (NAME_TYPES.has(span.type)) return;
    // The same figure or date written the same way is one fact, however often the article repeats it.
    const key = `${span.type}:${span.text.replace(/\s+/gu, ' ')}`;
    const fact = figures.get(key);
    if (fact) fact.count++;
    else figures.set(key, { type: span.type, text: span.text, count: 1, sentence: sentenceAround(text, span.start, span.end), first: i });
  });
  const named = names.sort((a, b) => b.count - a.count || a.first - b.first);
  return [...named, ...figures.values()];
}
