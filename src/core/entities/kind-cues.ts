/**
 * Evidence of what kind a name is, from the words around one mention and from the name lists. The tagger
 * weighs the same words, but only inside its sentence and as learned from 1996 wire copy, where "Alibaba
 * shares", "founder of Skydance" or "Mr Obama" hardly occur; here each cue is one vote in the article's vote
 * for the whole entity (mentions.ts), so one telling sentence can decide for all mentions.
 */
import { TITLE_WORDS } from './cue-words.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { EntitySpan, EntityType } from './types.ts';

/** Votes for kinds of name. */
export type KindVotes = Partial<Record<EntityType, number>>;

/**
 * Titles and roles that, right before a name, make it a person's ("Mr Obama", "FAA Administrator Mike
 * Whitaker", "founder Marc Benioff"): the title list and lower-case roles, looked up by the last one or two
 * words before the name (a set lookup, not a regular expression of 90 alternatives tried at each position).
 */
const TITLES_BEFORE: ReadonlySet<string> = new Set([
  ...TITLE_WORDS,
  ...'chief executive|executive|founder|co-founder|chairman|chairwoman|director|minister|spokesman|spokeswoman|spokesperson|senator|governor|analyst|economist|editor|reporter|actor|actress|singer|coach|boss|leader|elder|president|judge|professor|lawyer|attorney|researcher|scientist|author|writer|novelist|player|striker|midfielder|goalkeeper|rapper|musician|artist|designer|chef|activist|candidate|billionaire|entrepreneur|mayor|lawmaker|commissioner|secretary|prosecutor'.split(
    '|',
  ),
]);

/** The last word and the last two words of `before`, when it ends with a space. */
const LAST_WORDS = /(?:^|[^\p{L}.-])((?:[\p{L}.-]+ )?([\p{L}.-]+)) $/u;

/** Whether a title or role stands right before the name. */
function titleBefore(before: string): boolean {
  const m = LAST_WORDS.exec(before);
  return m !== null && (TITLES_BEFORE.has(m[2]) || TITLES_BEFORE.has(m[1]));
}

/**
 * Words after a name that belong to companies: "Alibaba shares", "Apple chief executive", "Tesla's CEO". A
 * place has shares and a stock market too ("Tokyo shares", "the Warsaw stock exchange"): see contextVotes.
 */
