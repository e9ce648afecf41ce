/**
 * One-word "persons" nothing in the article supports as people. The tagger types an unknown capitalised
 * word as a person by default, which on today's news is often a small company ("Brackwater said in a
 * statement", "Analysts at Quillmark", "who founded Tallowby") or a work or product ("her album Copper
 * Tides", "the drug Vexotrin"). A news story introduces a person by full name or title before using a
 * surname alone; a one-word name that never has either, is not a listed first name and has no person's cue
 * around it (a title or role before it, an age, "who", a pronoun right after) is taken for something else.
 * The text is the whole article in the extension (the rule reads nothing outside it).
 */
import { contextVotes, listedAs } from './kind-cues.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { EntitySpan } from './types.ts';

/** Nouns of works and products, with a determiner before them: "her single X", "the drug X", "the sequel, X". */
const WORK_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|her|his|its|their|this|new|debut|latest|next|first|second|third|hit)(?: [\p{Ll}-]+)? (?:single|album|song|film|movie|series|sequel|game|novel|book|drug|show|documentary|musical|podcast)(,?) $/u;

/** A pronoun only people take, within a few words after the name: "X said he", "X and her team". */
const PRONOUN_AFTER = /^(?:['’]s)?(?:,? [\p{Ll}-]+){0,3}?,? (?:he|she|him|his|her|himself|herself)(?![\p{L}])/u;

/** An age after the name: "X, aged 45", "X (45)". */
const AGE_AFTER = /^(?:, aged \d| \(\d{1,3}\))/u;

/** Lower-case nouns of organizations that stand right before a name: "the charity X", "the label X". */
const ORG_NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:company|firm|group|charity|label|studio|developer|publisher|retailer|bank|lender|insurer|startup|start-up|broadcaster|network|platform|brand|airline|carmaker|chipmaker|manufacturer|supplier|maker|operator|chain|agency|consultancy|union|club|fund|investor|owner|parent) $/u;

/** People who work at a company, before "at X": "analysts at X", "Engineers at X". */
const STAFF_AT =
  /(?:^|[^\p{L}])(?:analysts|economists|strategists|researchers|engineers|executives|staff|employees|workers|officials|sources|people|lawyers) at $/iu;

/** Verbs of founding, owning or joining a company before its name: "who founded X". */
const COMPANY_VERB_BEFORE = /(?:^|[^\p{L}])(?:founded|co-founded|launched|acquired|bought|joined|left|runs|ran) $/u;

/** Whether the words around `span` say a person: a title or role, an age, "who", a pronoun after. */
function personCue(text: string, span: EntitySpan): boolean {
  const after = text.slice(span.end, span.end + 50);
  return (contextVotes(text, span).PER ?? 0) > 0 || PRONOUN_AFTER.test(after) || AGE_AFTER.test(after);
}

/** Whether `span` follows a work's noun: "her single X", "the sequel, X, ..." (a comma only in an apposition). */
function afterWorkNoun(text: string, span: EntitySpan): boolean {
  const m = WORK_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
  return m !== null && (m[1] === '' || text[span.end] === ',');
}

/**
 * Whether the sentence around `span` is prose: four lower-case words (two letters or more), or two and more
 * of them than capitalised words and numbers. Tables of results and lists of players name people by surname alone
 * ("Did not bat: Perera, Silva", "Reyes c Okonkwo b Silva 12").
 */
function inProse(text: string, span: EntitySpan): boolean {
  const from = Math.max(text.lastIndexOf('\n', span.start), text.lastIndexOf('. ', span.start)) + 1;
  let to = text.slice(span.end).search(/\n|\. /u);
  to = to < 0 ? text.length : span.end + to;
  const sentence = text.slice(from, to);
  const lower = (sentence.match(/(?<![\p{L}\p{N}])\p{Ll}{2,}(?![\p{L}])/gu) ?? []).length;
  const other = (sentence.match(/(?<![\p{L}\p{N}])[\p{Lu}\p{N}]/gu) ?? []).length;
  return lower >= 4 || (lower >= 2 && lower > other);
}

/** Forecasters at a firm, before "at X": "analysts at X", "economists at X". */
const FORECASTERS_AT = /(?:^|[^\p{L}])(?:analysts|economists|strategists) at $/iu;

/**
 * Whether a one-word "place" the lists do not know as one is where analysts work ("Analysts at Quillmark
 * said"): a firm (the tagger reads "at X" as a place).
 */
function analystsAtPlace(text: string, f: string, mentions: readonly EntitySpan[], gazetteer: Gazetteer | undefined): boolean {
  if (f.includes(' ') || !mentions.every((s) => s.type === 'LOC')) return false;
  if (!mentions.some((s) => FORECASTERS_AT.test(text.slice(Math.max(0, s.start - 30), s.start)))) return false;
  const listed = listedAs(gazetteer, f);
  return !listed.has('L') && !listed.has('D');
}

/** Whether the words around `span` say a company. */
function companyCue(text: string, span: EntitySpan): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  return (contextVotes(text, span).ORG ?? 0) > 0 || ORG_NOUN_BEFORE.test(before) || STAFF_AT.test(before) || COMPANY_VERB_BEFORE.test(before);
}

