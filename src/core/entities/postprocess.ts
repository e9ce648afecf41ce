/**
 * Small corrections of the names model's spans for page text that Reuters 1996 never showed it:
 * newsroom bylines ("Harbour Ledger News Desk" is an organization, not a person), titles swept into a
 * person's name ("President Mara Okafor"), and possessive endings.
 */
import { COMMON_ABBREVIATIONS } from './cue-words.ts';
import type { EntitySpan } from './types.ts';

/** Abbreviations of kinds of things ("SUV", "EBITDA"): alone, never a name, whatever the tagger says. */
const NOT_NAMES = new Set(COMMON_ABBREVIATIONS);

/**
 * Last words of events and prizes, MISC under CoNLL-2003's rules ("World Cup", "Glastonbury Festival",
 * "Outland Trophy"), which the tagger often types as the place or body they are named after. Not
 * "League" (leagues are organizations too: "National Football League") nor "Open" or "Games".
 */
const EVENT_ENDS = /^(?:Cup|Festival|Championship|Championships|Olympics|Trophy|Prix)$/u;

/**
 * A minister's portfolio before the title ("Health Secretary Wes Streeting", "Energy Minister …") is part
 * of the title, not an organization; the ministry itself is a longer name ("Health Ministry").
 */
const PORTFOLIO_TITLE = /^ (?:Secretary|Minister|Commissioner)(?![\p{L}-])/u;
const PORTFOLIOS: ReadonlySet<string> = new Set(
  'Health Foreign Home Defence Defense Finance Energy Education Justice Interior Transport Trade Culture Environment Agriculture Labour Labor Economy Housing Treasury Industry Employment Immigration Climate Digital Science Tourism Sports Sport Security Welfare'.split(
    ' ',
  ),
);

/** Titles that stand before a name but are not part of it. */
const TITLES = new Set([
  'President',
  'Vice',
  'Prime',
  'Minister',
  'Chancellor',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Dr',
  'Dr.',
  'Sen.',
  'Senator',
  'Gov.',
  'Governor',
  'General',
  'Gen.',
  'Judge',
  'Justice',
  'Chief',
  'Secretary',
  'Premier',
  'Sheikh',
  'Sir',
  'Dame',
  'Pope',
  'Emperor',
  'Sultan',
  'Chairman',
  'Chairwoman',
  'CEO',
  'Rep.',
  'Representative',
  'Lord',
  'Lady',
  'Professor',
  'Prof.',
  'Mayor',
  'Ambassador',
]);

/**
 * Titles that only ever stand before a person: a name the tagger typed otherwise that starts with one
 * ("CEO Tim Cook", "Mr Obama" as an organization) is the person after it, unless what follows names an
 * organization itself ("Dr Reddy's Laboratories").
 */
const PERSON_TITLES = new Set([
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Dr',
  'Dr.',
  'CEO',
  'Co-CEO',
  'CFO',
  'Gov.',
  'Sen.',
  'Rep.',
  'Director',
  'Founder',
  'Chairman',
  'Chairwoman',
]);

/** Last words that make a name an organization whatever stands before it. */
const ORGANIZATION_ENDS =
  /\b(?:Inc|Corp|Ltd|LLC|Group|Bank|Laboratories|Labs|University|Institute|Foundation|Council|Party|Agency|Association|Trust|Fund|Hotel|Company|Holdings|Media|Network|Office|Department|Ministry|Commission)\.?$/u;

/**
 * An "'s" that a verb follows ends a name, not a possessive: "Moody's said", "Boatmen's was the prize"
 * (companies named after their founder's shop). Only finite verbs that cannot follow a contracted "has"
 * or "is" ("Tesla's announced" is "Tesla has announced"), and no noun ("Lebed's plans").
 */
const NAME_WITH_S = /^['’]s (?:is|was|has|will|would|could|can|says|said|does|did|expects)(?![\p{L}-])/u;

/** Words after which a short run of capitals is a stock ticker, not a name ("under the ticker NVDA"). */
const TICKER_CUE = /(?:\b(?:ticker|symbol|tickers|symbols)|\b(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX)\s?:)\s*$/u;

/** Heads of organization names that go on with "of", "on", "for" ("National Institute on Drug Abuse"). */
const ORGANIZATION_HEAD =
  /(?:Institute|Institutes|Council|Commission|Committee|Center|Centre|Centers|Centres|Office|Department|Ministry|Agency|Bureau|Association|Federation|Union|Board|Authority|Society|Academy|School|College|University|Organization|Organisation|Court|Fund|Administration|Brotherhood|Alliance|League)$/u;

/** The rest of such a name: a preposition and capitalised words, with inner "and", "of", "the". */
const ORGANIZATION_TAIL = /^ (?:of|on|for) (?:the )?\p{Lu}[\p{L}’'-]*(?: (?:(?:and|of|on|for|the) )?\p{Lu}[\p{L}’'-]*)*/u;

/** An organization's name with its field after the head ("Agency for Medical Research", "Ministry of Economy"). */
const ORGANIZATION_OF = new RegExp(
  `\\b(?:${ORGANIZATION_HEAD.source.slice(3, -2)}) (?:of|on|for) (?:the )?\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*)*$`,
  'u',
);

/**
 * The rest of the fields such a name lists, which the tagger often leaves out or reads as another name:
 * "… for Health and Care Excellence", "Ministry of Economy, Trade and Industry". A list of capitalised
 * words ending in "and" and capitalised words, followed by a word that is not capitalised.
 */
