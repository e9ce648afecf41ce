/**
 * Which recognized spans mention the same thing, as one key per span: the names the key facts group as one
 * entity (`groupMentions`: "Jonas Varga", "Varga", "Varga's"), a company with and without its legal form
 * joined to its full name ("Nordic Ferry Holdings" to "Nordic Ferry Holdings AB"), a figure repeated word for
 * word. The clean view uses it to mark only first mentions and to follow one name through a story.
 */
import { groupMentions, mentionForm } from './mentions.ts';
import type { EntitySpan } from './types.ts';

const bare = (text: string) => mentionForm(text);

/**
 * @param spans recognized spans in text order.
 * @returns one key per span; spans with the same key mention the same person, organization, place or figure.
 */
export function mentionKeys(spans: readonly EntitySpan[]): string[] {
  const keys = spans.map((span, i) => `${span.type}:${bare(span.text) || i}`);
  const groups = groupMentions(spans);
  const organizations = groups.filter((g) => g.type === 'ORG').map((g) => mentionForm(g.name));
  for (const group of groups) {
    let name = mentionForm(group.name);
    // A company's shorter name is the same company under its full name.
    if (group.type === 'ORG') name = organizations.find((full) => startsWithWords(full, name)) ?? name;
    for (const i of group.members) keys[i] = `${group.type}:${name}`;
  }
  return keys;
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
