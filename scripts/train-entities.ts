/**
 * Trains Margin's names model from CoNLL-2003 (`npm run train:entities`) and writes the weights to
 * src/core/entities/model/weights.ts. Deterministic: the same data gives the same bytes.
 *
 * Options: --epochs N (default 10), --folds K (default 4; 0 trains the first pass only),
 * --threshold T (default 48: drop features whose weights all quantize below T), --bias B|auto (default auto:
 * added to the O score, trading recall for precision; auto takes the smallest of a fixed list of values
 * that gives precision >= recall on the validation split), --try-thresholds T1,T2 (report score and size of other
 * thresholds), --no-gazetteer, --no-write,
 * --out FILE (default src/core/entities/model/weights.ts),
 * --errors FILE (write validation mistakes to FILE, outside the repository: they quote the data).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readConll, prf, type Counts } from './entities/conll.ts';
import { evaluate, jackknife, quantize, train, useGazetteer } from './entities/pipeline.ts';
import { buildGazetteerLists, countryNames } from './entities/gazetteer-build.ts';
import { decodeGazetteer, encodeGazetteer } from '../src/core/entities/gazetteer.ts';
import { encodeTables, type WeightTable } from '../src/core/entities/weights.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const epochs = opt('epochs', 10);
const folds = opt('folds', 4);
const threshold = opt('threshold', 48);
const biasArg = args.indexOf('--bias') >= 0 ? args[args.indexOf('--bias') + 1] : 'auto';
const BIASES = [0, 4, 8, 12, 16, 24, 32, 48];
const SEED = 20250828;
const log = (s: string) => console.log(s);

const trainDocs = readConll('../shared/data/conll2003/train.txt');
const validDocs = readConll('../shared/data/conll2003/valid.txt');
log(`train: ${trainDocs.length} documents; valid: ${validDocs.length} documents`);
const gazetteerBytes = args.includes('--no-gazetteer') ? new Uint8Array([1, 0]) : encodeGazetteer(buildGazetteerLists(), 4);
// Train with the decoded gazetteer, exactly what the recognizer will load.
useGazetteer(decodeGazetteer(gazetteerBytes));

function report(name: string, tables: WeightTable[]): { p: number; r: number; f1: number } {
  const errors: string[] = [];
  const counts = evaluate(tables, validDocs, errors);
  const errorsFile = args.indexOf('--errors');
  // Mistakes go to a file outside the repository: they quote the licensed data.
  if (errorsFile >= 0) writeFileSync(args[errorsFile + 1], errors.join('\n') + '\n');
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  const parts: string[] = [];
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) {
    const c = counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    const s = prf(c);
    parts.push(`${t} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F ${s.f1.toFixed(3)}`);
    if (t !== 'MISC') for (const k of ['tp', 'fp', 'fn'] as const) micro[k] += c[k];
  }
  const m = prf(micro);
  log(`${name} valid: ${parts.join(' | ')}\n  PER/ORG/LOC micro P ${m.p.toFixed(4)} R ${m.r.toFixed(4)} F1 ${m.f1.toFixed(4)}`);
  return m;
}

/** Sets the O bias of the tables: a number, or with "auto" the smallest listed value giving P >= R. */
function chooseBias(tables: WeightTable[]): void {
  const candidates = biasArg === 'auto' ? BIASES : [Number(biasArg)];
  for (const b of candidates) {
    tables.forEach((t) => (t.oBias = b));
    const m = report(`bias ${b}`, tables);
    if (m.p >= m.r) break;
  }
}

function sizeOf(tables: WeightTable[]): number {
  return gzipSync(Buffer.from(Buffer.from(encodeTables(tables)).toString('base64')), { level: 9 }).length;
}

log('first pass, all training documents');
const firstModel = train(trainDocs, [], epochs, SEED, log);
const first = quantize(firstModel, threshold);
log(`first pass table: ${first.hashes.length} features`);
report('first pass', [first]);
const tables = [first];
if (folds > 0) {
  const held = jackknife(trainDocs, folds, epochs, SEED, threshold, log);
  log('second pass');
  const secondModel = train(trainDocs, held, epochs, SEED + 7, log);
  const second = quantize(secondModel, threshold);
  log(`second pass table: ${second.hashes.length} features`);
  report('two passes', [first, second]);
  tables.push(second);
  const tryAt = args.indexOf('--try-thresholds');
  if (tryAt >= 0) {
    for (const t of args[tryAt + 1].split(',').map(Number)) {
      const pair = [quantize(firstModel, t), quantize(secondModel, t)];
      for (const b of [0, 8, 16]) {
        pair.forEach((x) => (x.oBias = b));
        report(`threshold ${t} bias ${b} (${pair[0].hashes.length}+${pair[1].hashes.length} features, ${sizeOf(pair)} bytes gzipped)`, pair);
      }
    }
  }
}
chooseBias(tables);
const bytes = encodeTables(tables);
const base64 = Buffer.from(bytes).toString('base64');
const gazetteer64 = Buffer.from(gazetteerBytes).toString('base64');
const source =
  '// Generated by scripts/train-entities.ts from CoNLL-2003 train and npm name lists; do not edit.\n' +
  `// Names model weights (see weights.ts) and gazetteer hashes (see gazetteer.ts), base64.\nexport default '${base64}';\nexport const gazetteer = '${gazetteer64}';\n` +
  `// Country names (see countries.ts).\nexport const countries: readonly string[] = ${JSON.stringify(countryNames())};\n`;
log(`weights: ${bytes.length} bytes, module ${source.length} bytes, gzipped ${gzipSync(source, { level: 9 }).length} bytes`);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : 'src/core/entities/model/weights.ts';
if (!args.includes('--no-write')) writeFileSync(out, source);
log(`wrote ${out}`);
