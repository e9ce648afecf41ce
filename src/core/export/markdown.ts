/**
 * The Markdown export of a page: front matter, title and source, the reader's highlights with notes and
 * links back to each passage, and the key facts Margin found.
 */
import { textFragment } from '../anchoring/text-fragment.ts';
import type { EntityType } from '../entities/types.ts';
import { blockId } from './block-id.ts';
import { escapeText, foldSpace, linkDestination, quoteParagraphs } from './escape.ts';
import type { ExportAnnotation, ExportFact, ExportInput, ExportOptions } from './types.ts';
import { frontMatter } from './yaml.ts';

export { exportFileName } from './file-name.ts';

/** Local date-time with its UTC offset, e.g. `2026-11-27T09:30:00+01:00`: the reader's clock, unambiguous. */
export function localIsoDateTime(date: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`;
}

/**
 * Tags as Obsidian and Logseq accept them: no `#`, no spaces (they become `-`), no punctuation other than
 * `_ - /`, not purely numeric; duplicates (ignoring case) removed.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw
      .trim()
      .replace(/^#+/, '')
      .replace(/\s+/g, '-')
      .replace(/[^\p{L}\p{N}_\-/]/gu, '')
      .replace(/^[-/]+|[-/]+$/g, '');
    if (!tag || /^\d+$/.test(tag) || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/** The date part of an ISO date-time, for display; other formats are shown as they are. */
function displayDate(published: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? published;
}

function sourceLine(input: ExportInput): string {
  const { meta } = input;
  const site = meta.site ? escapeText(foldSpace(meta.site)) : null;
  const parts: string[] = [];
  if (meta.url) parts.push(`[${site ?? escapeText(meta.url)}](${linkDestination(meta.url)})`);
  else if (site) parts.push(site);
  if (meta.byline) parts.push(`by ${escapeText(foldSpace(meta.byline))}`);
  if (meta.published) parts.push(escapeText(displayDate(meta.published)));
  return parts.length ? `Source: ${parts.join(' · ')}` : '';
}

/** A note as the reader typed it (their Markdown, wikilinks and #tags), or escaped when asked for text. */
export function noteText(note: string, options: ExportOptions = {}): string {
  const trimmed = note.replace(/\r\n?/g, '\n').trim();
  if (!trimmed) return '';
  const text = options.notes === 'text' ? escapeText(trimmed) : trimmed;
  // More than one blank line would split the note in Logseq and adds nothing in Obsidian.
  return text.replace(/\n{3,}/g, '\n\n');
}

/** Tags written in the body as `#tag`, which Obsidian and Logseq both read as tags. */
export function hashTags(tags: readonly string[]): string {
  return normalizeTags(tags)
    .map((t) => `#${t}`)
    .join(' ');
}

/** "Colour: yellow (claim) · Tags: #a #b": the colour always, its meaning and the tags when there are any. */
function highlightDetails(a: ExportAnnotation): string {
  const meaning = a.colorMeaning ? foldSpace(a.colorMeaning) : '';
  const parts = [`Colour: ${escapeText(foldSpace(a.color))}${meaning ? ` (${escapeText(meaning)})` : ''}`];
  const tags = hashTags(a.tags ?? []);
  if (tags) parts.push(`Tags: ${tags}`);
  return parts.join(' · ');
}

function highlight(a: ExportAnnotation, url: string | null, options: ExportOptions): string {
  const paragraphs = quoteParagraphs(a.quote.exact).map(escapeText);
  if (paragraphs.length === 0) return '';
  // The link sits at the end of the quote, so it reads as "this passage, in the page".
  if (url) paragraphs[paragraphs.length - 1] += ` [↗](${linkDestination(textFragment(url, a.quote))})`;
  const blocks = [paragraphs.map((p) => `> ${p}`).join('\n>\n')];
  // Obsidian takes the id of a quote block from a line of its own right after it.
  if (a.id) blocks.push(`^${blockId(a.id)}`);
  blocks.push(highlightDetails(a));
  const note = noteText(a.note, options);
  if (note) blocks.push(note);
  return blocks.join('\n\n');
}

/** Sections of "Key facts", in the order a reader scans them. */
const NAME_SECTIONS: [title: string, type: EntityType][] = [
  ['People', 'PER'],
  ['Organizations', 'ORG'],
  ['Places', 'LOC'],
];
const FIGURE_TYPES = new Set<EntityType>(['MONEY', 'PERCENT', 'QUANTITY', 'NUMBER']);
const DATE_TYPES = new Set<EntityType>(['DATE', 'TIME']);

/** Facts of one kind with duplicates (ignoring case and spacing) merged, first spelling kept. */
function merged(facts: readonly ExportFact[], keep: (f: ExportFact) => boolean): ExportFact[] {
  const byKey = new Map<string, ExportFact>();
  for (const f of facts) {
    if (!keep(f) || !foldSpace(f.text)) continue;
    const key = foldSpace(f.text).toLowerCase();
    const seen = byKey.get(key);
    if (seen) byKey.set(key, { ...seen, count: seen.count + f.count, sentence: seen.sentence ?? f.sentence });
    else byKey.set(key, { ...f });
  }
  return [...byKey.values()];
}

function section(title: string, items: string[]): string {
  return items.length ? `### ${title}\n\n${items.map((i) => `- ${i}`).join('\n')}` : '';
}

/** A name with how often the page mentions it; a count of 0 means "not counted" (a stored name list). */
function mentions(f: ExportFact): string {
  const name = escapeText(foldSpace(f.text));
  return f.count > 0 ? `${name} (${f.count} ${f.count === 1 ? 'mention' : 'mentions'})` : name;
}

/** The "Key facts" section: people, organizations, places, figures and dates; '' when there are none. */
export function keyFacts(facts: readonly ExportFact[]): string {
  const sections: string[] = [];
  for (const [title, type] of NAME_SECTIONS) {
    // Most mentioned first; the sort is stable so ties keep the caller's order.
    const names = merged(facts, (f) => f.type === type).sort((a, b) => b.count - a.count);
    sections.push(section(title, names.map(mentions)));
  }
  const figures = merged(facts, (f) => FIGURE_TYPES.has(f.type));
  sections.push(
    section(
      'Figures',
      figures.map((f) => {
        const figure = `**${escapeText(foldSpace(f.text))}**`;
        return f.sentence && foldSpace(f.sentence) ? `${figure}: ${escapeText(foldSpace(f.sentence))}` : figure;
      }),
    ),
  );
  const dates = merged(facts, (f) => DATE_TYPES.has(f.type));
  sections.push(
    section(
      'Dates',
      dates.map((f) => escapeText(foldSpace(f.text))),
    ),
  );
  const body = sections.filter(Boolean);
  return body.length ? `## Key facts\n\n${body.join('\n\n')}` : '';
}

/**
 * Writes a page's highlights, notes and key facts as Markdown for Obsidian or Logseq.
 * @param input the page's metadata, highlights (in page order), facts, export time and tags.
 * @param options `notes: 'text'` escapes notes like page text (default: kept as the reader typed them).
 * @returns the document, ending with a newline.
 */
export function toMarkdown(input: ExportInput, options: ExportOptions = {}): string {
  const { meta } = input;
  const title = foldSpace(meta.title ?? '') || 'Untitled';
  const blocks: string[] = [];
  blocks.push(
    frontMatter([
      ['title', title],
      ['url', meta.url],
      ['site', meta.site ? foldSpace(meta.site) : null],
      ['author', meta.byline ? foldSpace(meta.byline) : null],
      ['published', meta.published ? { date: meta.published } : null],
      ['saved', input.savedAt ? { date: input.savedAt } : null],
      ['exported', { date: localIsoDateTime(input.exportedAt) }],
      ['tags', normalizeTags(input.tags)],
    ]),
  );
  blocks.push(`# ${escapeText(title)}`);
  const source = sourceLine(input);
  if (source) blocks.push(source);
  const pageNote = noteText(input.pageNote ?? '', options);
  if (pageNote) blocks.push('## Note', pageNote);

  const highlights = input.annotations.map((a) => highlight(a, meta.url, options)).filter(Boolean);
  if (highlights.length) blocks.push('## Highlights', ...highlights);

  const facts = keyFacts(input.facts);
  if (facts) blocks.push(facts);
  return `${blocks.join('\n\n')}\n`;
}
