/**
 * The names model file (public/models/names.bin): the weight tables, the gazetteer and the country names in
 * one binary file, written by scripts/train-entities.ts and read by the recognizer (fetched in the
 * extension, read from disk by the command line and the benchmarks).
 *
 * Layout, little-endian:
 *
 * | offset | size | content                                                                 |
 * |--------|------|-------------------------------------------------------------------------|
 * | 0      | 4    | magic "MGNM"                                                            |
 * | 4      | 4    | format version ({@link MODEL_FORMAT})                                   |
 * | 8      | 4    | feature-template fingerprint the model was trained for (feature-fingerprint.ts) |
 * | 12     | 4    | length of the whole file in bytes                                       |
 * | 16     | 4    | checksum of everything after the header (FNV-1a over 32-bit words)       |
 * | 20     | …    | sections: 4-byte tag, 4-byte length, payload, zeros up to a multiple of 4 |
 *
 * Sections: TABL the weight tables, GAZE the gazetteer (gazetteer.ts's encoding), CTRY the country names
 * (UTF-8, one a line). Reading is one pass over typed-array views of the file's buffer; the file is checked
 * (magic, format, fingerprint, length, checksum) before any of it is used, and each problem gets its own
 * message saying what to do.
 */
import { featureFingerprint } from './feature-fingerprint.ts';
import { decodeGazetteer, type Gazetteer } from './gazetteer.ts';
import { WeightTable } from './weight-table.ts';

/** Version of the layout above; a reader refuses files of another version. */
export const MODEL_FORMAT = 1;
const MAGIC = 0x4d4e474d; // "MGNM" read as a little-endian number
const HEADER_BYTES = 20;
const TABLES = 'TABL';
const GAZETTEER = 'GAZE';
const COUNTRIES = 'CTRY';

/** What a model file holds, decoded and ready for createRecognizer. */
export interface NamesModel {
  tables: WeightTable[];
  gazetteer: Gazetteer;
  countries: string[];
}

/** The parts of a model file as the training script has them (the gazetteer already encoded). */
export interface NamesModelParts {
  tables: readonly WeightTable[];
  gazetteer: Uint8Array;
  countries: readonly string[];
}

/** The header fields of a model file. */
export interface ModelHeader {
  format: number;
  fingerprint: number;
  length: number;
  checksum: number;
}

/** A model file that cannot be used; the message says why and what to do. */
export class ModelFileError extends Error {
  override name = 'ModelFileError';
}

const RETRAIN = 'rebuild it with `npm run train:entities`';

/** A reader of the model file at `url` for loadRecognizer (in the extension: runtime.getURL(MODEL_PATH), see model-path.ts). */
export function fetchModelFile(url: string): () => Promise<ArrayBuffer> {
  return async () => {
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new ModelFileError(`Margin names model: cannot load ${url} (${(error as Error).message})`);
    }
    if (!response.ok) throw new ModelFileError(`Margin names model: cannot load ${url} (HTTP ${response.status})`);
    return response.arrayBuffer();
  };
}

/** Writes a model file; the same parts always give the same bytes. */
export function encodeModelFile(parts: NamesModelParts, fingerprint = featureFingerprint()): Uint8Array {
  const countries = new TextEncoder().encode(parts.countries.join('\n'));
  const sections: [string, Uint8Array][] = [
    [TABLES, encodeTables(parts.tables)],
    [GAZETTEER, parts.gazetteer],
    [COUNTRIES, countries],
  ];
  let length = HEADER_BYTES;
  for (const [, payload] of sections) length += 8 + padded(payload.length);
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  let at = HEADER_BYTES;
  for (const [tag, payload] of sections) {
    for (let k = 0; k < 4; k++) bytes[at + k] = tag.charCodeAt(k);
    view.setUint32(at + 4, payload.length, true);
    bytes.set(payload, at + 8);
    at += 8 + padded(payload.length);
  }
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, MODEL_FORMAT, true);
  view.setUint32(8, fingerprint, true);
  view.setUint32(12, length, true);
  view.setUint32(16, checksum(view), true);
  return bytes;
}

/** Reads the header of a model file (without checking it). */
export function readModelHeader(data: ArrayBuffer | Uint8Array): ModelHeader {
  const view = viewOf(data);
  if (view.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC) {
    throw new ModelFileError(`Margin names model: not a names model file (no "MGNM" header); ${RETRAIN}`);
  }
  return {
    format: view.getUint32(4, true),
    fingerprint: view.getUint32(8, true),
    length: view.getUint32(12, true),
    checksum: view.getUint32(16, true),
  };
}

/**
 * Checks and decodes a model file.
 * @param fingerprint the feature templates' fingerprint the code has (a parameter for tests)
 * @throws ModelFileError if the file is not a model file, is of another format, was trained for other
 * feature templates, is truncated or is corrupted
 */
