/** Tags in use, counted for completion: shared by the storage (`library/tags`) and the library page. */

export interface TagCount {
  tag: string;
  count: number;
}

/**
 * Every tag of the given lists with how many lists carry it, most used first (ties alphabetical). Tags that
 * differ only in case count as one, spelled as first seen.
 */
export function countTags(lists: Iterable<readonly string[] | undefined>): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const tags of lists) {
    for (const tag of tags ?? []) {
      const key = tag.toLowerCase();
      const entry = counts.get(key) ?? { tag, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