const ORGANIZATION_AND =
  /^(?:, \p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)?)*,? and \p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,2}(?=[,.;:]? +\p{Ll}|[,.;:]?$|[,.;:]? *\n)/u;

/**
 * Titles that stand between a place or company and a person ("South Dakota Gov. Kristi Noem", "Apple CEO Tim
 * Cook"), which the tagger sweeps into one name with either side: what stands before a title of office is
 * a place, before a company title a company. "President" is left out: universities and companies have them.
 */
const OFFICE_TITLES = new Set(['Gov.', 'Governor', 'Sen.', 'Senator', 'Rep.', 'Mayor', 'Minister']);
const COMPANY_TITLES = new Set(['CEO', 'Co-CEO', 'CFO', 'COO', 'CTO', 'Founder', 'Chairman', 'Chairwoman']);

/**
 * Splits a span at a title inside it: the words before become a place or company, the title belongs to
 * neither, the words after (or the name right after the span) are the person.
 */
function splitAtTitles(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const span of spans) {
    const words = span.text.split(' ');
    const at = words.findIndex((w, i) => i > 0 && (OFFICE_TITLES.has(w) || COMPANY_TITLES.has(w)));
    const last = at === words.length - 1;
    // A title that ends the span only splits it when a name follows ("… Gov. Kristi Noem").
    if (at < 0 || (last && !/^ \p{Lu}/u.test(text.slice(span.end, span.end + 2)))) {
      out.push(span);
      continue;
    }
    const headEnd = span.start + words.slice(0, at).join(' ').length;
    out.push({ start: span.start, end: headEnd, type: OFFICE_TITLES.has(words[at]) ? 'LOC' : 'ORG', text: text.slice(span.start, headEnd) });
    if (last) continue;
    const tailStart = headEnd + 1 + words[at].length + 1;
    out.push({ start: tailStart, end: span.end, type: 'PER', text: text.slice(tailStart, span.end) });
  }
  return out;
}

/**
 * Fixes name spans found in `text`: splits names at a title inside them, joins a name with a following newsroom word ("Ledger" + "News
 * Desk") and types such bylines ORG, strips leading titles from persons and trailing possessives, and joins
 * adjacent names of one type.
 */
export function fixNames(text: string, found: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  const spans = splitAtTitles(text, found);
  for (const span of spans) {
    let { start, end } = span;
    let type = span.type;
    // Extend over capitalized newsroom words right after the name ("Harbour Ledger News Desk").
    const after = /^(?: (?:News|Desk|Bureau|Newsroom|Staff|Wire))+(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 40));
    if (after && (type === 'PER' || type === 'ORG' || type === 'MISC')) {
      end += after[0].length;
      type = 'ORG';
    }
    if (type === 'ORG' && ORGANIZATION_HEAD.test(text.slice(start, end))) {
      const tail = ORGANIZATION_TAIL.exec(text.slice(end, end + 120));
      if (tail) end += tail[0].length;
    }
    // "… for Health" + " and Care Excellence", unless a place is among the words ("Ministry of Defence and Britain").
    if (type === 'ORG' && ORGANIZATION_OF.test(text.slice(start, end))) {
      const more = ORGANIZATION_AND.exec(text.slice(end, end + 80));
      if (more && !spans.some((s) => s.type === 'LOC' && s.start >= end && s.start < end + more[0].length)) end += more[0].length;
    }
    const words = text.slice(start, end).split(' ');
    // Newsroom bylines name organizations.
    if (words.length > 1 && /^(?:Desk|Bureau|Newsroom)$/u.test(words[words.length - 1])) type = 'ORG';
    if (words.length === 1 && /^[A-Z]{2,5}$/u.test(words[0]) && TICKER_CUE.test(text.slice(Math.max(0, start - 24), start))) continue;
    if (words.length === 1 && NOT_NAMES.has(words[0])) continue;
    if (words.length > 1 && EVENT_ENDS.test(words[words.length - 1])) type = 'MISC';
    if (words.length === 1 && PORTFOLIOS.has(words[0]) && PORTFOLIO_TITLE.test(text.slice(end, end + 16))) continue;
    if (type !== 'PER' && words.length > 1 && words.length <= 4 && PERSON_TITLES.has(words[0]) && !ORGANIZATION_ENDS.test(words[words.length - 1])) {
      start += words[0].length + 1;
      words.shift();
      type = 'PER';
    }
    if (type === 'PER') {
      let k = 0;
      while (k < words.length - 1 && TITLES.has(words[k])) k++;
      for (let j = 0; j < k; j++) start += words[j].length + 1;
    }
    const possessive = /['’]s?$/u.exec(text.slice(start, end));
    if (possessive && end - possessive[0].length > start) end -= possessive[0].length;
    if (NAME_WITH_S.test(text.slice(end, end + 20))) end += 2;
    const prev = out[out.length - 1];
    if (prev && prev.end > start) continue;
    // Two names of one type separated by a single space are one name the tagger split, which happens in
    // lower-case text where every word looks like a name of its own ("mara" + "okafor").
    if (prev && prev.type === type && text.slice(prev.end, start) === ' ') {
      out[out.length - 1] = { start: prev.start, end, type, text: text.slice(prev.start, end) };
      continue;
    }
    out.push({ start, end, type, text: text.slice(start, end) });
  }
  return out;
}
