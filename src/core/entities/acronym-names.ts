/**
 * Long organization names that the text defines with an acronym: "the Agency for Coastal Research and
 * Monitoring (ACRM)", "the Ministry of Water, Parks and Rural Affairs, known as MWPRA", "… or MWPRA". The
 * tagger, trained on 1996 wire copy where such names are short, cuts them at "for", "and" or a comma
 * ("Ministry of Water" + "Parks" + "Rural Affairs"). Where the acronym spells the Title Case words before
 * it, those words are one organization, and so is the acronym wherever the article writes it.
 *
 * The match follows Schwartz & Hearst (2003, "A simple algorithm for identifying abbreviation definitions
 * in biomedical text"): the acronym's letters are found right to left in the long form, the first one at
 * the start of a word, so letters inside words ("AMED": Agency for Medical rEsearch and Development) and
 * skipped words ("NICE": National Institute for Health and Care Excellence) are allowed.
 */
import type { EntitySpan } from './types.ts';

/** An acronym defined right after a name: "(ACRM)", ", known as ACRM", ", or ACRM". */
const DEFINITION = /(?: \((\p{Lu}{2,6})\)|, (?:known as|or) (\p{Lu}{2,6}))(?![\p{L}\p{N}])/gu;

/** Words an organization's name holds between its capitalised words ("of", "and"), lower case. */
const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&']);

/** A capitalised word of a name ("Ministry", "U.S.", "King's"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}.'’-]*$/u;

/**
 * Words that make a long form an organization, and not a title ("Chief Executive Officer (CEO)") or a thing
 * ("Gross Domestic Product (GDP)", "Computer Aided Design (CAD)", whatever the tagger made of it).
 */
const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  'Ministry Department Institute Institutes Agency Commission Council Office Centre Center Centers Centres Authority Bureau Board Committee Association Federation Union Organization Organisation Fund Bank Administration Service Services Foundation Society Academy University College School Court Party Alliance League Corporation Company Group Trust Network Forum Programme Program Coalition Directorate Secretariat Tribunal Inspectorate Regulator Assembly Parliament Congress Senate Police Force Forces Front Movement Exchange Army Navy Laboratory Laboratories Hospital'.split(
    ' ',
  ),
);

/** Short English words that a title in capitals has in brackets too: "Intelligent Network (IN) products". */
const WORDS_IN_CAPITALS: ReadonlySet<string> = new Set('IN ON OR AN AS AT IT IS TO OF BY NO SO UP WE US DO GO HE ME MY BE IF OK'.split(' '));

/** The longest run of name words this looks back over (about the longest ministry's name). */
const MAX_RUN_WORDS = 14;

interface Word {
  start: number;
  end: number;
  text: string;
}

/**
 * The words of the Title Case run that ends at `end` (capitalised words, small words and commas between
 * them), in text order, nearest word last. Stops at anything else: a lower-case word, other punctuation, a
 * line break.
 */
function runBefore(text: string, end: number): Word[] {
  const from = Math.max(0, end - 240);
  const tokens = [...text.slice(from, end).matchAll(/[^\s,]+|,|\n/gu)];
  const words: Word[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < MAX_RUN_WORDS; i--) {
    const token = tokens[i][0];
    const start = from + tokens[i].index;
    // The nearest word ends right at `end`; a word cut by the window's start is not a word.
    if ((words.length === 0 && start + token.length !== end) || (i === 0 && from > 0)) break;
    if (token === ',') continue;
    if (!NAME_WORD.test(token) && !SMALL_WORDS.has(token)) break;
    words.unshift({ start, end: start + token.length, text: token });
  }
  while (words.length > 0 && !NAME_WORD.test(words[0].text)) words.shift();
  return words;
}

/**
 * The index of the first word of the long form `acronym` abbreviates among `words` (Schwartz & Hearst's
 * right-to-left letter match, the first letter at the start of a capitalised word, the last letter in
 * the last word's initial), or -1.
 */
