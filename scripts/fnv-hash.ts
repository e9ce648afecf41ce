/** FNV-1a hash of a string: a fixed, tuning-independent way for the benchmarks to pick held-out pages and seed draws. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
