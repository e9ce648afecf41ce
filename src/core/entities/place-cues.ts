/**
 * Places the text itself describes as places, and venues and streets by their last word. A news story often introduces a small place the model has
 * never seen with a bearing ("Cai Mep, south-east of Ho Chi Minh City") or a kind of place ("the port of
 * Cai Mep"); Reuters 1996 text rarely does, so the model may call such a name an organization. Where the
 * text says so once, the name is a place throughout the document.
 */
import type { EntitySpan } from './types.ts';

/** Right after a name: ", [about 40 km] south-east of" and the like. */
const BEARING_AFTER =
  /^,? (?:(?:about |some |around )?\d[\d.,]* ?(?:km|kilometres|kilometers|miles|mi) )?(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)? of /iu;
/**
 * Last words of the names of venues and streets, places under CoNLL-2003's rules whatever the tagger made
 * of them ("the Emirates Stadium" as a company). Not "Airport", which CoNLL and wikigold type ORG.
 */
const FACILITY_END = / (?:Stadium|Arena|Square|Bridge|Street|Avenue|Road|Boulevard)$/u;
/** Right before a name: "the port of", "the town of" and the like. */
const KIND_BEFORE = /(?:^|[^\p{L}])(?:port|city|town|village|province|region|district|island|county|state) of $/iu;

/**
 * A place inside a compound modifier: "the Berlin-based publisher", "Hong Kong-headquartered". The tagger,
 * like CoNLL-2003, takes the whole hyphenated word for one miscellaneous name; a reader (and OntoNotes-style
 * news annotation) sees the place in it. The words before the hyphen, back to the first capitalised word
 * that is not a determiner, are the place.
 */
const BASED = /-(?:based|headquartered)(?![\p{L}\p{N}-])/gu;
/** Capitalised words that start a sentence or a noun phrase but are never part of a place's name. */
const DETERMINERS = new Set(
  'The A An This That These Those Its Their Our His Her Two Three Four Five Some Many Several Both All Other Another Rival Fellow'.split(' '),
);

/** The place spans of `text`'s "X-based" words, each with the whole modifier it is part of. */
function basedPlaces(text: string): { place: EntitySpan; modifierEnd: number }[] {
  const out: { place: EntitySpan; modifierEnd: number }[] = [];
  for (const m of text.matchAll(BASED)) {
    const end = m.index;
    // The word the suffix is joined to: letters, dots and apostrophes ("St.", "Mo."), capitalised.
    let start = end;
    while (start > 0 && /[\p{L}\p{N}.'’]/u.test(text[start - 1])) start--;
    if (!/^\p{Lu}/u.test(text.slice(start, end)) || start === end) continue;
    // Earlier capitalised words of the same name ("Hong Kong", "New York"), one space apart.
    for (;;) {
      const prev = /(?:^|[^\p{L}\p{N}.'’-])(\p{Lu}[\p{L}.'’]*) $/u.exec(text.slice(Math.max(0, start - 30), start));
      if (!prev || DETERMINERS.has(prev[1])) break;
      start -= prev[1].length + 1;
    }
    out.push({ place: { start, end, type: 'LOC', text: text.slice(start, end) }, modifierEnd: m.index + m[0].length });
  }
  return out;
}

/**
 * Marks the places of "X-based" modifiers as LOC: a span inside the modifier gives way to the place, a span
 * running on past it keeps its kind for the words after the modifier.
 */
function markBasedPlaces(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  const found = basedPlaces(text);
  if (found.length === 0) return spans as EntitySpan[];
  const out: EntitySpan[] = [];
  let k = 0;
  for (const { place, modifierEnd } of found) {
    while (k < spans.length && spans[k].end <= place.start) out.push(spans[k++]);
    // A span that starts before the place is another name ("Kansas City, Mo.-based" has two).
    if (k < spans.length && spans[k].start < place.start) continue;
    out.push(place);
    while (k < spans.length && spans[k].start < modifierEnd) {
      const s = spans[k++];
      const rest = /^ +/u.exec(text.slice(modifierEnd, s.end));
      if (s.end > modifierEnd && rest) {
        const start = modifierEnd + rest[0].length;
        out.push({ start, end: s.end, type: s.type, text: text.slice(start, s.end) });
      }
    }
  }
  while (k < spans.length) out.push(spans[k++]);
  return out;
}

/**
 * Retypes as LOC the names of `spans` (found in `text`) that the text marks as places once or that name a
 * venue or street, and every other span with the same text; marks the places of "X-based" modifiers.
 */
export function retypeDescribedPlaces(text: string, found: readonly EntitySpan[]): EntitySpan[] {
  const spans = markBasedPlaces(text, found);
  const places = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'ORG' && s.type !== 'PER' && s.type !== 'MISC') continue;
    // A MISC name ending so is a work's title ("Abbey Road"), not the place.
    const venue = s.type !== 'MISC' && FACILITY_END.test(s.text);
    if (venue || BEARING_AFTER.test(text.slice(s.end, s.end + 40)) || KIND_BEFORE.test(text.slice(Math.max(0, s.start - 20), s.start))) {
      places.add(s.text);
    }
  }
  if (places.size === 0) return spans as EntitySpan[];
  // Built with push and literals like the other spans' (not map and spreads): arrays and objects of one
  // kind whether or not this code is optimized, so the code reading them is not compiled again.
  const out: EntitySpan[] = [];
  for (const s of spans)
    out.push(places.has(s.text) && s.type !== 'LOC' && isName(s) ? { start: s.start, end: s.end, type: 'LOC', text: s.text } : s);
  return out;
}

function isName(s: EntitySpan): boolean {
  return s.type === 'ORG' || s.type === 'PER' || s.type === 'MISC';
}
