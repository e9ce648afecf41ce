/**
 * Names in headlines. A Title Case or ALL CAPS line capitalizes common words, so the tagger's main clue
 * (a capital letter mid-sentence) is gone and it makes up names ("Collaborative Quest", "Vietnam Port
 * Operator Seals"). A wrong highlight costs the reader more than a missing one, so in such lines only
 * names the rest of the document confirms (the same words tagged in a normally cased sentence) or that
 * the place and nationality lists know are kept, and in Title Case confirmed names the tagger missed are
 * added. The tagger saw many ALL CAPS headlines in training, so there it also keeps names none of whose
 * words the document writes only in lower case. Lower-case lines (sloppy headlines, captions) keep the
 * tagger's names and also get confirmed names the tagger missed.
 */
import type { DocStats, PreparedSentence } from './features.ts';
import { labelsToSpans, type TokenSpan } from './labels.ts';

/** Longest confirmed name looked for in a headline, in tokens. */
const MAX_NAME = 6;
/** Document casing value of a word only ever written in lower case mid-sentence (see collectCasing). */
const LOWER_ONLY = 2;

/**
 * Last words that make a capitalized phrase an organization's name wherever it stands ("Homegate
 * Hospitality Inc", "Michigan National Bank"), so the tagger's organization is kept even unconfirmed.
 */
export const ORG_ENDINGS = new Set([
  'inc',
  'inc.',
  'corp',
  'corp.',
  'corporation',
  'co',
  'co.',
  'ltd',
  'ltd.',
  'plc',
  'llc',
  'ag',
  'sa',
  'asa',
  'ab',
  'nv',
  'gmbh',
  'group',
  'bank',
  'fund',
  'authority',
  'institute',
  'university',
  'ministry',
  'agency',
  'association',
  'council',
  'commission',
  'committee',
  'federation',
  'union',
  'party',
  'company',
  'holdings',
  'airlines',
  'desk',
]);

/** Short words Title Case style guides leave in lower case; they say nothing about a line's casing. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'via']);

/**
 * Whether a normally cased sentence is written in Title Case: at least four words with letters after
 * the first, all those that are not small words capitalized. Lists of names and results
 * ("Ana Ruiz ( Spain ) beat Lena Holm ( Sweden ) 6-2 7-5", "Park , Tom Weller , Sam Okoro")
 * are capitalized too but are no headlines: lines with brackets, two commas or two numbers are left out.
 */
export function isTitleCase(s: PreparedSentence): boolean {
  if (s.sc !== 'N') return false;
  let words = 0;
  let capitalized = 0;
  let numbers = 0;
  let commas = 0;
  for (let i = 0; i < s.words.length; i++) {
    const sh = s.shorts[i];
    if (sh.includes('d')) numbers++;
    else if (sh === ',') commas++;
    else if (sh === '(' || sh === ')' || sh === '[' || sh === ']') return false;
    // Words start with a letter (not "'s" or "$1.2"); small words may be either case.
    if (i === 0 || (sh[0] !== 'X' && sh[0] !== 'x') || SMALL_WORDS.has(s.lower[i])) continue;
    words++;
    if (sh[0] === 'X') capitalized++;
  }
  return words >= 4 && capitalized === words && numbers < 2 && commas < 2;
}

/** How a line is cased, for the treatment of its names. */
function lineKind(s: PreparedSentence): 'title' | 'caps' | 'lower' | 'normal' {
  if (s.sc === 'U') return 'caps';
  if (isTitleCase(s)) return 'title';
  return s.sc === 'L' ? 'lower' : 'normal';
}

/** Names tagged in normally cased sentences: lower-cased phrase → type → count. */
function confirmedNames(
  sentences: readonly PreparedSentence[],
  labels: readonly (readonly string[])[],
  kinds: readonly string[],
): Map<string, Map<string, number>> {
  const names = new Map<string, Map<string, number>>();
  sentences.forEach((s, k) => {
    if (kinds[k] !== 'normal') return;
    for (const span of labelsToSpans(labels[k])) {
      const phrase = s.lower.slice(span.start, span.end).join(' ');
      const byType = names.get(phrase) ?? new Map<string, number>();
      byType.set(span.type, (byType.get(span.type) ?? 0) + 1);
      names.set(phrase, byType);
    }
  });
  return names;
}

/** The most frequent type of a confirmed name. */
function majority(byType: ReadonlyMap<string, number>): string {
  let best = '';
  let count = 0;
  for (const [type, n] of byType) {
    if (n > count) {
      best = type;
      count = n;
    }
  }
  return best;
}

/** Whether the tokens of a span are exactly one phrase of a gazetteer category (place L, nationality D). */
function listed(s: PreparedSentence, span: TokenSpan, category: string): boolean {
  const { start, end } = span;
  if (end - start === 1) return s.gaz[start].includes('g' + category + 'U');
  if (!s.gaz[start].includes('g' + category + 'B') || !s.gaz[end - 1].includes('g' + category + 'L')) return false;
  for (let i = start + 1; i < end - 1; i++) if (!s.gaz[i].includes('g' + category + 'I')) return false;
  return true;
}