function longFormStart(words: readonly Word[], acronym: string): number {
  const letters = acronym.toLowerCase();
  if (words.length === 0 || words[words.length - 1].text[0].toLowerCase() !== letters[letters.length - 1]) return -1;
  let w = words.length - 2;
  let below = -1; // the next letter is looked for left of this index in words[w]; -1: the whole word
  for (let k = letters.length - 2; k >= 0; k--) {
    let found = false;
    while (w >= 0 && !found) {
      const word = words[w].text.toLowerCase();
      for (let i = (below < 0 ? word.length : below) - 1; i >= 0 && !found; i--) {
        if (word[i] !== letters[k] || (k === 0 && (i !== 0 || !NAME_WORD.test(words[w].text)))) continue;
        below = i;
        found = true;
      }
      if (!found) {
        w--;
        below = -1;
      }
    }
    if (!found) return -1;
    if (k === 0) return w;
    if (below === 0) {
      w--;
      below = -1;
    }
  }
  return -1;
}

/**
 * The first word of the name whose long form starts at `words[at]`: acronyms often leave out the
 * organization's kind ("HUD": Department of Housing and Urban Development) and a place before it ("AMED":
 * Japan Agency for Medical Research and Development), so the name takes in "Department of" and capitalised
 * words right before it (one space apart, not "The").
 */
function widen(text: string, words: readonly Word[], at: number): number {
  if (at < 0) return at;
  for (;;) {
    const prev = words[at - 1];
    if (!prev) return at;
    const gap = text.slice(prev.end, words[at].start);
    if (gap !== ' ') return at;
    // Not a possessive: "the union's Workers' Council (WC)" belongs to the union.
    if (NAME_WORD.test(prev.text) && prev.text !== 'The' && !/['’]s?$/u.test(prev.text)) at--;
    else if (
      /^(?:of|for|on)$/u.test(prev.text) &&
      words[at - 2] &&
      ORGANIZATION_WORDS.has(words[at - 2].text) &&
      text.slice(words[at - 2].end, prev.start) === ' '
    )
      at -= 2;
    else return at;
  }
}

/**
 * Makes each long name `text` defines with an acronym one ORG span, in place of the pieces the tagger
 * marked inside it, and marks the acronym ORG wherever it stands alone. A long form a tagged span crosses
 * is left alone, and so is one without an organization word (see ORGANIZATION_WORDS).
 */
export function joinAcronymNames(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  const longForms: EntitySpan[] = [];
  const acronyms = new Set<string>();
  for (const m of text.matchAll(DEFINITION)) {
    const acronym = m[1] ?? m[2];
    if (WORDS_IN_CAPITALS.has(acronym)) continue;
    const words = runBefore(text, m.index);
    const at = widen(text, words, longFormStart(words, acronym));
    if (at < 0) continue;
    const start = words[at].start;
    const end = words[words.length - 1].end;
    const inside = spans.filter((s) => s.start < end && start < s.end);
    if (inside.some((s) => s.start < start || s.end > end)) continue;
    if (!words.slice(at).some((w) => ORGANIZATION_WORDS.has(w.text))) continue;
    longForms.push({ start, end, type: 'ORG', text: text.slice(start, end) });
    acronyms.add(acronym);
  }
  if (longForms.length === 0) return spans as EntitySpan[];
  const out: EntitySpan[] = [];
  for (const s of spans) {
    if (longForms.some((f) => f.start <= s.start && s.end <= f.end)) continue;
    out.push(acronyms.has(s.text) && s.type !== 'ORG' ? { start: s.start, end: s.end, type: 'ORG', text: s.text } : s);
  }
  out.push(...longForms);
  // The acronym where the tagger left it out, standing alone (not inside a marked name).
  for (const acronym of acronyms) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = m.index;
      const end = start + acronym.length;
      if (out.some((s) => s.start < end && start < s.end)) continue;
      out.push({ start, end, type: 'ORG', text: acronym });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