export function decodeModelFile(data: ArrayBuffer | Uint8Array, fingerprint = featureFingerprint()): NamesModel {
  const header = readModelHeader(data);
  const view = viewOf(data);
  if (header.format !== MODEL_FORMAT) {
    throw new ModelFileError(`Margin names model: file format ${header.format}, but this code reads format ${MODEL_FORMAT}; ${RETRAIN}`);
  }
  if (header.fingerprint !== fingerprint) {
    throw new ModelFileError(
      `Margin names model: trained for feature templates ${hex(header.fingerprint)}, but the code's are ${hex(fingerprint)} ` +
        `(src/core/entities/features.ts changed since training); ${RETRAIN}`,
    );
  }
  if (header.length !== view.byteLength || header.length % 4 !== 0) {
    throw new ModelFileError(
      `Margin names model: the file has ${view.byteLength} bytes, its header says ${header.length}: it is truncated or damaged; ${RETRAIN}`,
    );
  }
  if (checksum(view) !== header.checksum) throw new ModelFileError(`Margin names model: checksum mismatch, the file is damaged; ${RETRAIN}`);
  const sections = readSections(view);
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const section = (tag: string) => {
    const at = sections.get(tag);
    if (!at) throw new ModelFileError(`Margin names model: no ${tag} section; ${RETRAIN}`);
    return bytes.subarray(at[0], at[1]);
  };
  return {
    tables: decodeTables(section(TABLES)),
    gazetteer: decodeGazetteer(section(GAZETTEER)),
    countries: new TextDecoder().decode(section(COUNTRIES)).split('\n'),
  };
}

function viewOf(data: ArrayBuffer | Uint8Array): DataView {
  return data instanceof Uint8Array ? new DataView(data.buffer, data.byteOffset, data.byteLength) : new DataView(data);
}

function padded(n: number): number {
  return (n + 3) & ~3;
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** FNV-1a over the little-endian 32-bit words after the header (the file's length is a multiple of 4). */
function checksum(view: DataView): number {
  let h = 0x811c9dc5;
  for (let at = HEADER_BYTES; at + 4 <= view.byteLength; at += 4) h = Math.imul(h ^ view.getUint32(at, true), 0x01000193);
  return h >>> 0;
}

/** Start and end (byte offsets in the file) of each section's payload, by tag. */
function readSections(view: DataView): Map<string, [number, number]> {
  const sections = new Map<string, [number, number]>();
  for (let at = HEADER_BYTES; at < view.byteLength;) {
    if (at + 8 > view.byteLength) throw new ModelFileError(`Margin names model: a section header is cut off; ${RETRAIN}`);
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    const length = view.getUint32(at + 4, true);
    if (at + 8 + length > view.byteLength) throw new ModelFileError(`Margin names model: section ${tag} runs past the end of the file; ${RETRAIN}`);
    sections.set(tag, [at + 8, at + 8 + length]);
    at += 8 + padded(length);
  }
  return sections;
}

/**
 * The weight tables' section: the table count, then per table its row count, label count, scale and O bias,
 * the byte length of its hashes, the hashes (sorted, delta-coded as varints), and the byte weights
 * label-major (all rows' weight for label 0, then label 1, ...): most are zero for most labels, so the
 * extension's zip sees long runs.
 */
export function encodeTables(tables: readonly WeightTable[]): Uint8Array {
  const out: number[] = [];
  const u32 = (v: number) => out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
  const f64 = (v: number) => out.push(...new Uint8Array(Float64Array.of(v).buffer));
  u32(tables.length);
  for (const t of tables) {
    u32(t.hashes.length);
    u32(t.labels);
    f64(t.scale);
    f64(t.oBias);
    const deltas: number[] = [];
    let prev = 0;
    for (const h of t.hashes) {
      for (let v = h - prev; ; v = Math.floor(v / 128)) {
        if (v < 0x80) {
          deltas.push(v);
          break;
        }
        deltas.push((v & 0x7f) | 0x80);
      }
      prev = h;
    }
    u32(deltas.length);
    for (const d of deltas) out.push(d);
    for (let k = 0; k < t.labels; k++) for (let r = 0; r < t.hashes.length; r++) out.push(t.weights[r * t.labels + k] & 0xff);
  }
  return Uint8Array.from(out);
}

/** Decodes {@link encodeTables}'s bytes and gives the tables one shared index (WeightTable.shareIndex). */
export function decodeTables(bytes: Uint8Array): WeightTable[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const count = view.getUint32(at, true);
  at += 4;
  const tables: WeightTable[] = [];
  for (let t = 0; t < count; t++) {
    const rows = view.getUint32(at, true);
    const labels = view.getUint32(at + 4, true);
    const scale = view.getFloat64(at + 8, true);
    const oBias = view.getFloat64(at + 16, true);
    const hashBytes = view.getUint32(at + 24, true);
    at += 28;
    if (at + hashBytes + rows * labels > bytes.length) throw new ModelFileError(`Margin names model: table ${t} runs past its section; ${RETRAIN}`);
    const hashes = new Uint32Array(rows);
    let prev = 0;
    for (let r = 0, p = at; r < rows; r++) {
      let v = 0;
      let mul = 1;
      for (;;) {
        const b = bytes[p++];
        v += (b & 0x7f) * mul;
        if (b < 0x80) break;
        mul *= 128;
      }
      prev += v;
      hashes[r] = prev;
    }
    at += hashBytes;
    const weights = new Int8Array(rows * labels);
    for (let k = 0; k < labels; k++) {
      const column = signed.subarray(at + k * rows, at + (k + 1) * rows);
      for (let r = 0; r < rows; r++) weights[r * labels + k] = column[r];
    }
    at += rows * labels;
    tables.push(new WeightTable(hashes, weights, labels, scale, oBias));
  }
  WeightTable.shareIndex(tables);
  return tables;
}