const ORG_AFTER =
  /^(?:['’]s?)? (?:shares|stock(?! (?:exchange|market|prices|index))|shareholders|headquarters|subsidiary|subsidiaries|employees|chief executive|chief financial officer|CEO|CFO|founder|co-founder|chairman|chairwoman|spokesman|spokeswoman|spokesperson)(?![\p{L}-])/u;

/** Words before a name that belong to companies: "shares of Nvidia", "founder of Skydance", "Ontario-based Magna". */
const ORG_BEFORE =
  /(?:^|[^\p{L}])(?:[Ss]hares (?:of|in)|stake in|owner of|founder of|co-founder of|chief executive of|chief executive officer of|general manager of|managing director of|CEO of|[\p{L}.]+-based|chairman of|employees of|subsidiary of|unit of|spokesman for|spokeswoman for|spokesperson for) $/u;

/**
 * An apposition after a name (", the Oslo-based chipmaker", ", a chief executive", ", the city"): its first
 * words, where the first one a kind's list knows is its head. Not a possessive ("Jo Rees, the company's
 * founder") nor a reporting clause ("in Leeds, the company said").
 */
const APPOSITION = /^, (?:the|a|an) ((?:[\p{L}-]+(?: |(?=[,.;]|$))){1,4})/u;
/**
 * A verb of naming and its object's complement: "named Lisbon the best city in the world", "voted Corvane
 * the most trusted brand". The complement's head says what the name is, as an apposition's does.
 */
const NAMING_VERB = /(?:^|[^\p{L}])(?:named|voted|ranked|crowned|dubbed|declared|rated) $/u;
const COMPLEMENT = /^ (?:as )?(?:the|a|an) ((?:[\p{L}’'-]+(?: |(?=[,.;]|$))){1,5})/u;
const PHRASE_END = new Set('of in for with that which who whose whom behind at on to from by and or as since after before'.split(' '));
const REPORTING = /^(?:said|says|added|adds|told|announced|noted|wrote)$/u;
const ORG_HEADS = new Set(
  'company firm group maker planemaker carmaker automaker chipmaker retailer bank lender insurer startup start-up platform network broadcaster publisher studio label brand giant conglomerate airline manufacturer developer regulator agency app service outlet newspaper magazine channel club team party union charity'.split(
    ' ',
  ),
);
const PER_HEADS = new Set(
  'executive founder co-founder director minister president spokesman spokeswoman editor author singer actor actress coach senator governor lawyer analyst economist professor chairman chairwoman son daughter wife husband mother father leader chief'.split(
    ' ',
  ),
);
const LOC_HEADS = new Set('city town capital state country province region island village port county'.split(' '));

/** What a company (or a person) does as a subject, right after its name: "Netflix has been…", "Apple said". */
export const SUBJECT_VERB =
  /^ (?:has|have|had|was|is|were|are|will|would|could|can|also|said|says|announced|reported|denied|agreed|plans|launched|unveiled|recalled|cut|raised|posted|sued|bought|acquired|confirmed|declined|did|does|told|warned|expects)(?![\p{L}-])/u;

/** The same after an apposition between commas: "Alphabet, Google's parent, said". */
export const APPOSED_SUBJECT_VERB = new RegExp(`^, [^,.;:()"“”]{3,40}?,${SUBJECT_VERB.source.slice(1)}`, 'u');

/** "founded X", "co-founded X". */
const FOUNDED_BEFORE = /(?:^|[^\p{L}-])(?:co-)?founded $/u;

/** The lower-case word right before a name. */
const LAST_LOWER_WORD = /(?:^|[^\p{L}-])(\p{Ll}[\p{Ll}-]*) $/u;

/** Kinds of organization that name a company after "the X" ("the CBS network"); not teams, clubs or products. */
const NOUN_AFTER_NAME =
  /^ (channel|network|newspaper|magazine|broadcaster|publisher|studio|label|party|group|company|firm|bank|lender|insurer|airline|carmaker|chipmaker|retailer|agency|regulator|conglomerate|charity|union)(?![\p{L}-])/u;

/** Endings of adjectives of origin or faith ("Islamic", "American", "Chinese", "British"). */
const ADJECTIVE_END = /(?:ic|an|ese|ish)$/u;

/**
 * Whether the name stands between "the" and a kind of organization: "the Nikkei newspaper". Not after a
 * sentence's "The", where the name may be a headline's or a title's first word (measured: one span worse on
 * wikigold).
 */
export function theOrganizationNoun(before: string, after: string): boolean {
  return /(?:^|[^\p{L}])the $/u.test(before) && NOUN_AFTER_NAME.test(after);
}

/** A person's age in apposition ("Jonas Varga, 54,") or the relative pronoun only people take ("whose" is anyone's). */
const PER_AFTER = /^(?:, \d{1,3},|, who )/u;

/**
 * Votes of the words around one mention (its own text excluded). Cues a person and a company share ("said",
 * "announced") give none, and neither do a company's cues after a known place (`place`: "Tokyo shares"),
 * which instead gets a weak vote for "in", "near", "outside", "across" before it.
 */
export function contextVotes(text: string, span: EntitySpan, place = false): KindVotes {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 60);
  const votes: KindVotes = {};
  const add = (type: EntityType, n: number) => (votes[type] = (votes[type] ?? 0) + n);
  if (titleBefore(before)) add('PER', 3);
  if (PER_AFTER.test(after)) add('PER', 2);
  // A hyphen makes the name a modifier ("shares of France-registered Cofinec"), not the company.
  if (!place && !after.startsWith('-') && !/-\p{Ll}/u.test(span.text) && (ORG_AFTER.test(after) || ORG_BEFORE.test(before))) add('ORG', 2);
  // One founds companies, charities and parties, not people or places ("who founded Pinefield in 2015").
  if (!place && FOUNDED_BEFORE.test(before)) add('ORG', 2);
  // A kind of organization right before the name is its descriptor ("the housing charity Shelter", "rating
  // agency Moody's"), like the head of an apposition after it. Not "team": "first team All-American".
  const descriptor = LAST_LOWER_WORD.exec(before);
  if (descriptor && ORG_HEADS.has(descriptor[1]) && descriptor[1] !== 'team') add('ORG', 3);
  // "the Nickelodeon channel", "the Nikkei newspaper": a name between "the" and a kind of organization
  // modifies it as a company's name does. Not an adjective of origin or faith ("the Islamic group", MISC).
  if (!span.text.includes('-') && !(span.type === 'MISC' && ADJECTIVE_END.test(span.text)) && theOrganizationNoun(before, after)) add('ORG', 2);
  if (/^-based(?![\p{L}])/u.test(after)) add('LOC', 3);
  // A known place after "in" is the place more often than its team or council; one such mention is not enough.
  if (place && /(?:^|[^\p{L}])(?:in|near|outside|across) $/u.test(before)) add('LOC', 1);
  const head = appositionHead(after) ?? (NAMING_VERB.test(before) ? appositionHead(after, COMPLEMENT) : undefined);
  if (head && ORG_HEADS.has(head)) add('ORG', 3);
  else if (head && PER_HEADS.has(head)) add('PER', 3);
  else if (head && LOC_HEADS.has(head)) add('LOC', 3);
  return votes;
}

/** The kind the apposition `after` starts with names (", the small party behind it": ORG), if any. */
export function appositionKind(after: string): EntityType | undefined {
  const head = appositionHead(after);
  if (head === undefined) return undefined;
  return ORG_HEADS.has(head) ? 'ORG' : PER_HEADS.has(head) ? 'PER' : 'LOC';
}

/** The head of the apposition `after` starts with, if any (see APPOSITION). */
function appositionHead(after: string, pattern = APPOSITION): string | undefined {
  const m = pattern.exec(after);
  if (!m) return undefined;
  const words = m[1].trim().split(' ');
  const isHead = (w: string) => ORG_HEADS.has(w) || PER_HEADS.has(w) || LOC_HEADS.has(w);
  for (let i = 0; i < words.length; i++) {
    if (!isHead(words[i].toLowerCase())) continue;
    // The head of an English noun phrase is its last noun: "the state oil company" is a company, "the port
    // city" a city. So a later head before a word that ends the phrase ("of", "whose") wins.
    for (let j = i + 1; j < words.length && !PHRASE_END.has(words[j]); j++) if (isHead(words[j].toLowerCase())) i = j;
    return REPORTING.test(words[i + 1] ?? '') ? undefined : words[i].toLowerCase();
  }
  return undefined;
}

/** Gazetteer categories (letters, see GAZETTEER_CATEGORIES) that list `phrase` as a whole. */
export function listedAs(gazetteer: Gazetteer | undefined, phrase: string): Set<string> {
  const out = new Set<string>();
  if (!gazetteer) return out;
  const words = phrase.toLowerCase().split(' ');
  if (words.length > gazetteer.maxLength) return out;
  const features = gazetteer.features(words);
  const first = features[0];
  for (const f of first) {
    const category = f[1];
    const place = f[2];
    if (words.length === 1 ? place === 'U' : place === 'B' && features[words.length - 1].includes(`g${category}L`)) out.add(category);
  }
  return out;
}
