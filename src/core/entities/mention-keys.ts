/**
 * Which recognized spans mention the same thing, as one key per span: a person named in full and later by
 * surname ("Jonas Varga", "Varga", "Varga's"), a company with and without its legal form ("Nordic Ferry
 * Holdings AB", "Nordic Ferry Holdings"), a place or a figure repeated word for word. The clean view uses
 * it to mark only first mentions and to follow one name through a story.
 */
import type { EntitySpan, EntityType } from './types.ts';

const NAME_TYPES = new Set<EntityType>(['PER', 'ORG', 'LOC', 'MISC']);

const bare = (text: string) =>
  text
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * @param spans recognized spans in text order.
 * @returns one key per span; spans with the same key mention the same person, organization, place or figure.
 */
export function mentionKeys(spans: readonly EntitySpan[]): string[] {
  // Full personal names by each of their single words: Chinese names put the surname first (Xi Jinping → Xi),
  // Western ones last (Anwar Ibrahim → Ibrahim); a later full name with the same word takes it over.
  const personByWord = new Map<string, string>();
  const organizations: string[] = [];
  return spans.map((span) => {
    const text = bare(span.text);
    if (!NAME_TYPES.has(span.type)) return `${span.type}:${text}`;
    const words = text.split(' ');
    if (span.type === 'PER') {
      if (words.length === 1) return `PER:${personByWord.get(text) ?? text}`;
      for (const word of [words[0], words[words.length - 1]]) personByWord.set(word, text);
      return `PER:${text}`;
    }
    if (span.type === 'ORG') {
      // A shorter name at the start of one seen before ("Nordic Ferry Holdings" of "... Holdings AB"), or the
      // other way round, is the same organization under its first-seen name.
      const same = organizations.find((full) => startsWithWords(full, text) || startsWithWords(text, full));
      if (same) return `ORG:${same}`;
      organizations.push(text);
    }
    return `${span.type}:${text}`;
  });
}

/** True when `text` starts with all of `head`'s words (at least two) and has more. */
function startsWithWords(text: string, head: string): boolean {
  return text.length > head.length && text.startsWith(head) && text[head.length] === ' ' && head.includes(' ');
}

/**
 * Indices of the spans to mark when only first mentions are: the first mention of each key, and where a
 * shorter form came first ("Nordvind Shipping" in a headline), also the first mention of its full form
 * ("Nordvind Shipping ASA"), which says what the name is.
 */
export function firstMentions(keys: readonly string[], spans?: readonly EntitySpan[]): Set<number> {
  const first = new Map<string, number>();
  const fullest = new Map<string, number>();
  keys.forEach((key, i) => {
    if (!first.has(key)) first.set(key, i);
    if (!spans) return;
    const best = fullest.get(key);
    if (best === undefined || bare(spans[i].text).length > bare(spans[best].text).length) fullest.set(key, i);
  });
  return new Set([...first.values(), ...fullest.values()]);
}
