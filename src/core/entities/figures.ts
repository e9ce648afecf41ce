/**
 * Rule-based key-figure recognizer: money, percentages, quantities with units, dates, times and other key
 * numbers. No model is needed, so it runs instantly on any text.
 *
 * Conventions (the test set in tests/data/figures.jsonl follows them):
 * - A date directly followed by a time ("14-03-2024 07:05 IST", "Monday at 9 am") is ONE span of type DATE,
 *   because a reader sees one moment, not two facts.
 * - "by 2030" is a DATE span including "by" (a deadline); other prepositions stay outside.
 * - Durations of days and longer ("4 weeks") are DATE, of hours or less TIME, as in OntoNotes.
 * - A bare number is a NUMBER only where it counts something: a multiplier ("5 million"), a value of at
 *   least 10, or a count noun after it ("3 people"); identifiers like "Article 370", "COVID-19", "G20" and
 *   list numbers are not figures.
 */
import { FIGURE_RULES } from './figure-patterns.ts';
import type { EntitySpan } from './types.ts';

/** Lower-case words before a number that make it an identifier rather than a figure. */
const IDENTIFIER_WORDS = new Set([
  'page',
  'pages',
  'section',
  'article',
  'chapter',
  'room',
  'flight',
  'route',
  'line',
  'rule',
  'clause',
  'paragraph',
  'phase',
  'level',
  'grade',
  'class',
  'version',
  'episode',
  'season',
  'part',
  'vol',
  'gate',
  'platform',
  'ward',
  'sector',
  'block',
  'plot',
  'unit',
  'model',
  'covid',
  'number',
  'no',
  'nos',
  'act',
  'schedule',
  'item',
  'row',
  'seat',
  'bus',
  'train',
  'highway',
  'street',
  'road',
  'avenue',
  'tier',
  'stage',
]);

/** Capitalized words that may stand before a counted number at the start of a sentence. */
const LEADING_WORDS = new Set([
  'about',
  'some',
  'over',
  'nearly',
  'almost',
  'around',
  'only',
  'just',
  'at',
  'by',
  'of',
  'in',
  'on',
  'with',
  'another',
  'all',
  'and',
  'but',
  'roughly',
  'more',
  'fewer',
  'less',
  'up',
  'down',
  'since',
  'after',
  'before',
  'than',
  'to',
  'from',
  'until',
  'approximately',
  'exactly',
  'estimated',
  'an',
  'the',
  'as',
  'for',
  'nearly',
  'when',
  'while',
  'of',
  'among',
  'between',
  'under',
  'below',
  'above',
  'least',
  'most',
  'still',
  'even',
  'those',
  'these',
  'if',
  'some',
  'total',
  'every',
  'each',
  'almost',
  'are',
  'were',
  'had',
  'have',
  'has',
  'was',
  'is',
]);

/** Nouns that make even a small number a key count. */
const COUNT_NOUNS =
  /^(?:people|persons?|dead|deaths?|killed|injured|victims?|votes?|seats?|workers?|employees?|jobs?|students?|children|soldiers?|troops|cases?|patients?|residents?|users?|members?|families|households?|homes?|houses?|villages?|vehicles?|cars?|flights?|passengers?|delegates?|candidates?|countries|nations|states|cities|districts?|companies|firms|banks|schools?|hospitals?|officers?|police(?:men)?|militants?|civilians?|protesters?|farmers?|women|men|girls?|boys?|adults?|infants?|babies|teams?|players?|goals?|medals?|wins?|points?|runs?|wickets?|games?|matches|titles?|times?|species|projects?|units?|plants?|mines?|factories|shares?|tests?|doses?|arrests?|suspects?|prisoners?|hostages?|refugees?|migrants?|tourists?|visitors?|ships?|vessels?|aircraft|planes?|drones?|missiles?|rockets?|attacks?|incidents?|accidents?|fires?|bills?|laws?|ministers?|lawmakers?|legislators?|MPs|MLAs|senators?|judges?|survivors?|casualties|fatalities|infections?|vaccinations?|beds?|rooms?|stores?|outlets?|branches?|offices?|sites?|stations?|agreements?|deals?|contracts?|pacts?|crew|staff|engineers?|doctors?|nurses?|teachers?|bodies|lives|buildings?|trains?|buses)$/u;

interface Candidate extends EntitySpan {
  rank: number;
  bare: boolean;
}

