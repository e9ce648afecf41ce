/**
 * Averaged structured perceptron trainer for the Viterbi BILOU tagger (training time only).
 * Averaging uses the usual lazy trick: averaged = W - U / c, where U accumulates c * update.
 */
import { allowed, backtrace, LABELS } from '../../src/core/entities/labels.ts';
import { tagFeatures, type PreparedSentence } from '../../src/core/entities/features.ts';

const L = LABELS.length;
/** Previous-label contexts as in the tagger: index 0 is the sentence start, k + 1 is label k. */
const PREVS = ['<s>', ...LABELS];
const ALLOWED = PREVS.flatMap((p) => LABELS.map((y) => allowed(p === '<s>' ? 'O' : p, y)));

/** One training sentence: prepared tokens, feature ids of the static templates, gold BILOU label indices. */
export interface Example {
  sentence: PreparedSentence;
  staticIds: Int32Array[];
  gold: Int32Array;
  /** Previous-label feature ids per token and previous context, filled on first use. */
  dyn?: Int32Array[][];
}

/** Small deterministic PRNG (mulberry32) so retraining gives identical weights. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Perceptron {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  private W = new Float64Array(1 << 20);
  private U = new Float64Array(1 << 20);
  private c = 1;

  /** Feature id, created on first sight. */
  id(f: string): number {
    let id = this.ids.get(f);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(f, id);
      this.names.push(f);
      if ((id + 1) * L > this.W.length) {
        const W = new Float64Array(this.W.length * 2);
        W.set(this.W);
        this.W = W;
        const U = new Float64Array(this.U.length * 2);
        U.set(this.U);
        this.U = U;
      }
    }
    return id;
  }

  private add(ids: ArrayLike<number>, scores: Float64Array): void {
    for (let j = 0; j < ids.length; j++) {
      const base = ids[j] * L;
      for (let k = 0; k < L; k++) scores[k] += this.W[base + k];
    }
  }

  private update(ids: ArrayLike<number>, label: number, delta: number): void {
    for (let j = 0; j < ids.length; j++) {
      const at = ids[j] * L + label;
      this.W[at] += delta;
      this.U[at] += this.c * delta;
    }
  }

  /** Feature ids of the previous-label features of token i, for each previous context p (see PREVS). */
  private dynIds(e: Example, i: number): Int32Array[] {
    return PREVS.map((p) => Int32Array.from(tagFeatures(p, e.sentence, i), (f) => this.id(f)));
  }

  /** Best well-formed label sequence under the current (not averaged) weights. */
  private viterbi(e: Example, dyn: Int32Array[][]): Int32Array {
    const n = e.gold.length;
    const delta = new Float64Array(n * L).fill(-Infinity);
    const back = new Int32Array(n * L);
    const local = new Float64Array(L);
    const d = new Float64Array(L);
    for (let i = 0; i < n; i++) {
      local.fill(0);
      this.add(e.staticIds[i], local);
      for (let p = 0; p < PREVS.length; p++) {
        if (i === 0 ? p !== 0 : p === 0 || delta[(i - 1) * L + p - 1] === -Infinity) continue;
        const before = i === 0 ? 0 : delta[(i - 1) * L + p - 1];
        d.fill(0);
        this.add(dyn[i][p], d);
        for (let y = 0; y < L; y++) {
          if (!ALLOWED[p * L + y]) continue;
          const v = before + local[y] + d[y];
          if (v > delta[i * L + y]) {
            delta[i * L + y] = v;
            back[i * L + y] = p - 1;
          }
        }
      }
    }
    return backtrace(delta, back, n);
  }

  /**
   * One pass of the structured perceptron over the examples in a seeded random order: decode each
   * sentence with Viterbi and move the weights from the predicted sequence's features towards the gold
   * sequence's. Returns the number of wrongly labelled tokens.
   */
  epoch(examples: readonly Example[], random: () => number): number {
    const order = examples.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const e of order.map((i) => examples[i])) {
      const n = e.gold.length;
      // Cached across epochs: building the feature strings is most of the cost of an epoch.
      const dyn = (e.dyn ??= Array.from({ length: n }, (_, i) => this.dynIds(e, i)));
      const pred = this.viterbi(e, dyn);
      for (let i = 0; i < n; i++) {
        const g = e.gold[i];
        const y = pred[i];
        const gp = i === 0 ? 0 : e.gold[i - 1] + 1;
        const yp = i === 0 ? 0 : pred[i - 1] + 1;
        if (g !== y) {
          errors++;
          this.update(e.staticIds[i], g, 1);
          this.update(e.staticIds[i], y, -1);
        }
        if (g !== y || gp !== yp) {
          this.update(dyn[i][gp], g, 1);
          this.update(dyn[i][yp], y, -1);
        }
      }
      this.c++;
    }
    return errors;
  }

  /** The averaged weights of feature `id`, one per label. */
  averaged(id: number): Float64Array {
    const out = new Float64Array(L);
    for (let k = 0; k < L; k++) out[k] = this.W[id * L + k] - this.U[id * L + k] / this.c;
    return out;
  }
}
