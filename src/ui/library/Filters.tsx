/** The library's filters: site, tag, colour (with its meaning), date range and the names the pages mention. */
import { useMemo } from 'preact/hooks';
import type { LibraryFilters } from '../../core/library/search.ts';
import { HIGHLIGHT_COLORS, type HighlightColor, type LibraryPage, type TagCount } from '../../shared/types.ts';

interface Props {
  filters: LibraryFilters;
  pages: LibraryPage[];
  tags: TagCount[];
  meanings: Partial<Record<HighlightColor, string>>;
  onChange: (filters: LibraryFilters) => void;
}

const byName = new Intl.Collator().compare;
const sorted = (values: Iterable<string>) => [...new Set(values)].sort(byName);

export function Filters({ filters, pages, tags, meanings, onChange }: Props) {
  // Thousands of pages: the choices are sorted once per change of the pages, not on every keystroke.
  const choices = useMemo(
    () => ({
      sites: sorted(pages.map((p) => p.site)),
      people: sorted(pages.flatMap((p) => p.entities.people)),
      organizations: sorted(pages.flatMap((p) => p.entities.organizations)),
      places: sorted(pages.flatMap((p) => p.entities.places)),
    }),
    [pages],
  );
  const set = (key: keyof LibraryFilters, value: string) => onChange({ ...filters, [key]: value || undefined });
  const select = (key: keyof LibraryFilters, label: string, values: string[], name = (v: string) => v) => (
    <label>
      <span>{label}</span>
      <select data-filter={key} value={filters[key] ?? ''} onChange={(e) => set(key, (e.target as HTMLSelectElement).value)}>
        <option value="">any</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {name(v)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset class="filters" data-section="filters">
      <legend class="muted">Filters</legend>
      {select('site', 'Site', choices.sites)}
      {select(
        'tag',
        'Tag',
        tags.map((t) => t.tag),
        (t) => `#${t}`,
      )}
      {select('color', 'Colour', [...HIGHLIGHT_COLORS], (c) => (meanings[c as HighlightColor] ? `${c} — ${meanings[c as HighlightColor]}` : c))}
      <label>
        <span>From</span>
        <input type="date" data-filter="from" value={filters.from ?? ''} onInput={(e) => set('from', (e.target as HTMLInputElement).value)} />
      </label>
      <label>
        <span>To</span>
        <input type="date" data-filter="to" value={filters.to ?? ''} onInput={(e) => set('to', (e.target as HTMLInputElement).value)} />
      </label>
      {select('person', 'Person', choices.people)}
      {select('organization', 'Organization', choices.organizations)}
      {select('place', 'Place', choices.places)}
      <button type="button" data-action="clear-filters" onClick={() => onChange({})} disabled={Object.values(filters).every((v) => !v)}>
        Clear
      </button>
    </fieldset>
  );
}
