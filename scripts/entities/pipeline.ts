/**
 * Training steps of the names model shared by the training script: example building with casing
 * augmentation, perceptron training, quantization into a shippable weight table, and scoring.
 */
import { collectCasing, docTagFeatures, prepareSentence, staticFeatures, type DocStats } from '../../src/core/entities/features.ts';
import { iobToBilou, LABEL_INDEX, LABELS, labelsToSpans } from '../../src/core/entities/labels.ts';
import { collectTagged, tagDocument, tagSentence } from '../../src/core/entities/tagger.ts';
import type { Gazetteer } from '../../src/core/entities/gazetteer.ts';
import { hashFeature, quantizeWeight, WeightTable } from '../../src/core/entities/weight-table.ts';
import type { ConllSentence, Counts } from './conll.ts';
import { Perceptron, rng, type Example } from './perceptron.ts';

/** The gazetteer used for features while training, set by the training script. */
let gazetteer: Gazetteer | undefined;

/** Sets the gazetteer whose matches become features (undefined: none). */
export function useGazetteer(g: Gazetteer | undefined): void {
  gazetteer = g;
}

/** First-pass labels per document and sentence, for second-pass statistics; absent for the first pass. */
export type FirstPass = (string[][] | undefined)[];

/** Document statistics as the tagger computes them at run time. */
export function docStats(doc: readonly ConllSentence[], first?: string[][]): DocStats {
  const stats: DocStats = { casing: collectCasing(doc.map((s) => s.words)) };
  if (first)
    collectTagged(
      doc.map((s) => prepareSentence(s.words, gazetteer)),
      first,
      stats,
    );
  return stats;
}

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as', 'but', 'from']);

/** Headline style: every word capitalized except short function words after the first. */
function titleCase(words: readonly string[]): string[] {
  return words.map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)));
}

/**
 * Builds training examples. Besides each sentence as written, a seeded share of sentences is added again in
 * ALL CAPS, in lower case or in Title Case, so the model learns to lean on word identity and document casing where the
 * sentence's own casing says nothing (headlines, sloppy text).
 */
export function buildExamples(
  p: Perceptron,
  docs: readonly ConllSentence[][],
  first: FirstPass,
  seed: number,
  repeat?: readonly number[],
): Example[] {
  const random = rng(seed);
  const out: Example[] = [];
  docs.forEach((doc, d) => {
    const times = repeat?.[d] ?? 1;
    const stats = docStats(doc, first[d]);
    for (const s of doc) {
      const gold = Int32Array.from(iobToBilou(s.tags).map((l) => LABEL_INDEX.get(l) ?? 0));
      const variants = [s.words];
      const x = random();
      if (x < 0.08) variants.push(s.words.map((w) => w.toUpperCase()));
      else if (x < 0.14) variants.push(s.words.map((w) => w.toLowerCase()));
      else if (x < 0.2) variants.push(titleCase(s.words));
      for (const words of variants) {
        const sentence = prepareSentence(words, gazetteer);
        const staticIds = words.map((_, i) =>
          Int32Array.from([...staticFeatures(sentence, i, stats), ...docTagFeatures(sentence, i, stats)].map((f) => p.id(f))),
        );
        // A document of a source weighed more is seen more often per epoch (the same example object).
        const example = { sentence, staticIds, gold };
        for (let k = 0; k < times; k++) out.push(example);
      }
    }
  });
  return out;
}

/**
 * Trains a perceptron for `epochs` passes and logs the training errors of each. `repeat` gives how many
 * times each document is seen per epoch (default once): the weight of its source.
 */
