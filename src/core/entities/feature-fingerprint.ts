/**
 * The fingerprint of the names model's feature templates, recorded in the model file (see model-file.ts)
 * so a model is never read by feature code it was not trained for.
 *
 * It is a hash of what the templates produce, not of their source: every feature of a small built-in
 * document (features.ts's static, document and label features, with gazetteer matches and first-pass
 * statistics from tagger.ts), hashed with the model's own feature hash, together with the label set and a
 * gazetteer phrase hash. A change that renames, adds, drops or reorders a feature, or changes how words
 * are shaped, cased, hashed or matched, changes the fingerprint; comments, formatting and refactoring that
 * keep the features do not, so reformatting features.ts does not invalidate the shipped model. The probe
 * text exercises every template (capitals, ALL CAPS and lower-case sentences, digits, punctuation, letters
 * outside A-Z, gazetteer phrases of each category, a word in two lists and common words beside names, first-pass tags); a template it cannot reach would
 * escape the check, so a new template needs a probe word that shows it.
 */
import { collectCasing, docTagFeatures, prepareSentence, staticFeatures, tagFeatures, type DocStats } from './features.ts';
import { decodeGazetteer, encodeGazetteer, GAZETTEER_CATEGORIES, phraseHash } from './gazetteer.ts';
import { LABELS } from './labels.ts';
import { collectTagged } from './tagger.ts';
import { hashFeature } from './weight-table.ts';

/** Probe sentences, tokenized as the tokenizer would, with first-pass labels for the document features. */
const PROBE: readonly { words: readonly string[]; first: readonly string[] }[] = [
  {
    words: ['Xi', 'Jinping', 'visited', 'Kuala', 'Lumpur', "'s", 'port', 'on', '28-08-2025', ',', '"', 'Reuters', '"', 'said', '.'],
    first: ['B-PER', 'L-PER', 'O', 'B-LOC', 'L-LOC', 'O', 'O', 'O', 'O', 'O', 'O', 'U-ORG', 'O', 'O', 'O'],
  },
  {
    words: ['SHARES', 'OF', 'NORDVIND', 'SHIPPING', 'ROSE', '12.5', '%', 'IN', 'MALAYSIA'],
    first: ['O', 'O', 'B-ORG', 'L-ORG', 'O', 'O', 'O', 'O', 'U-LOC'],
  },
  {
    words: ['the', 'malaysian', 'bank', 'of', 'england', 'said', 'xi', 'would', 'come'],
    first: ['O', 'U-MISC', 'B-ORG', 'I-ORG', 'L-ORG', 'O', 'U-PER', 'O', 'O'],
  },
  {
    words: ['Société', 'Générale', '(', 'SocGen', ')', 'paid', '€', '4bn', ':', 'Reuters', 'and', 'Xi', 'agreed', '—', 'Über', 'alles', '!'],
    first: ['B-ORG', 'L-ORG', 'O', 'U-ORG', 'O', 'O', 'O', 'O', 'O', 'U-ORG', 'O', 'U-PER', 'O', 'O', 'O', 'O', 'O'],
  },
];

/** One listed phrase or more per gazetteer category (see GAZETTEER_CATEGORIES). */
const PROBE_GAZETTEER: Readonly<Record<(typeof GAZETTEER_CATEGORIES)[number], readonly string[]>> = {
  L: ['kuala lumpur', 'malaysia', 'england'],
  D: ['malaysian'],
  P: ['xi', 'jinping', 'reuters'],
  O: ['reuters', 'société générale'],
  B: ['socgen'],
  A: ['shares'],
  T: ['said'],
  C: ['port', 'bank'],
};

let cached: number | undefined;

/** The fingerprint of the feature templates, an unsigned 32-bit number (computed once, in about a millisecond). */
export function featureFingerprint(): number {
  cached ??= computeFingerprint();
  return cached;
}

function computeFingerprint(): number {
  const lists = new Map(GAZETTEER_CATEGORIES.map((c) => [c, PROBE_GAZETTEER[c]]));
  const gazetteer = decodeGazetteer(encodeGazetteer(lists, 4));
  const sentences = PROBE.map((s) => prepareSentence(s.words, gazetteer));
  const stats: DocStats = { casing: collectCasing(PROBE.map((s) => s.words)) };
  collectTagged(
    sentences,
    PROBE.map((s) => s.first),
    stats,
  );
  let h = hashFeature(LABELS.join(' '));
  h = hashFeature(String(phraseHash('kuala lumpur')), h);
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      const features = [...staticFeatures(s, i, stats), ...docTagFeatures(s, i, stats)];
      for (const prev of ['<s>', ...LABELS]) features.push(...tagFeatures(prev, s, i));
      // Each feature's own hash, as the model stores it, chained in order with a separator.
      for (const f of features) h = hashFeature('\n' + hashFeature(f).toString(16), h);
    }
  }
  return h;
}
