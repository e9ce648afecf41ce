/** The record of a page Margin knows only by its key: shared by the storage and the library's index Worker. */
import type { KeyFact } from '../facts/key-facts.ts';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * A record for a page Margin knows only by its key (highlights made before the library, a page that did not
 * answer, an imported highlight): the given title or the key itself, the host as its site.
 */
export function bareRecord(url: string, savedAt: string, title?: string) {
  return {
    url,
    title: title || url,
    site: hostOf(url),
    savedAt,
    updatedAt: savedAt,
    entities: { people: [] as string[], organizations: [] as string[], places: [] as string[] },
    keyFacts: [] as KeyFact[],
    note: '',
    tags: [] as string[],
  };
}
