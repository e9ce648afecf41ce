// The weight tables: hashing, quantization, lookups and the tables' binary round trip.
import { describe, expect, it } from 'vitest';
import { dequantize, hashFeature, quantizeWeight, WeightTable } from '../../../src/core/entities/weight-table.ts';
import { decodeTables, encodeTables } from '../../../src/core/entities/model-file.ts';
import { decodeGazetteer, encodeGazetteer } from '../../../src/core/entities/gazetteer.ts';

describe('weight tables', () => {
  it('continues a hash from a prefix', () => {
    expect(hashFeature('w-1w=abc')).toBe(hashFeature('abc', hashFeature('w-1w=')));
    expect(hashFeature('a')).not.toBe(hashFeature('b'));
  });

  it('quantizes with small relative error over a wide range', () => {
    const scale = 0.1;
    for (const w of [0.01, 0.5, -3, 12, -20]) {
      const back = dequantize(quantizeWeight(w, scale), scale);
      expect(Math.abs(back - w)).toBeLessThanOrEqual(Math.max(0.05 * Math.abs(w), scale * 0.05));
    }
  });

  it('round-trips tables and finds rows by feature', () => {
    const hashes = Uint32Array.from([hashFeature('x'), hashFeature('y')].sort((a, b) => a - b));
    const weights = Int8Array.from({ length: 2 * 17 }, (_, i) => (i % 5) - 2);
    const [t] = decodeTables(encodeTables([new WeightTable(hashes, weights, 17, 0.5, 3)]));
    expect(Array.from(t.hashes)).toEqual(Array.from(hashes));
    expect(Array.from(t.weights)).toEqual(Array.from(weights));
    expect(t.oBias).toBe(3);
    const row = t.row('y');
    expect(row).toBe(hashes.indexOf(hashFeature('y')));
    expect(t.row('z')).toBe(-1);
    const viaRow = new Float64Array(17);
    const viaHash = new Float64Array(17);
    t.addRow(row, viaRow);
    t.addHash(hashFeature('y'), viaHash);
    expect(Array.from(viaHash)).toEqual(Array.from(viaRow));
    expect(viaRow[1]).toBeCloseTo(dequantize(weights[row * 17 + 1], 0.5));
  });

  it('round-trips a gazetteer and matches the longest phrase', () => {
    const g = decodeGazetteer(
      encodeGazetteer(
        new Map([
          ['L', ['kuala lumpur', 'kuala']],
          ['P', ['xi']],
        ]),
        4,
      ),
    );
    expect(g.features(['xi', 'visited', 'kuala', 'lumpur', '.'])).toEqual([['gPU'], [], ['gLB'], ['gLL'], []]);
  });
});
