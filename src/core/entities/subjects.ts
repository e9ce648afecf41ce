/**
 * Companies the tagger leaves unmarked. Trained on 1996 wire copy, it rarely takes a sentence's first word
 * for a name it has not seen ("Netflix has been…", "Apple was pulled into…", "Apple CEO Tim Cook"). A
 * capitalised word the company or brand lists know, that the article never writes in lower case, and that
 * stands where companies stand (the subject of a verb, before "CEO" or "shares") is marked as an
 * organization. The lists alone never mark a word: the words after it must say so too. The company list
 * holds many common words that are also personal names ("Paper", "King"), so a word listed only there and
 * as a personal name is left alone; the brand and platform list is cleaner. An acronym the text introduces
 * ("ACT, the small party behind it", "…, known as AMED") takes the kind it is given, and the surname of the
 * one person the article names in full is that person where the tagger left it out ("said King").
 */
import { COMMON_ABBREVIATIONS, NOT_SUBJECTS } from './cue-words.ts';
import type { Gazetteer } from './gazetteer.ts';
import { APPOSED_SUBJECT_VERB, appositionKind, contextVotes, listedAs, SUBJECT_VERB, theOrganizationNoun } from './kind-cues.ts';
import { sentenceStart, titleCaseLine } from './text-lines.ts';
import type { EntitySpan, EntityType } from './types.ts';

/** A capitalised word, possibly a web address ("JD.com"). */
const WORD = /(?<![\p{L}\p{N}.'’-])\p{Lu}[\p{L}\p{N}]+(?:\.com)?(?![\p{L}\p{N}'’-])/gu;

