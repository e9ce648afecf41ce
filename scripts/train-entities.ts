/**
 * Trains Margin's names model from CoNLL-2003's train split and the train shares of wikigold and of the
 * Broad Twitter Corpus's news section (`npm run train:entities`; the test shares, the CoNLL validation split
 * and the team's modern-news set are never trained on; shares in scripts/entities/corpora.ts) and writes the
 * model file
 * public/models/names.bin (weights, gazetteer and country names, with a header recording the feature
 * templates' fingerprint; see src/core/entities/model-file.ts). Deterministic: the same data and code give
 * the same bytes (seeded shuffles, sorted tables, no timestamps in the file).
 *
 * Options: --epochs N (default 10), --folds K (default 4; 0 trains the first pass only),
 * --threshold T (default 48: drop features whose weights all quantize below T), --bias B|auto (default auto:
 * added to the O score, trading recall for precision; auto takes the smallest of a fixed list of values
 * that gives precision >= recall on the validation split), --try-thresholds T1,T2 (report score and size of other
 * thresholds), --no-gazetteer, --conll-only (leave out the wikigold and BTC news train shares), --extra-weight N
 * (default 1: how many times per epoch each document of those shares is seen), --no-write,
 * --augment SHARE (default 0: off; a replaced copy of that share of the training documents is added, each
 * PER/ORG/LOC mention swapped for another name of its type, see scripts/entities/augment.ts),
 * --augment-lists F (default 0.5: share of those replacements drawn from the gazetteer lists, the rest from
 * the training data's own mentions), --augment-mentions M (default 1: share of a copy's distinct names
 * replaced), --out FILE (default public/models/names.bin),
 * --self-train N (default 0: off; N unlabeled dragnet pages tagged by the shipped recognizer are added, see
 * scripts/entities/self-train.ts), --self-weight W (default 1: times each is seen per epoch), --self-all (keep
 * every sentence, not only prose), --self-agree (keep only sentences whose names the rules left as the model
 * found them),
 * --errors FILE (write validation mistakes to FILE, outside the repository: they quote the data).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { joinAbbreviationPeriods, readConll, prf, type Counts } from './entities/conll.ts';
import { readBtc, readWikigold } from './entities/corpora.ts';
import { evaluate, jackknife, quantize, train, useGazetteer } from './entities/pipeline.ts';
import { buildGazetteerLists, countryNames } from './entities/gazetteer-build.ts';
import { augmentDocuments, corpusPhrases, listPools, listSourcePhrases, tokenCasing, trainingMentions } from './entities/augment.ts';
import { decodeGazetteer, encodeGazetteer } from '../src/core/entities/gazetteer.ts';
import { encodeModelFile, encodeTables } from '../src/core/entities/model-file.ts';
import { featureFingerprint } from '../src/core/entities/feature-fingerprint.ts';
import { MODEL_PATH } from '../src/core/entities/model-path.ts';
import type { WeightTable } from '../src/core/entities/weight-table.ts';
import { sharedData } from './shared-data.ts';
import { modelOnlyNames, selfTrainDocuments } from './entities/self-train.ts';
import { loadRecognizerFromDisk, readModelFile } from '../src/cli/names-model.ts';

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

const CONLL = sharedData('data/conll2003', 'CoNLL-2003: train.txt and valid.txt', 'npm run train:entities');
const trainDocs = joinAbbreviationPeriods(readConll(`${CONLL}/train.txt`));
const validDocs = joinAbbreviationPeriods(readConll(`${CONLL}/valid.txt`));
log(`CoNLL-2003 train: ${trainDocs.length} documents; valid: ${validDocs.length} documents`);
const conllCount = trainDocs.length;
// Wikipedia and news outlets' tweets next to 1996 wire copy: on every set but CoNLL this generalizes better
// (see docs/benchmarks.md), and CoNLL validation stays above 0.92.
if (!args.includes('--conll-only')) {
  const EXTRA = sharedData('data/ner-extra', 'wikigold and the Broad Twitter Corpus', 'npm run train:entities');
  const wiki = readWikigold(`${EXTRA}/wikigold.conll.txt`, 'train');
  const btc = readBtc(`${EXTRA}/btc`, 'train');
  log(`wikigold train share: ${wiki.length} documents; BTC train share: ${btc.length} tweets`);
  trainDocs.push(...joinAbbreviationPeriods([...wiki, ...btc]));
}
// Times each training document is seen per epoch: CoNLL once, the extra sources --extra-weight times.
const extraWeight = opt('extra-weight', 1);
const repeat = trainDocs.map((_, d) => (d < conllCount ? 1 : extraWeight));
// The document each training document derives from: itself, or for a replaced copy its original.
const source = trainDocs.map((_, d) => d);
const gazetteerLists = buildGazetteerLists();
const augmentShare = opt('augment', 0);
if (augmentShare > 0) {
  // Copies with other names in the same contexts: the model must read the context, not remember the name.
  const corpus = corpusPhrases(trainDocs);
  const casing = tokenCasing([...corpus.names, ...listSourcePhrases()], corpus.commonWords);
  const pools = { train: trainingMentions(trainDocs), lists: listPools(gazetteerLists, casing) };
  const copies = augmentDocuments(trainDocs, pools, {
    share: augmentShare,
    listShare: opt('augment-lists', 0.5),
    mentionShare: opt('augment-mentions', 1),
    seed: SEED + 3,
  });
  log(`augmented copies: ${copies.docs.length} documents`);
  trainDocs.push(...copies.docs);
  repeat.push(...copies.from.map((d) => repeat[d]));
  source.push(...copies.from);
}
const selfTrain = opt('self-train', 0);
if (selfTrain > 0) {
  // The shipped recognizer's names on unlabeled recent news (scripts/entities/self-train.ts).
  const DRAGNET = sharedData('corpus/dragnet', 'the dragnet gold texts', 'train-entities --self-train');
  const recognizer = await loadRecognizerFromDisk();
  const own = args.includes('--self-agree') ? modelOnlyNames(await readModelFile()) : undefined;
  const st = selfTrainDocuments(DRAGNET, selfTrain, (t) => recognizer.analyze(t), args.includes('--self-all'), own);
  log(`self-training: ${st.docs.length} documents, ${st.stats.kept} of ${st.stats.sentences} sentences, ${st.stats.names} names`);
  const weight = opt('self-weight', 1);
  for (const doc of st.docs) {
    source.push(trainDocs.length);
    trainDocs.push(doc);
    repeat.push(weight);
  }
}
const gazetteerBytes = args.includes('--no-gazetteer') ? new Uint8Array([1, 0]) : encodeGazetteer(gazetteerLists, 4);
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
  return gzipSync(encodeTables(tables), { level: 9 }).length;
}

log('first pass, all training documents');
const firstModel = train(trainDocs, [], epochs, SEED, log, repeat);
const first = quantize(firstModel, threshold);
log(`first pass table: ${first.hashes.length} features`);
report('first pass', [first]);
const tables = [first];
if (folds > 0) {
  const held = jackknife(trainDocs, folds, epochs, SEED, threshold, log, repeat, source);
  log('second pass');
  const secondModel = train(trainDocs, held, epochs, SEED + 7, log, repeat);
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
const file = encodeModelFile({ tables, gazetteer: gazetteerBytes, countries: countryNames() });
log(
  `model file: ${file.length} bytes (weights ${encodeTables(tables).length}, gazetteer ${gazetteerBytes.length}), ` +
    `gzipped ${gzipSync(file, { level: 9 }).length} bytes; feature templates ${featureFingerprint().toString(16).padStart(8, '0')}`,
);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : 'public/' + MODEL_PATH;
if (!args.includes('--no-write')) {
  writeFileSync(out, file);
  log(`wrote ${out}`);
}
