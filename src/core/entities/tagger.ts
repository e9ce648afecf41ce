/**
 * Greedy left-to-right BILOU tagging of a document with one or two passes of the names model.
 *
 * The second pass sees what the first pass said about the same words elsewhere in the document (Ratinov &
 * Roth 2009), so "Sharma" alone in paragraph four is tagged like "Abhisar Sharma" in paragraph one.
 */
import { collectCasing, docTagFeatures, isCapitalized, prepareSentence, staticFeatures, tagFeatures, type DocStats, type PreparedSentence } from './features.ts';
import { LABELS, allowed, labelsToSpans, NAME_LABEL_TYPES } from './labels.ts';
import { hashFeature, type WeightTable } from './weights.ts';

/** Hashes of the features of each token that the first and second pass share, computed once. */
export function baseHashes(s: PreparedSentence, doc: DocStats): Uint32Array[] {
  return s.words.map((_, i) => Uint32Array.from(staticFeatures(s, i, doc), hashFeature));
}

/**
 * Tags one prepared sentence greedily, keeping the label sequence well-formed.
 * @param base the shared feature hashes from {@link baseHashes}
 * @param secondPass whether to add the document features of a first pass (`doc.tagged`)
 */
export function tagSentence(table: WeightTable, s: PreparedSentence, doc: DocStats, base = baseHashes(s, doc), secondPass = false): string[] {
  const out: string[] = [];
  const scores = new Float64Array(LABELS.length);
  let prev1 = '<s>';
  let prev2 = '<s>';
  for (let i = 0; i < s.words.length; i++) {
    scores.fill(0);
    for (const h of base[i]) {
      const r = table.rowOfHash(h);
      if (r >= 0) table.addRow(r, scores);
    }
    if (secondPass) {
      for (const f of docTagFeatures(s, i, doc)) {
        const r = table.row(f);
        if (r >= 0) table.addRow(r, scores);
      }
    }
    for (const f of tagFeatures(prev1, prev2, s, i)) {
      const r = table.row(f);
      if (r >= 0) table.addRow(r, scores);
    }
    const last = i === s.words.length - 1;
    const before = prev1 === '<s>' ? 'O' : prev1;
    let best = -1;
    for (let k = 0; k < LABELS.length; k++) {
      const l = LABELS[k];
      if (!allowed(before, l)) continue;
      // A sentence cannot end inside a name.
      if (last && (l[0] === 'B' || l[0] === 'I')) continue;
      if (best < 0 || scores[k] > scores[best]) best = k;
    }
    out.push(LABELS[best]);
    prev2 = prev1;
    prev1 = LABELS[best];
  }
  return out;
}

/** Adds what the first pass tagged in a document to its statistics, for the second pass. */
export function collectTagged(doc: readonly PreparedSentence[], labels: readonly (readonly string[])[], stats: DocStats): void {
  const tagged = (stats.tagged ??= new Map());
  const ends = (stats.ends ??= new Map());
  const inside = doc.map((s) => new Array<boolean>(s.words.length).fill(false));
  for (let s = 0; s < doc.length; s++) {
    const lower = doc[s].lower;
    for (const span of labelsToSpans(labels[s])) {
      const t = NAME_LABEL_TYPES.indexOf(span.type);
      for (let k = span.start; k < span.end; k++) {
        inside[s][k] = true;
        let c = tagged.get(lower[k]);
        if (!c) tagged.set(lower[k], (c = new Int32Array(5)));
        c[t]++;
      }
      const lw = lower[span.end - 1];
      ends.set(lw, (ends.get(lw) ?? 0) | (1 << t));
    }
  }
  // Count capitalized words left outside names, so one stray tag does not outvote many plain uses.
  for (let s = 0; s < doc.length; s++) {
    for (let k = 0; k < doc[s].words.length; k++) {
      if (inside[s][k] || !isCapitalized(doc[s].words[k])) continue;
      const c = tagged.get(doc[s].lower[k]);
      if (c) c[4]++;
    }
  }
}

/**
 * Tags the `target` sentences of a document. `extra` sentences (the rest of the article) only inform the
 * document statistics and are not returned.
 */
export function tagDocument(
  tables: readonly WeightTable[],
  target: readonly (readonly string[])[],
  extra: readonly (readonly string[])[] = [],
): string[][] {
  const all = [...target, ...extra].map(prepareSentence);
  const stats: DocStats = { casing: collectCasing([...target, ...extra]) };
  const base = all.map((s) => baseHashes(s, stats));
  const first = all.map((s, k) => tagSentence(tables[0], s, stats, base[k]));
  if (tables.length < 2) return first.slice(0, target.length);
  collectTagged(all, first, stats);
  return all.slice(0, target.length).map((s, k) => tagSentence(tables[1], s, stats, base[k], true));
}