/** Adds ORG spans for such words of `text` that no span of `spans` covers. */
export function addListedSubjects(text: string, spans: readonly EntitySpan[], gazetteer: Gazetteer | undefined): EntitySpan[] {
  if (!gazetteer) return spans as EntitySpan[];
  const added: EntitySpan[] = [];
  let k = 0;
  const surnames = surnameCounts(spans);
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < spans.length && spans[k].end <= start) k++;
    if (k < spans.length && spans[k].start < end) continue;
    // The surname of the one person the article names in full ("said King", "Sheinbaum Unveils Plan"): not
    // after "in", "at" or "near" (a place), and first in a sentence only in a headline.
    if (
      surnames.get(m[0]) === 1 &&
      !/(?:^|[^\p{L}])(?:in|at|near) $/u.test(text.slice(Math.max(0, start - 6), start)) &&
      (!sentenceStart(text, start) || titleCaseLine(text, start))
    ) {
      added.push({ start, end, type: 'PER', text: m[0] });
      continue;
    }
    // One of two names an apposition gives a plural company head ("Boots and Superdrug, the two largest chains").
    if (pairWithPluralHead(text, start, end)) {
      added.push({ start, end, type: 'ORG', text: m[0] });
      continue;
    }
    if (NOT_SUBJECTS.has(m[0])) continue;
    // An acronym the text introduces takes the kind it is given, even first in its sentence.
    if (/^\p{Lu}{2,6}$/u.test(m[0]) && !ABBREVIATIONS.has(m[0])) {
      const kind = acronymKind(text, start, end, spans.slice(Math.max(0, k - 3), k));
      if (kind) {
        added.push({ start, end, type: kind, text: m[0] });
        continue;
      }
    }
    // Part of a longer capitalised phrase the tagger chose not to mark, or after "the" (a company is rarely
    // "the Apple"; "the Amazon has flooded" is the river) unless a kind of organization follows ("the
    // Nickelodeon channel").
    const before = text.slice(Math.max(0, start - 20), start);
    if (/(?:\p{Lu}[\p{L}.]*|(?<![\p{L}])the) $/u.test(before) && !theOrganizationNoun(before, text.slice(end, end + 20))) continue;
    const span: EntitySpan = { start, end, type: 'ORG', text: m[0] };
    const after = text.slice(end, end + 60);
    const cued = (contextVotes(text, span).ORG ?? 0) > 0;
    if (!cued && !SUBJECT_VERB.test(after) && !APPOSED_SUBJECT_VERB.test(after)) continue;
    const listed = listedAs(gazetteer, m[0]);
    // Brands and platforms, or companies that are not also personal names ("Paper", "King" are both) nor
    // titles; with a company's own cue ("the founder of Skydance"), also a word no list knows as a person,
    // a place, a people or a title.
    const company = listed.has('B') || (listed.has('O') && !listed.has('P'));
    if (listed.has('T') || !(company || (cued && unlisted(listed) && !sentenceStart(text, start)))) continue;
    if (new RegExp(`(?<![\\p{L}])${m[0].toLowerCase().replace('.', '\\.')}(?![\\p{L}])`, 'u').test(text)) continue;
    added.push(span);
  }
  return added.length === 0 ? (spans as EntitySpan[]) : [...spans, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Abbreviations of kinds of things ("SUV"), never an introduced acronym. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(COMMON_ABBREVIATIONS);

/**
 * The kind of an acronym the text introduces: an apposition naming its kind ("ACT, the small party behind
 * it") or "known as" after the full name ("the Japan Agency for …, known as AMED": the full name's kind).
 */
function acronymKind(text: string, start: number, end: number, before: readonly EntitySpan[]): EntityType | undefined {
  const kind = appositionKind(text.slice(end, end + 60));
  if (kind) return kind;
  const known = KNOWN_AS.exec(text.slice(Math.max(0, start - 60), start));
  if (!known) return undefined;
  const at = start - known[0].length;
  return before.find((s) => s.end === at && s.type !== 'MISC')?.type;
}

/** ", known as", ", also known by its French initials as" before an acronym. */
const KNOWN_AS = /, (?:(?:also|commonly|widely|better) )?known (?:by [\p{L}' ]{1,30} )?as $/u;

/** Whether no list holds the word as a person's name, a place, a nationality or a title. */
function unlisted(listed: ReadonlySet<string>): boolean {
  return !listed.has('P') && !listed.has('L') && !listed.has('D') && !listed.has('T');
}

/** How many different full names of people (two words or more) end with each word. */
function surnameCounts(spans: readonly EntitySpan[]): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || !s.text.includes(' ') || seen.has(s.text)) continue;
    seen.add(s.text);
    const last = s.text.slice(s.text.lastIndexOf(' ') + 1).replace(/['’]s?$/u, '');
    counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  return counts;
}

/** Plural kinds of organization, heads of an apposition to two names. */
const PLURAL_ORG_HEADS: ReadonlySet<string> = new Set(
  'companies firms groups banks lenders chains retailers carmakers automakers airlines parties brands studios networks insurers broadcasters publishers unions charities agencies supermarkets'.split(
    ' ',
  ),
);
/** A name of one to three capitalised words, and the other name of "X and Y" after or before a word. */
const PAIR_NAME = String.raw`\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,2}`;
const PARTNER_AFTER = new RegExp(`^ and ${PAIR_NAME}`, 'u');
const PARTNER_BEFORE = new RegExp(`(?:^|[^\\p{L}])${PAIR_NAME} and $`, 'u');
/** ", the two largest chains", ", both unions": the apposition's first words. */
const PAIR_APPOSITION = /^, (?:the|both) ((?:[\p{L}-]+(?: |(?=[,.;]|$))){1,4})/u;

/**
 * Whether the word at `start`…`end` is one of two names joined by "and" ("X and Y" with the word as X or Y)
 * that an apposition with a plural organization head follows.
 */
function pairWithPluralHead(text: string, start: number, end: number): boolean {
  // Cheap test first: most words have no "and" next to them.
  const after = text.slice(end, end + 60);
  const joinedAfter = after.startsWith(' and ');
  if (!joinedAfter && !text.slice(Math.max(0, start - 5), start).endsWith(' and ')) return false;
  let rest: string | undefined;
  const partner = joinedAfter ? PARTNER_AFTER.exec(after) : null;
  if (partner) rest = text.slice(end + partner[0].length, end + partner[0].length + 60);
  else if (!joinedAfter && PARTNER_BEFORE.test(text.slice(Math.max(0, start - 60), start))) rest = after;
  if (rest === undefined) return false;
  const m = PAIR_APPOSITION.exec(rest);
  return (
    m !== null &&
    m[1]
      .trim()
      .split(' ')
      .some((w) => PLURAL_ORG_HEADS.has(w))
  );
}