/** The form mentions are compared in: without a possessive. */
function form(text: string): string {
  return text.replace(/['’]s?$/u, '');
}

/**
 * Retypes or drops the unsupported persons of `spans` (found in `text`). A name one of whose mentions follows
 * a work's noun is MISC. In a text that gives at least one person a full name, a one-word person that the
 * article never gives a full name, a title or a person's cue, that the personal-name list does not hold and
 * that stands in prose (not a table of results) is ORG where a company cue stands around one of its
 * mentions, a company's longer name starts with it ("Tallowby Records") or the company lists hold it, and
 * is dropped otherwise: measured, dropping cost less than keeping on every set (see the README).
 */
export function settleLonePersons(text: string, spans: readonly EntitySpan[], gazetteer: Gazetteer | undefined): EntitySpan[] {
  const byForm = new Map<string, EntitySpan[]>();
  for (const s of spans) {
    if (s.type !== 'PER' && s.type !== 'ORG' && s.type !== 'LOC' && s.type !== 'MISC') continue;
    const f = form(s.text);
    const list = byForm.get(f);
    if (list) list.push(s);
    else byForm.set(f, [s]);
  }
  // Words a multi-word person's name starts or ends with: "Cook" after "Tim Cook", "Xi" after "Xi Jinping".
  const nameParts = new Set<string>();
  // First words of a company's longer name: "Tallowby" after "Tallowby Records".
  const companyFirstWords = new Set<string>();
  let introducesPeople = false;
  for (const s of spans) {
    const words = form(s.text).split(' ');
    if (words.length < 2) continue;
    if (s.type === 'ORG') companyFirstWords.add(words[0]);
    if (s.type !== 'PER') continue;
    introducesPeople = true;
    nameParts.add(words[0]);
    nameParts.add(words[words.length - 1]);
  }
  const retype = new Map<string, EntitySpan['type'] | null>();
  for (const [f, mentions] of byForm) {
    if (analystsAtPlace(text, f, mentions, gazetteer)) {
      retype.set(f, 'ORG');
      continue;
    }
    if (!mentions.some((s) => s.type !== 'MISC') || (nameParts.has(f) && !f.includes(' '))) continue;
    const work = mentions.some((s) => afterWorkNoun(text, s));
    // Without a single full name the text is not a story that introduces its people (a headline, a post).
    // One word, not ALL CAPS (headlines' and results' surnames), not "Ata-ur-Rehman"; a mention in a list or a
    // table of results ("c Ranasinghe b Perera 12") is no evidence either way. The cheap tests come first.
    if (!work && (!introducesPeople || f.includes(' ') || !/^\p{Lu}\p{Ll}/u.test(f) || /-\p{Ll}/u.test(f))) continue;
    if (!work && mentions.some((s) => s.type !== 'PER')) continue;
    if (mentions.some((s) => personCue(text, s))) continue;
    // A work or product, whatever the tagger typed it ("the drug X" often comes out a place), unless the
    // lists know the name as a company, brand or place ("the game Powerball" is a lottery's, "the film Paris").
    if (work) {
      const listed = listedAs(gazetteer, f);
      if (!listed.has('O') && !listed.has('B') && !listed.has('L')) retype.set(f, 'MISC');
      continue;
    }
    if (mentions.some((s) => !inProse(text, s))) continue;
    const listed = listedAs(gazetteer, f);
    if (listed.has('P')) continue;
    retype.set(f, listed.has('O') || listed.has('B') || companyFirstWords.has(f) || mentions.some((s) => companyCue(text, s)) ? 'ORG' : null);
  }
  if (retype.size === 0) return spans as EntitySpan[];
  const out: EntitySpan[] = [];
  for (const s of spans) {
    const f = form(s.text);
    const type = retype.get(f);
    // Every mention of a retyped form has the kind the rule read (see above), so all of them take the new one.
    if (type === undefined) {
      out.push(s);
      continue;
    }
    if (type) out.push({ start: s.start, end: s.end, type, text: s.text });
  }
  return out;
}