/** Whether a bare number at `start..end` counts something rather than naming or listing. */
function keepBareNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const prevWord = /([\p{L}.]+)\s*$/u.exec(before)?.[1] ?? '';
  const lineStart = /(?:^|\n)\s*$/u.test(before);
  // List and ranking numbers at the start of a line ("1 Coastal Guard ...", "2. ...").
  if (lineStart && /^(?:[.)]|\s+\p{Lu})/u.test(after)) return false;
  if (/\s$/u.test(before) || before === '') {
    const bare = prevWord.replace(/\.$/u, '');
    if (IDENTIFIER_WORDS.has(bare.toLowerCase())) return false;
    // A capitalized word right before ("Article 370", "Boeing 737") names a thing, unless it only starts the sentence.
    if (/^\p{Lu}/u.test(bare) && !LEADING_WORDS.has(bare.toLowerCase())) return false;
  }
  const value = text.slice(start, end);
  const nextWord = /^\s+([\p{L}]+)/u.exec(after)?.[1] ?? '';
  // Spelled-out numbers count only before a count noun, and not after "the" ("the two cities").
  if (!/\p{N}/u.test(value)) return COUNT_NOUNS.test(nextWord) && !/^(?:the|these|those|its|their|his|her|our|all)$/iu.test(prevWord);
  if (COUNT_NOUNS.test(nextWord)) return true;
  // Digits with a multiplier ("5 million") always count.
  if (/\p{L}/u.test(value)) return true;
  const digits = Number(value.replace(/,/gu, '').split(/\s|-|–|to/u)[0]);
  return Number.isFinite(digits) && digits >= 10;
}

/** Joins a date and the time right after it ("14-03-2024 07:05 IST", "Monday at 9 am") into one DATE span. */
function joinDateTime(text: string, spans: EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'DATE' && s.type === 'TIME' && /^(?:,?\s+(?:at\s+)?|T|,\s*)$/u.test(text.slice(prev.end, s.start))) {
      out[out.length - 1] = { start: prev.start, end: s.end, type: 'DATE', text: text.slice(prev.start, s.end) };
    } else {
      out.push(s);
    }
  }
  return out;
}

/** Whether the character (whole code point) before index i is one of `chars`. */
function follows(chars: RegExp, text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const at = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return chars.test(String.fromCodePoint(text.codePointAt(at)!));
}

/**
 * Finds the key figures in `text`: MONEY, PERCENT, QUANTITY, DATE, TIME and NUMBER spans, sorted by start
 * and non-overlapping. Where rules overlap, the longest match wins, then the earlier rule.
 */
export function findFigures(text: string): EntitySpan[] {
  const candidates: Candidate[] = [];
  // Whether the text has one of a rule's needed words, by list (several rules share the month names).
  const has = new Map<readonly string[], boolean>();
  FIGURE_RULES.forEach((rule, rank) => {
    const needs = rule.needs;
    if (needs) {
      let found = has.get(needs);
      if (found === undefined) has.set(needs, (found = needs.some((word) => text.includes(word))));
      if (!found) return;
    }
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      if (rule.notAfter && follows(rule.notAfter, text, start)) {
        // The rule's look-behind fails here: search again from the next character, as the regular
        // expression with its look-behind would have.
        pattern.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
        continue;
      }
      let end = start + m[0].length;
      if (end === start) pattern.lastIndex++;
      // A trailing sentence period is not part of the figure, except in "a.m."/"p.m.".
      if (text[end - 1] === '.' && !/[ap]\.m\.$/u.test(m[0])) end--;
      if (end <= start) continue;
      candidates.push({ start, end, type: rule.type, text: text.slice(start, end), rank, bare: rule.bare === true });
    }
  });
  // Choose greedily by length: a longer figure beats any shorter one it overlaps.
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.rank - b.rank);
  const taken: Candidate[] = [];
  for (const c of byLength) {
    if (taken.some((t) => t.start < c.end && c.start < t.end)) continue;
    if (c.bare && !keepBareNumber(text, c.start, c.end)) continue;
    taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  // Built with push, not map: optimized code makes map's results holey, and an array that changes kind
  // once the recognizer is warm makes the code reading it be compiled again.
  const spans: EntitySpan[] = [];
  for (const { start, end, type } of taken) spans.push({ start, end, type, text: text.slice(start, end) });
  return joinDateTime(text, spans);
}
