// The names model file: the shipped file matches the feature code, and damaged or mismatched files are
// refused with a message that says what is wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { featureFingerprint } from '../../../src/core/entities/feature-fingerprint.ts';
import { decodeModelFile, encodeModelFile, MODEL_FORMAT, ModelFileError, readModelHeader } from '../../../src/core/entities/model-file.ts';
import { encodeGazetteer } from '../../../src/core/entities/gazetteer.ts';
import { hashFeature, WeightTable } from '../../../src/core/entities/weight-table.ts';
import { MODEL_FILE, readModelFile } from '../../../src/cli/names-model.ts';

/** A small model: one table of two features, a gazetteer of two phrases, two countries. */
function smallModel(fingerprint?: number): Uint8Array {
  const hashes = Uint32Array.from([hashFeature('w=Xi'), hashFeature('w=Kuala')].sort((a, b) => a - b));
  const weights = Int8Array.from({ length: 2 * 17 }, (_, i) => (i % 7) - 3);
  const table = new WeightTable(hashes, weights, 17, 0.25, 8);
  const gazetteer = encodeGazetteer(
    new Map([
      ['L', ['kuala lumpur']],
      ['P', ['xi']],
    ]),
    4,
  );
  return encodeModelFile({ tables: [table], gazetteer, countries: ['Chile', 'São Tomé and Príncipe'] }, fingerprint);
}

const expectRefused = (bytes: Uint8Array, message: RegExp) => {
  expect(() => decodeModelFile(bytes)).toThrow(ModelFileError);
  expect(() => decodeModelFile(bytes)).toThrow(message);
};

describe('shipped model file', () => {
  const shipped = readFileSync(MODEL_FILE);

  it('was trained for the feature templates of this code', () => {
    const header = readModelHeader(shipped);
    expect(header.format).toBe(MODEL_FORMAT);
    // Fails when features.ts changed without retraining: run `npm run train:entities`.
    expect(header.fingerprint.toString(16)).toBe(featureFingerprint().toString(16));
  });

  it('decodes to two tables over the BILOU labels, a gazetteer and the country names', () => {
    const model = decodeModelFile(shipped);
    expect(model.tables.map((t) => t.labels)).toEqual([17, 17]);
    expect(model.tables[0].hashes.length).toBeGreaterThan(10_000);
    expect(model.gazetteer.categories).toEqual(expect.arrayContaining(['L', 'D', 'P', 'O', 'B', 'A', 'T']));
    expect(model.countries).toContain('Malaysia');
  });
});

describe('model file format', () => {
  it('round-trips tables, gazetteer and countries, and writes the same bytes twice', () => {
    const bytes = smallModel();
    expect(Array.from(smallModel())).toEqual(Array.from(bytes));
    const model = decodeModelFile(bytes);
    const [t] = model.tables;
    expect(t.oBias).toBe(8);
    expect(t.scale).toBe(0.25);
    expect(Array.from(t.weights)).toEqual(Array.from({ length: 2 * 17 }, (_, i) => (i % 7) - 3));
    expect(t.row('w=Xi')).toBeGreaterThanOrEqual(0);
    expect(model.gazetteer.features(['kuala', 'lumpur'])).toEqual([['gLB'], ['gLL']]);
    expect(model.countries).toEqual(['Chile', 'São Tomé and Príncipe']);
  });

  it('reads a file that starts inside a larger buffer', () => {
    const bytes = smallModel();
    const larger = new Uint8Array(bytes.length + 3);
    larger.set(bytes, 3);
    expect(decodeModelFile(larger.subarray(3)).countries).toHaveLength(2);
  });

  it('refuses a model trained for other feature templates', () => {
    expectRefused(smallModel((featureFingerprint() ^ 1) >>> 0), /trained for feature templates .* but the code's are .*npm run train:entities/);
  });

  it('refuses another format version', () => {
    const bytes = smallModel();
    new DataView(bytes.buffer).setUint32(4, MODEL_FORMAT + 1, true);
    expectRefused(bytes, new RegExp(`file format ${MODEL_FORMAT + 1}, but this code reads format ${MODEL_FORMAT}`));
  });

  it('refuses a damaged file', () => {
    const bytes = smallModel();
    bytes[bytes.length - 40] ^= 0x10;
    expectRefused(bytes, /checksum mismatch, the file is damaged/);
  });

  it('refuses a truncated file', () => {
    expectRefused(smallModel().subarray(0, 64), /truncated or damaged/);
  });

  it('refuses a file that is not a model', () => {
    expectRefused(new TextEncoder().encode("export default 'UkVOMgLk2gAA';"), /not a names model file/);
    expectRefused(new Uint8Array(0), /not a names model file/);
  });
});

describe('feature fingerprint', () => {
  it('changes when a feature template changes', async () => {
    const before = featureFingerprint();
    vi.resetModules();
    vi.doMock('../../../src/core/entities/features.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../../src/core/entities/features.ts')>();
      // One more feature per token, as a new template would add.
      return { ...original, staticFeatures: (...args: Parameters<typeof original.staticFeatures>) => [...original.staticFeatures(...args), 'new=1'] };
    });
    try {
      const changed = await import('../../../src/core/entities/feature-fingerprint.ts');
      expect(changed.featureFingerprint()).not.toBe(before);
    } finally {
      vi.doUnmock('../../../src/core/entities/features.ts');
      vi.resetModules();
    }
    const again = await import('../../../src/core/entities/feature-fingerprint.ts');
    expect(again.featureFingerprint()).toBe(before);
  });
});

describe('loading', () => {
  it('rejects a mismatched model with the message, and a later call tries again', async () => {
    vi.resetModules();
    const { loadRecognizer } = await import('../../../src/core/entities/recognize.ts');
    const { featureFingerprint: current } = await import('../../../src/core/entities/feature-fingerprint.ts');
    const mismatched = smallModel((current() ^ 0xff) >>> 0);
    await expect(loadRecognizer(async () => mismatched)).rejects.toThrow(/trained for feature templates/);
    const recognizer = await loadRecognizer(() => readModelFile());
    const spans = recognizer.recognize('Prime Minister Anwar Ibrahim met President Xi Jinping in Kuala Lumpur on Monday.');
    expect(spans.map((s) => `${s.type}:${s.text}`)).toContain('PER:Xi Jinping');
  });

  it('says how to make the file when it is missing', async () => {
    await expect(readModelFile('/nonexistent/names.bin')).rejects.toThrow(/cannot read \/nonexistent\/names.bin .*npm run train:entities/);
  });
});
