/**
 * Small dynamic-programming edit distances for scoring anchoring candidates. The inputs are short (a quote of
 * a few hundred characters, a context of 32), so plain O(m·n) tables are fast enough and easy to check;
 * approx-string-match (Myers' bit-parallel search) is used where the whole page is searched.
 */

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbouring
 * characters each cost 1, so a transposed-letter typo costs one edit, not two.
 */
export function osaDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev2 = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j += 1) prev[j] = j;
  for (let i = 1; i <= m; i += 1) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/**
 * Edits needed to turn `pattern` into a suffix of `text` (the text may start anywhere, must end at its
 * end): how well a stored prefix fits the text just before a candidate. Reverse both for a suffix.
 */
export function endAlignedDistance(pattern: string, text: string): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return 0;
  let prev = new Int32Array(n + 1); // Row 0: any starting point in the text is free.
  let cur = new Int32Array(n + 1);
  for (let i = 1; i <= m; i += 1) {
    cur[0] = i;
    const cp = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cp === text.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n];
}

/**
 * Aligns all of `pattern` with all of `text` (fewest edits) and returns, for each of `cuts` (offsets into
 * the pattern), the span of text offsets the alignment passes through at that cut: `[min, max]` differ when
 * text was inserted right there. Used to find where the quote lies inside a passage that matched
 * `prefix + quote + suffix`.
 */
export function alignCuts(pattern: string, text: string, cuts: readonly number[]): [number, number][] {
  const m = pattern.length;
  const n = text.length;
  const w = n + 1;
  const d = new Int32Array((m + 1) * w);
  for (let j = 0; j <= n; j += 1) d[j] = j;
  for (let i = 1; i <= m; i += 1) {
    d[i * w] = i;
    const cp = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      d[i * w + j] = Math.min(d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + (cp === text.charCodeAt(j - 1) ? 0 : 1));
    }
  }
  const result: [number, number][] = cuts.map(() => [n + 1, -1]);
  let i = m;
  let j = n;
  const note = () => {
    cuts.forEach((c, k) => {
      if (c === i) result[k] = [Math.min(result[k][0], j), Math.max(result[k][1], j)];
    });
  };
  note();
  while (i > 0 || j > 0) {
    const here = d[i * w + j];
    if (i > 0 && j > 0 && here === d[(i - 1) * w + j - 1] + (pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 0 : 1)) {
      i -= 1;
      j -= 1;
    } else if (j > 0 && here === d[i * w + j - 1] + 1) {
      j -= 1;
    } else {
      i -= 1;
    }
    note();
  }
  return result;
}
