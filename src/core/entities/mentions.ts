/**
 * Mentions of one entity in one article: the full name, the surname alone ("Tim Cook" … "Cook"), the
 * acronym ("Federal Aviation Administration" … "FAA"), the same name with or without dots ("U.S.", "US")
 * or a possessive. The tagger decides each mention from its own sentence, so one company can come out as a
 * person in one sentence and an organization in the next ("Alibaba said" … "Alibaba shares");
 * {@link unifyKinds} gives every mention the kind the whole article's mentions vote for, and the key facts
 * list them as one entry (see src/core/facts/key-facts.ts).
 */
import type { Gazetteer } from './gazetteer.ts';
import { endsLikeCompany } from './cue-words.ts';
import { contextVotes, listedAs, SUBJECT_VERB, type KindVotes } from './kind-cues.ts';
import type { EntitySpan, EntityType } from './types.ts';

const NAME_TYPES: ReadonlySet<EntityType> = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** A name without a possessive ending, dots or doubled spaces: the form mentions are compared in. */
export function mentionForm(text: string): string {
  return text
    .replace(/['’]s?$/u, '')
    .replace(/\.(?=\p{L}|$)/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Capitalised words of a name that an acronym takes a letter from (not "of", "on", "and", "the", "for"). */
function initials(words: readonly string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** One entity of an article: its mentions (indices into the span list) and its full form. */
export interface MentionGroup {
  /** Its longest mention as written, without a possessive ("Tim Cook" rather than "Cook"). */
  name: string;
  /** The kind the article's mentions vote for. */
  type: EntityType;
  /** Indices of its mentions in the span list. */
  members: number[];
  /** Whether the vote was clear enough to give every mention the group's kind (see groupMentions). */
  unanimous?: boolean;
  /** Votes of the words around its mentions (kind-cues.ts), when they were counted. */
  cues?: KindVotes;
}

/**
 * Groups the name spans of one article into entities. A one-word mention joins the multi-word name whose
 * first or last word it is, when only one such name of a person is in the article (a surname: "Cook",
 * "Benioff"; a Chinese family name: "Xi"); an all-capitals mention joins the multi-word name whose
 * capitalised words' initials it spells ("NIDA", "FAA"), when only one does. Other mentions group by form.
 * Votes: each mention of a kind counts 1, a multi-word one 2 (it carries more evidence); ties go to the kind
 * of the first multi-word mention, else the first mention.
 */
export function groupMentions(spans: readonly EntitySpan[], cues?: readonly KindVotes[]): MentionGroup[] {
  const byForm = new Map<string, number[]>();
  spans.forEach((s, i) => {
    if (!NAME_TYPES.has(s.type)) return;
    const form = mentionForm(s.text);
    if (form === '') return;
    const list = byForm.get(form);
    if (list) list.push(i);
    else byForm.set(form, [i]);
  });
  const multi = [...byForm.keys()].filter((f) => f.includes(' '));
  const personForms = multi.filter((f) => byForm.get(f)!.some((i) => spans[i].type === 'PER'));
  const companyForms = multi.filter((f) => endsLikeCompany(f) && byForm.get(f)!.some((i) => spans[i].type === 'ORG'));
  // A one-word form's candidate full names: person names it starts or ends, names whose initials it is.
  const parent = new Map<string, string>();
  for (const form of byForm.keys()) {
    if (form.includes(' ')) continue;
    const asWord = personForms.filter((f) => {
      const words = f.split(' ');
      return words[words.length - 1] === form || words[0] === form;
    });
    if (asWord.length === 1) {
      parent.set(form, asWord[0]);
      continue;
    }
    const company = companyForms.filter((f) => f.startsWith(form + ' ') && f.split(' ').length === 2);
    if (asWord.length === 0 && company.length === 1) {
      parent.set(form, company[0]);
      continue;
    }
    if (form.length >= 2 && /^\p{Lu}+$/u.test(form)) {
      const spelled = multi.filter((f) => initials(f.split(' ')) === form);
      if (spelled.length === 1) parent.set(form, spelled[0]);
    }
  }
  const groups = new Map<string, MentionGroup>();
  for (const [form, members] of byForm) {
    const root = parent.get(form) ?? form;
    const group = groups.get(root);
    if (group) group.members.push(...members);
    else groups.set(root, { name: root, type: spans[members[0]].type, members: [...members] });
  }
  for (const group of groups.values()) {
    const longest = group.members.reduce((a, b) => (mentionForm(spans[b].text).length > mentionForm(spans[a].text).length ? b : a));
    group.name = spans[longest].text.replace(/['’]s?$/u, '');
  }
  for (const group of groups.values()) {
    group.members.sort((a, b) => a - b);
    const votes = new Map<EntityType, number>();
    let firstLong: EntityType | undefined;
    const groupCues: KindVotes = {};
    for (const i of group.members) {
      const long = mentionForm(spans[i].text).includes(' ');
      if (long) firstLong ??= spans[i].type;
      votes.set(spans[i].type, (votes.get(spans[i].type) ?? 0) + (long ? 2 : 1));
      if (!cues) continue;
      const mentionCues = { ...cues[i] };
      // A company's full name says what it is, whatever the tagger made of it ("Skydance Media" as a place).
      if (long && endsLikeCompany(spans[i].text)) mentionCues.ORG = (mentionCues.ORG ?? 0) + 2;
      for (const [type, n] of Object.entries(mentionCues) as [EntityType, number][]) {
        votes.set(type, (votes.get(type) ?? 0) + n);
        groupCues[type] = (groupCues[type] ?? 0) + n;
      }
    }
    if (cues) group.cues = groupCues;
    let best = firstLong ?? spans[group.members[0]].type;
    for (const [type, n] of votes) if (n > (votes.get(best) ?? 0)) best = type;
    group.type = best;
    // Cues that all point one way outweigh the tagger, which read the same words with 1996's habits.
    const cued = Object.entries(groupCues) as [EntityType, number][];
    if (cued.length === 1 && cued[0][1] >= 2) {
      group.type = cued[0][0];
      group.unanimous = true;
      continue;
    }
    // A split vote is no evidence: then each mention keeps its own kind (on CoNLL-2003's sports pages a
    // country is a place and, the next line, a team). The winner needs at least twice any other kind's votes.
    const won = votes.get(best) ?? 0;
    group.unanimous = [...votes].every(([type, n]) => type === best || won >= 2 * n);
  }
  return [...groups.values()];
}

/**
 * The spans with every mention of an entity given the kind its article's mentions vote for. With the article's
 * `text`, the words around each mention vote too (kind-cues.ts); with the name lists, a one-word "person"
 * nothing in the article supports as one (no first name, title or person's cue anywhere) that the lists know
 * as a company or brand is that company: "Netflix has been…", "Apple was pulled into…" read as people to a
 * model trained on 1996 wire copy, while a person in a news story is introduced by full name or title.
 */
export function unifyKinds(spans: readonly EntitySpan[], text?: string, gazetteer?: Gazetteer): EntitySpan[] {
  const out = spans.slice();
  // Whether the place list holds a form, looked up once per form.
  const places = new Map<string, boolean>();
  const isPlace = (form: string) => {
    let known = places.get(form);
    if (known === undefined) places.set(form, (known = listedAs(gazetteer, form).has('L')));
    return known;
  };
  const cues = text === undefined ? undefined : spans.map((s) => (NAME_TYPES.has(s.type) ? contextVotes(text, s, isPlace(mentionForm(s.text))) : {}));
  for (const group of groupMentions(spans, cues)) {
    // ALL CAPS names are headlines' and sports results' surnames ("JOHNSON WINS"), where the lists prove little.
    if (group.type === 'PER' && !group.cues?.PER && !group.name.includes(' ') && /\p{Ll}/u.test(group.name)) {
      const listed = listedAs(gazetteer, mentionForm(group.name));
      if (listed.has('O') || listed.has('B')) {
        group.type = 'ORG';
        group.unanimous = true;
      }
    }
    // A miscellaneous name (a product, an event, a people) does not sign deals or say things: a one-word
    // MISC group the lists know as a company or brand, and not as a place or a people, that is the subject
    // of a verb somewhere in the article is that company ("OpenAI has signed a deal").
    if (group.type === 'MISC' && text !== undefined && !group.cues?.MISC && !group.name.includes(' ') && /\p{Ll}/u.test(group.name)) {
      const listed = listedAs(gazetteer, mentionForm(group.name));
      const company = (listed.has('O') || listed.has('B')) && !listed.has('L') && !listed.has('D');
      if (company && group.members.some((i) => isSubject(text, out[i]))) {
        group.type = 'ORG';
        group.unanimous = true;
      }
    }
    if (!group.unanimous) continue;
    for (const i of group.members) if (out[i].type !== group.type) out[i] = { ...out[i], type: group.type };
  }
  return out;
}

/** Whether a verb follows the mention and no capitalised word precedes it (a fragment of a longer name: "Faber GmbH was"). */
function isSubject(text: string, span: EntitySpan): boolean {
  return SUBJECT_VERB.test(text.slice(span.end, span.end + 16)) && !/\p{Lu}[\p{L}.]* $/u.test(text.slice(Math.max(0, span.start - 20), span.start));
}
