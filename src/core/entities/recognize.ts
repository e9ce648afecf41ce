/**
 * Public API of Margin's entity and key-figure recognizer.
 *
 * The names model (people, organizations, places, other names) is a two-pass averaged structured
 * perceptron with Viterbi decoding over BILOU labels, trained on CoNLL-2003 (scripts/train-entities.ts),
 * with gazetteer features; key figures come from rules (figures.ts). The model is a binary file
 * (public/models/names.bin, see model-file.ts) that the caller reads: the extension fetches it, the command
 * line reads it from disk (src/cli/names-model.ts), only when a page with an article asks.
 */
import { joinAcronymNames } from './acronym-names.ts';
import { addShortNames } from './aliases.ts';
import { settleLonePersons } from './lone-names.ts';
import { addCompanyRuns } from './company-runs.ts';
import { unifyKinds } from './mentions.ts';
import { addListedSubjects } from './subjects.ts';
import { findFigures } from './figures.ts';
import type { Gazetteer } from './gazetteer.ts';
import { labelsToSpans } from './labels.ts';
import { retypeDescribedPlaces } from './place-cues.ts';
import { retypeCountries } from './countries.ts';
import { fixNames } from './postprocess.ts';
import { tagDocument } from './tagger.ts';
import { sentences, type Token } from './tokenize.ts';

export type { TextEntities } from './types.ts';
import type { EntitySpan, TextEntities } from './types.ts';
import { decodeModelFile } from './model-file.ts';
import { detectLanguage, marksNames } from './language.ts';
import type { WeightTable } from './weight-table.ts';

/** Options of {@link Recognizer.recognize}. */
export interface RecognizeOptions {
  /**
   * More text of the same document (for example the whole article when `text` is one paragraph). It is
   * not tagged, only used so a name is tagged the same way throughout the document.
   */
  context?: string;
  /**
   * The language the page declares (its `lang` attribute), used when the text is too short or mixed for the
   * detector to tell (see language.ts).
   */
  lang?: string | null;
}

/** A loaded recognizer; one instance serves any number of texts. */
export interface Recognizer {
  /**
   * Recognizes names (PER, ORG, LOC, MISC) and key figures (MONEY, PERCENT, QUANTITY, DATE, TIME, NUMBER)
   * in `text`. Spans are sorted by start, do not overlap, and use JavaScript string indices into `text`.
   */
  recognize(text: string, options?: RecognizeOptions): EntitySpan[];
  /**
   * Like {@link recognize}, and says which language the text was taken to be in and whether names were
   * marked. In a language the names model does not read well, no names are marked, and only figures
   * written with digits are (their patterns do not depend on English words).
   */
  analyze(text: string, options?: RecognizeOptions): TextEntities;
}

/** Finds the names in `text` with the given weight tables (first pass, and optionally second pass). */
export function findNames(tables: readonly WeightTable[], text: string, context?: string, gazetteer?: Gazetteer): EntitySpan[] {
  const sents = sentences(text);
  const extra = context ? tokenTexts(sentences(context)) : [];
  const labels = tagDocument(tables, tokenTexts(sents), extra, gazetteer);
  const out: EntitySpan[] = [];
  sents.forEach((tokens, i) => {
    for (const span of labelsToSpans(labels[i])) {
      const start = tokens[span.start].start;
      const end = tokens[span.end - 1].end;
      out.push({ start, end, type: span.type, text: text.slice(start, end) });
    }
  });
  return out;
}

/**
 * The texts of the tokens of each sentence. Built with push, not map: optimized code makes map's results
 * holey, and arrays that change kind once the recognizer is warm make the code reading them be compiled again.
 */
function tokenTexts(sents: readonly (readonly Token[])[]): string[][] {
  const out: string[][] = [];
  for (const s of sents) {
    const words: string[] = [];
    for (const t of s) words.push(t.text);
    out.push(words);
  }
  return out;
}

/**
 * Merges names and figures into one sorted, non-overlapping list. A figure wins over a name it overlaps
 * ("April" is a date, "IST" belongs to the time), unless the name strictly contains it ("Apollo 11").
 */
