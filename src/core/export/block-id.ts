/**
 * Short, stable identifiers for exported things: block ids (`^a1b2c3d4`) that other notes link to, and the
 * hash part of file names. Both must come out the same on every export so links and files survive a
 * re-export.
 */

/** FNV-1a over the UTF-16 code units: tiny, fast and stable across runs (not for security). */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A base-36 hash of `text`, `length` characters long (two seeds give up to 12 characters). */
export function shortHash(text: string, length = 6): string {
  const a = fnv1a(text).toString(36).padStart(7, '0');
  const b = fnv1a(text, 0x01000193).toString(36).padStart(7, '0');
  return (a + b).slice(0, length);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The block id of a highlight: the first 8 hex digits of a UUID (what a reader sees of Margin's ids), or a
 * hash of any other id. Obsidian allows only letters, digits and `-` in block ids.
 */
export function blockId(id: string): string {
  return UUID.test(id) ? id.slice(0, 8).toLowerCase() : shortHash(id, 8);
}
