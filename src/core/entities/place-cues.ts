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
 * Retypes as LOC the names of `spans` (found in `text`) that the text marks as places once or that name a
 * venue or street, and every other span with the same text.
 */
export function retypeDescribedPlaces(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
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