export function mergeSpans(names: readonly EntitySpan[], figures: readonly EntitySpan[]): EntitySpan[] {
  const kept: EntitySpan[] = [];
  const droppedFigures = new Set<EntitySpan>();
  // findFigures's figures are sorted and do not overlap, so their ends are sorted too: for names in order
  // of start, the first figure that ends after a name's start only moves forward (no scan of all figures
  // per name). Other lists are scanned whole.
  let ordered = true;
  for (let k = 1; k < figures.length && ordered; k++) ordered = figures[k - 1].end <= figures[k].start;
  let from = 0;
  let lastStart = -Infinity;
  for (const n of names) {
    if (!ordered || n.start < lastStart) from = 0;
    lastStart = n.start;
    while (ordered && from < figures.length && figures[from].end <= n.start) from++;
    const overlapping: EntitySpan[] = [];
    for (let k = from; k < figures.length && (!ordered || figures[k].start < n.end); k++) {
      if (figures[k].start < n.end && n.start < figures[k].end) overlapping.push(figures[k]);
    }
    const contains = overlapping.every((f) => n.start <= f.start && f.end <= n.end && n.end - n.start > f.end - f.start);
    if (overlapping.length === 0) kept.push(n);
    else if (contains && /\p{Lu}/u.test(n.text.slice(0, 1))) {
      kept.push(n);
      overlapping.forEach((f) => droppedFigures.add(f));
    }
  }
  for (const f of figures) if (!droppedFigures.has(f)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Builds a recognizer from decoded weight tables, gazetteer and country names. */
export function createRecognizer(tables: readonly WeightTable[], gazetteer?: Gazetteer, countries: readonly string[] = []): Recognizer {
  const countrySet = new Set(countries);
  const analyze = (text: string, options: RecognizeOptions = {}): TextEntities => {
    const { language } = detectLanguage(options.context && options.context.length > text.length ? options.context : text, options.lang);
    if (!marksNames(language)) {
      return { language, namesMarked: false, spans: findFigures(text).filter((f) => /\p{N}/u.test(f.text)) };
    }
    const found = joinAcronymNames(text, fixNames(text, findNames(tables, text, options.context, gazetteer)));
    const retyped = addShortNames(text, retypeDescribedPlaces(text, retypeCountries(found, countrySet)));
    const unified = unifyKinds(addListedSubjects(text, addCompanyRuns(text, retyped), gazetteer), text, gazetteer);
    // A person introduced in the context (the rest of the article) may stand alone in this part of it.
    const names = options.context ? unified : settleLonePersons(text, unified, gazetteer);
    return { language, namesMarked: true, spans: mergeSpans(names, findFigures(text)) };
  };
  return {
    recognize: (text, options) => analyze(text, options).spans,
    analyze,
  };
}

/**
 * A short news text that goes through every rule and regular expression of recognition: figures of each
 * kind (with the words some rules need, see FigureRule.needs), a date with a time, a bare count, an
 * acronym, possessives and contractions, a byline, a title before a name, a place described by a bearing
 * and by its kind, a company with and without its legal form.
 */
const WARM_UP_TEXT =
  'Shares of Nordvind Shipping Holdings Ltd rose on Friday at 6 pm as it agreed to pay $4.5 million, or 12 percent more, for 3 vessels by 2030. ' +
  "President John F. Kennedy's U.S. office in Cai Mep, south-east of Ho Chi Minh City, near the port of Vung Tau, handled 1,200.50 tonnes " +
  'on 14-03-2024 07:05 IST and 5-6 km of road in the first quarter of fiscal 2024, after a 6.1-magnitude quake at midnight, the worst since the 1990s. Nordvind Shipping didn\'t comment. "We won," he said.\n' +
  'By Harbour Ledger News Desk | Updated: 3 May 2024 | 25 people, 40 mln dollars, No. 1, 2nd time\n1 Northern Fisheries Ministry';

/**
 * Recognizes {@link WARM_UP_TEXT} twice as it is and twice with typographic quotes and dashes. V8 compiles a
 * regular expression on its first use, once for text of one-byte characters and once for text with others
 * (most web pages), and compiles it to machine code on its second use; compiling the figures' expressions
 * was most of the first recognition of an article (about 100 ms), so loading does it instead.
 */
function warmUp(recognizer: Recognizer): void {
  const typographic = WARM_UP_TEXT.replace(/'/gu, '’')
    .replace(/"([^"]*)"/gu, '“$1”')
    .replace('5-6', '5–6');
  for (const text of [WARM_UP_TEXT, WARM_UP_TEXT, typographic, typographic]) recognizer.recognize(text);
}

/** Reads the bytes of the names model file (public/models/names.bin), wherever the platform keeps it. */
export type ModelReader = () => Promise<ArrayBuffer | Uint8Array>;

let loading: Promise<Recognizer> | undefined;

/**
 * Loads the names model (once; later calls get the same instance, whatever their reader) and returns the
 * recognizer, with its regular expressions compiled (see {@link warmUp}).
 * @param readModel reads the model file's bytes (decodeModelFile checks them)
 * @throws if the model cannot be read or decoded (ModelFileError says why); a later call tries again.
 */
export function loadRecognizer(readModel: ModelReader): Promise<Recognizer> {
  loading ??= Promise.resolve()
    .then(readModel)
    .then((bytes) => {
      const model = decodeModelFile(bytes);
      const recognizer = createRecognizer(model.tables, model.gazetteer, model.countries);
      warmUp(recognizer);
      return recognizer;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
