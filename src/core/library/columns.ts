/**
 * Growing columns of numbers for the library index (highlight-index.ts): 100,000 highlights' pages, times,
 * colours and versions held in typed arrays take a fraction of the memory of objects or plain arrays.
 */
/** A list of numbers that grows, one typed array: per-highlight fields in 1, 4 or 8 bytes each. */
export class Column<T extends Int32Array | Float64Array | Uint8Array> {
  length = 0;
  constructor(public data: T) {}
  push(value: number): number {
    if (this.length === this.data.length) this.grow(this.length * 2 || 4);
    this.data[this.length] = value;
    return this.length++;
  }
  grow(size: number): void {
    if (size <= this.data.length) return;
    const next = new (this.data.constructor as new (n: number) => T)(size);
    next.set(this.data);
    this.data = next;
  }
}
export const ints = (n = 0) => new Column(new Int32Array(n));
