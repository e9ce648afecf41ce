/**
 * The "Key facts" of an article: each person, organization and place once with its number of mentions,
 * and each figure with the sentence it stands in (a figure means little without its sentence).
 */
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

/** A surname alone ("Xi") counts as a mention of the full name seen earlier ("Xi Jinping"). */
function nameKey(span: EntitySpan, fullNames: Map<string, string>): string {
  const text = span.text.replace(/['’]s$/, '');
  if (span.type === 'PER' && !text.includes(' ')) {
    const full = fullNames.get(text);
    if (full) return `PER:${full}`;
  }
  return `${span.type}:${text}`;
}

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
 * @returns names first (by mentions, then first appearance), then figures in text order.
 */
export function keyFacts(text: string, spans: readonly EntitySpan[]): KeyFact[] {
  const fullNames = new Map<string, string>();
  for (const span of spans) {
    if (span.type !== 'PER') continue;
    const parts = span.text.replace(/['’]s$/, '').split(/\s+/);
    if (parts.length < 2) continue;
    // Chinese names put the surname first (Xi Jinping → Xi), Western ones last (Anwar Ibrahim → Anwar/Ibrahim).
    fullNames.set(parts[parts.length - 1], parts.join(' '));
    fullNames.set(parts[0], parts.join(' '));
  }
  const names = new Map<string, KeyFact>();
  const figures: KeyFact[] = [];
  spans.forEach((span, i) => {
    if (NAME_TYPES.has(span.type)) {
      const key = nameKey(span, fullNames);
      const fact = names.get(key);
      if (fact) fact.count++;
      else names.set(key, { type: span.type, text: key.slice(key.indexOf(':') + 1), count: 1, first: i });
    } else {
      figures.push({ type: span.type, text: span.text, count: 1, sentence: sentenceAround(text, span.start, span.end), first: i });
    }
  });
  const named = [...names.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  return [...named, ...figures];
}