export function train(
  docs: readonly ConllSentence[][],
  first: FirstPass,
  epochs: number,
  seed: number,
  log: (s: string) => void,
  repeat?: readonly number[],
): Perceptron {
  const p = new Perceptron();
  const examples = buildExamples(p, docs, first, seed, repeat);
  log(`  ${examples.length} examples, ${p.names.length} features`);
  const random = rng(seed + 1);
  for (let e = 0; e < epochs; e++) {
    const t0 = Date.now();
    const errors = p.epoch(examples, random);
    log(`  epoch ${e + 1}: ${errors} token errors (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  return p;
}

/**
 * Averages, quantizes to signed log-coded bytes and prunes the weights into a table: features whose
 * weights all code below `threshold` are dropped. Hash collisions between kept features add up, as they would at run time.
 */
export function quantize(p: Perceptron, threshold: number): WeightTable {
  const L = LABELS.length;
  let largest = 0;
  for (let id = 0; id < p.names.length; id++) for (const w of p.averaged(id)) largest = Math.max(largest, Math.abs(w));
  // The largest weight maps to the top byte code 127, i.e. scale * (2^(127/16) - 1).
  const scale = (largest || 1) / (2 ** (127 / 16) - 1);
  const rows = new Map<number, Float64Array>();
  for (let id = 0; id < p.names.length; id++) {
    const w = p.averaged(id);
    let max = 0;
    for (const x of w) max = Math.max(max, Math.abs(x));
    if (quantizeWeight(max, scale) < threshold) continue;
    const h = hashFeature(p.names[id]);
    const row = rows.get(h);
    if (row) for (let k = 0; k < L; k++) row[k] += w[k];
    else rows.set(h, w);
  }
  const hashes = Uint32Array.from([...rows.keys()].sort((a, b) => a - b));
  const weights = new Int8Array(hashes.length * L);
  hashes.forEach((h, r) => {
    const w = rows.get(h)!;
    for (let k = 0; k < L; k++) weights[r * L + k] = quantizeWeight(w[k], scale);
  });
  return new WeightTable(hashes, weights, L, scale);
}

/**
 * First-pass labels of held-out documents: each fold is tagged by a model trained on the other folds.
 * `source` gives the document each one derives from (default itself): a copy with replaced names falls in
 * its original's fold, so no fold model has seen the context of a document it tags.
 */
export function jackknife(
  docs: readonly ConllSentence[][],
  folds: number,
  epochs: number,
  seed: number,
  threshold: number,
  log: (s: string) => void,
  repeat?: readonly number[],
  source?: readonly number[],
): string[][][] {
  const out: string[][][] = new Array(docs.length);
  const foldOf = (d: number) => (source?.[d] ?? d) % folds;
  for (let f = 0; f < folds; f++) {
    log(`fold ${f + 1}/${folds}`);
    const trainDocs = docs.filter((_, d) => foldOf(d) !== f);
    const foldRepeat = repeat?.filter((_, d) => foldOf(d) !== f);
    const table = quantize(train(trainDocs, [], epochs, seed + 100 * f, log, foldRepeat), threshold);
    docs.forEach((doc, d) => {
      if (foldOf(d) !== f) return;
      const stats = docStats(doc);
      out[d] = doc.map((s) => tagSentence(table, prepareSentence(s.words, gazetteer), stats));
    });
  }
  return out;
}

/** Entity-level exact-match counts per type of the tables on documents, tagged as at run time. */
export function evaluate(tables: readonly WeightTable[], docs: readonly ConllSentence[][], errors?: string[]): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  const get = (t: string) => counts.get(t) ?? (counts.set(t, { tp: 0, fp: 0, fn: 0 }), counts.get(t)!);
  for (const doc of docs) {
    const predicted = tagDocument(
      tables,
      doc.map((s) => s.words),
      [],
      gazetteer,
    );
    doc.forEach((s, i) => {
      const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
      const gold = new Set(labelsToSpans(s.tags).map(key));
      const pred = new Set(labelsToSpans(predicted[i]).map(key));
      const show = (k: string) => {
        const [a, b] = k.split(':').map(Number);
        return `${k.split(':')[2]} "${s.words.slice(a, b).join(' ')}"`;
      };
      for (const k of pred) {
        get(k.split(':')[2])[gold.has(k) ? 'tp' : 'fp']++;
        if (!gold.has(k)) errors?.push(`FP ${show(k)} || ${s.words.join(' ')}`);
      }
      for (const k of gold) {
        if (pred.has(k)) continue;
        get(k.split(':')[2]).fn++;
        errors?.push(`FN ${show(k)} || ${s.words.join(' ')}`);
      }
    });
  }
  return counts;
}
