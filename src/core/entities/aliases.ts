/**
 * Short names of companies. A story names a company in full once ("Nordvind Shipping ASA") and then
 * without its legal form ("Nordvind Shipping's new fleet", "Nordvind Shipping said"), where the tagger,
 * without the telling last word, often sees no name at all. Such shortened mentions are marked as the
 * organization the full name is.
 */
import type { EntitySpan } from './types.ts';

/** Legal forms that end a company's full name. */
const LEGAL_FORMS = new Set([
  'Inc',
  'Inc.',
  'Corp',
  'Corp.',
  'Co',
  'Co.',
  'Ltd',
  'Ltd.',
  'Limited',
  'Plc',
  'PLC',
  'plc',
  'LLC',
  'AG',
  'SA',
  'S.A.',
  'ASA',
  'AB',
  'NV',
  'N.V.',
  'BV',
  'GmbH',
  'SE',
  'SpA',
  'Oyj',
  'Bhd',
  'Berhad',
  'Tbk',
  'KK',
  'Pte',
]);

/**
 * Adds ORG spans for the mentions in `text` of organizations of `spans` without their legal form, where
 * no other span covers them. The short name must keep at least two words ("Nordvind Shipping", not
 * "Nordvind"), so a common word is not taken for a company.
 */
export function addShortNames(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  const shortNames = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'ORG') continue;
    const words = s.text.split(' ');
    if (words.length >= 3 && LEGAL_FORMS.has(words[words.length - 1])) shortNames.add(words.slice(0, -1).join(' '));
  }
  if (shortNames.size === 0) return spans as EntitySpan[];
  const added: EntitySpan[] = [];
  for (const name of shortNames) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      // Whole words only, and not the full name again ("Nordvind Shipping ASA").
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /^(?:[\p{L}\p{N}]| [\p{Lu}\p{N}])/u.test(text.slice(end, end + 2))) continue;
      if (spans.some((s) => s.start < end && at < s.end) || added.some((s) => s.start < end && at < s.end)) continue;
      added.push({ start: at, end, type: 'ORG', text: name });
    }
  }
  return added.length === 0 ? (spans as EntitySpan[]) : [...spans, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
