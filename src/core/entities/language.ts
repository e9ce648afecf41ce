/**
 * The language of a text, and whether names are marked in it.
 *
 * The names model was trained on English. On a page in another language it takes capitalised verbs and
 * nouns for names ("Assista", "Veja", "Lesen", "Wahl"), so names are only marked in languages where a
 * labelled sample showed precision of at least 0.9: English so far. Figures written with digits are
 * marked in any language.
 *
 * The detector is eld (Nito-ELD, the "extrasmall" n-gram database, about 0.28 MB gzipped, loaded only
 * where the recognizer runs: the offscreen worker, Firefox's background page, the command line). Measured
 * beside franc-min on short sentences in seven languages: eld named all 12 right, franc-min 11 and none of
 * the one- or two-word lines ("Assista ao vídeo." was Pampanga to franc-min), and eld was about 20 times
 * faster; franc-min's data is smaller (0.05 MB gzipped) but short captions and CLI lines need eld's accuracy.
 */
import { eld } from 'eld/extrasmall';

/** Languages whose names Margin marks (ISO 639-1). */
export const NAME_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/** Text the detector reads: eld itself reads at most the first 1,000 characters. */
const SAMPLE_LENGTH = 1000;

/**
 * A text whose English score is at least this share of the best language's score is taken as English:
 * short English lines of names and numbers look like other languages to n-grams ("Shares rose 4%." scores
 * Tagalog 0.72, English 0.63), while real foreign text gives English far less ("Assista ao vídeo.": 0.42
 * against Portuguese 0.79; "Lesen Sie auch:" 0).
 */
const ENGLISH_SHARE = 0.85;

/** A language's primary subtag from a `lang` attribute ("pt-BR" → "pt"), or undefined if it has none. */
export function primaryLanguage(lang: string | null | undefined): string | undefined {
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/iu.exec(lang ?? '');
  return m ? m[1].toLowerCase() : undefined;
}

/** What {@link detectLanguage} found. */
export interface LanguageGuess {
  /** ISO 639-1 code ("en", "pt"), or "und" when neither the text nor a declaration says. */
  language: string;
  /** Where it came from: the detector, the page's `lang` declaration, or neither (English assumed). */
  source: 'text' | 'declared' | 'assumed';
}

/**
 * The language of `text`. The detector's answer wins when it is reliable (pages often declare the
 * template's language, not the article's); otherwise the page's declared `lang`; otherwise, for text too
 * short to tell, English is assumed, the model's own language.
 */
export function detectLanguage(text: string, declared?: string | null): LanguageGuess {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const result = /\p{L}/u.test(sample) ? eld.detect(sample) : undefined;
  if (result && result.language && result.language !== 'und' && result.isReliable()) {
    if (result.language === 'en') return { language: 'en', source: 'text' };
    const scores = result.getScores();
    const english = scores.en ?? 0;
    return { language: english >= ENGLISH_SHARE * (scores[result.language] ?? 1) ? 'en' : result.language, source: 'text' };
  }
  const lang = primaryLanguage(declared);
  if (lang) return { language: lang, source: 'declared' };
  if (result && result.language && result.language !== 'und') return { language: result.language, source: 'text' };
  return { language: 'en', source: 'assumed' };
}

/** True if Margin marks names in `language`. */
export function marksNames(language: string): boolean {
  return NAME_LANGUAGES.has(language);
}