/** Writes a BILOU span of `type` into `labels`. */
function put(labels: string[], start: number, end: number, type: string): void {
  if (end - start === 1) {
    labels[start] = 'U-' + type;
    return;
  }
  labels[start] = 'B-' + type;
  for (let i = start + 1; i < end - 1; i++) labels[i] = 'I-' + type;
  labels[end - 1] = 'L-' + type;
}

/**
 * Fixes, in place, the names of the first `targets` sentences that are headlines or lower case (see the
 * file comment). All sentences are read for confirmed names.
 */
export function fixHeadlineNames(sentences: readonly PreparedSentence[], labels: string[][], targets: number, doc: DocStats): void {
  const kinds: ReturnType<typeof lineKind>[] = [];
  for (const s of sentences) kinds.push(lineKind(s));
  let names: Map<string, Map<string, number>> | undefined;
  for (let k = 0; k < targets; k++) {
    const kind = kinds[k];
    if (kind === 'normal') continue;
    names ??= confirmedNames(sentences, labels, kinds);
    const s = sentences[k];
    const out = labels[k].slice();
    if (kind === 'title' || kind === 'caps') {
      out.fill('O');
      for (const span of labelsToSpans(labels[k])) {
        const byType = names.get(s.lower.slice(span.start, span.end).join(' '));
        // ALL CAPS lines keep the tagger's type: it saw many in training, and retyping them cost 0.5 F1.
        if (byType) put(out, span.start, span.end, kind === 'title' ? majority(byType) : span.type);
        else if (span.type === 'ORG' && span.end - span.start > 1 && ORG_ENDINGS.has(s.lower[span.end - 1]))
          put(out, span.start, span.end, span.type);
        else if ((span.type === 'LOC' && listed(s, span, 'L')) || (span.type === 'MISC' && listed(s, span, 'D')))
          put(out, span.start, span.end, span.type);
        // In ALL CAPS the tagger is right more often; drop only names with a word the document only
        // ever writes in lower case ("GREEN AMMONIA DEAL").
        else if (kind === 'caps' && !s.lower.slice(span.start, span.end).some((w) => doc.casing.get(w) === LOWER_ONLY))
          put(out, span.start, span.end, span.type);
        else keepConfirmedPart(s, span, out, names);
      }
    }
    // ALL CAPS lines get no names added: the tagger already reads them well, and on the validation
    // split the added ones were mostly wrong (a team in "TOUR OF NETHERLANDS", a byline's "WBO").
    if (kind !== 'caps') addConfirmed(s, out, names, doc);
    labels[k] = out;
  }
}

/**
 * Keeps the longest confirmed name inside a headline span the tagger ran on past it ("World Bank Cuts
 * Growth" when the article tags "World Bank"): there the tagger did see a name, so the words' lower-case
 * uses elsewhere ("the bank expects") do not count against it, unlike in {@link addConfirmed}.
 */
function keepConfirmedPart(s: PreparedSentence, span: TokenSpan, out: string[], names: ReadonlyMap<string, ReadonlyMap<string, number>>): void {
  let best: [number, number, string] | undefined;
  for (let i = span.start; i < span.end; i++) {
    let phrase = '';
    for (let j = i; j < span.end && j - i < MAX_NAME; j++) {
      phrase += (j > i ? ' ' : '') + s.lower[j];
      const byType = names.get(phrase);
      // Only names of two words or more: a single confirmed word inside a longer run is often a common one.
      if (byType && j > i && (!best || j + 1 - i > best[1] - best[0])) best = [i, j + 1, majority(byType)];
    }
  }
  if (best) put(out, best[0], best[1], best[2]);
}

/**
 * Marks confirmed names the tagger left out of a headline or lower-case line, longest first, when the
 * document never writes their words in lower case: "China" is a name in any line, but "Green" confirmed
 * as a person is no name in "Green Ammonia Deal" when the article speaks of "green ammonia".
 */
function addConfirmed(s: PreparedSentence, out: string[], names: ReadonlyMap<string, ReadonlyMap<string, number>>, doc: DocStats): void {
  if (names.size === 0) return;
  const n = s.words.length;
  for (let i = 0; i < n; i++) {
    if (out[i] !== 'O') continue;
    let phrase = '';
    let found = 0;
    let type = '';
    for (let k = 0; k < MAX_NAME && i + k < n && out[i + k] === 'O'; k++) {
      phrase += (k > 0 ? ' ' : '') + s.lower[i + k];
      const byType = names.get(phrase);
      if (byType) {
        found = k + 1;
        type = majority(byType);
      }
    }
    if (found === 0) continue;
    if (s.lower.slice(i, i + found).some((w) => ((doc.casing.get(w) ?? 0) & 2) !== 0)) continue;
    put(out, i, i + found, type);
    i += found - 1;
  }
}
