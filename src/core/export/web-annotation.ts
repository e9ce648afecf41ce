/**
 * Margin's backup file: every highlight and note, the Trash, drafts, hide rules, site choices and settings,
 * written in the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) as JSON-LD, so
 * other annotation tools can read the highlights, and lossless, so Margin can restore everything.
 *
 * The file is one AnnotationCollection. Each item is an Annotation whose target is the page (`source`) with
 * a TextQuoteSelector (quote, prefix, suffix) and a TextPositionSelector; its body, when it has a note, is a
 * TextualBody with purpose "commenting", and each of its tags a TextualBody with purpose "tagging", as the
 * model defines. What the model has no word for (colour, version, Trash date, the raw id) sits under the
 * `margin` key, which the context declares as a JSON literal in Margin's own namespace; the collection's own
 * `margin` key carries drafts, hide rules, site choices, settings (colour meanings among them) and the
 * library's pages (their metadata, key facts, and the reader's page notes and tags).
 *
 * Reading checks every field and names the first thing wrong (with its place in the file), so a damaged or
 * foreign file is refused whole and nothing of it is imported.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Margin's namespace for the fields the model has no word for (a URN: it names, it does not point anywhere). */
export const MARGIN_NAMESPACE = 'urn:x-margin:backup:';
/** Bumped when the file's shape changes in a way an older Margin could not read. */
export const BACKUP_FORMAT = 1;
/** The largest backup read (characters): far above 100,000 notes, far below what would hang the browser. */
export const MAX_BACKUP_LENGTH = 512 * 1024 * 1024;

const CONTEXT = [ANNO_CONTEXT, { margin: { '@id': `${MARGIN_NAMESPACE}data`, '@type': '@json' } }];

/** A highlight as Margin stores it (the same shape as the extension's `Annotation`). */
export interface BackupAnnotation {
  id: string;
  url: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  color: string;
  note: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  noteVersion?: number;
  deletedAt?: string;
  tags: string[];
}

/** A page of the library as Margin stores it (the same shape as the extension's `PageRecord`). */
export interface BackupPage {
  url: string;
  title: string;
  site: string;
  author?: string;
  published?: string;
  savedAt: string;
  updatedAt: string;
  entities: { people: string[]; organizations: string[]; places: string[] };
  keyFacts: Array<{ type: string; text: string; count: number; sentence?: string; first: number }>;
  note: string;
  tags: string[];
}

export interface BackupDraft {
  annotationId: string;
  text: string;
  baseVersion: number;
  updatedAt: string;
}
export interface BackupHideRule {
  id?: number;
  host: string;
  selector: string;
  createdAt: string;
  page?: string;
  text?: string;
  label?: string;
}
export interface BackupSite {
  host: string;
  autoClean: 0 | 1;
}

/** Everything a backup holds. */
export interface BackupData {
  annotations: BackupAnnotation[];
  drafts: BackupDraft[];
  hideRules: BackupHideRule[];
  sites: BackupSite[];
  pages: BackupPage[];
  /** The reader's settings by name; their values are checked by whoever applies them. */
  settings: Record<string, unknown>;
}

/** The backup file's text (JSON-LD) for `data`; `now` is the time written into it. */
export function toWebAnnotations(data: BackupData, now = new Date()): string {
  const collection = {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label: 'Margin backup: highlights, notes and settings',
    generator: { type: 'Software', name: 'Margin' },
    generated: now.toISOString(),
    total: data.annotations.length,
    margin: {
      format: BACKUP_FORMAT,
      drafts: data.drafts,
      hideRules: data.hideRules,
      sites: data.sites,
      settings: data.settings,
      pages: data.pages,
    },
    items: data.annotations.map(toItem),
  };
  return JSON.stringify(collection, null, 1);
}

function toItem(a: BackupAnnotation) {
  const extra: Record<string, unknown> = { id: a.id, color: a.color, version: a.version };
  if (a.noteVersion !== undefined) extra.noteVersion = a.noteVersion;
  if (a.deletedAt !== undefined) extra.deletedAt = a.deletedAt;
  return {
    id: itemId(a.id),
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: a.createdAt,
    modified: a.updatedAt,
    ...bodyOf(a),
    target: {
      source: a.url,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        { type: 'TextPositionSelector', start: a.position.start, end: a.position.end },
      ],
    },
    margin: extra,
  };
}

/** The note (commenting) and tags (tagging) as TextualBodies: one body alone, several as a list. */
function bodyOf(a: BackupAnnotation): { body?: unknown } {
  const bodies: Json[] = [];
  if (a.note) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  for (const tag of a.tags ?? []) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (bodies.length === 0) return {};
  return { body: bodies.length === 1 ? bodies[0] : bodies };
}

/** An IRI for an annotation id: Margin's ids are UUIDs, anything else is kept in Margin's namespace. */
function itemId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
    ? `urn:uuid:${id}`
    : `${MARGIN_NAMESPACE}annotation:${encodeURIComponent(id)}`;
}

/** A backup file that cannot be restored; the message says what is wrong and where. */
export class BackupFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFormatError';
  }
}

type Json = Record<string, unknown>;
const fail = (message: string): never => {
  throw new BackupFormatError(message);
};
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function field<T>(value: unknown, path: string, kind: 'string' | 'number' | 'object' | 'list', optional = false): T {
  if (value === undefined && optional) return undefined as T;
  const ok =
    kind === 'string'
      ? typeof value === 'string'
      : kind === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : kind === 'object'
          ? isObject(value)
          : Array.isArray(value);
  if (!ok)
    fail(`${path} ${value === undefined ? 'is missing' : `must be ${kind === 'list' ? 'a list' : kind === 'object' ? 'an object' : `a ${kind}`}`}.`);
  return value as T;
}

function count(value: unknown, path: string, min = 0): number {
  const n = field<number>(value, path, 'number');
  if (!Number.isInteger(n) || n < min) fail(`${path} must be a whole number${min ? ` of at least ${min}` : ''}.`);
  return n;
}

function time(value: unknown, path: string, optional = false): string {
  const text = field<string>(value, path, 'string', optional);
  if (text !== undefined && Number.isNaN(Date.parse(text))) fail(`${path} must be a date and time (got "${text.slice(0, 40)}").`);
  return text;
}

/** Reads a backup file. Throws a `BackupFormatError` naming what is wrong for a malformed or foreign file. */
export function fromWebAnnotations(text: string): BackupData {
  if (text.length > MAX_BACKUP_LENGTH) fail(`This file is too large to be a Margin backup (${Math.round(text.length / 1e6)} MB).`);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    fail(`This file is not a Margin backup: it is not JSON (${(error as Error).message}).`);
  }
  if (!isObject(root)) return fail('This file is not a Margin backup: it holds no annotation collection.');
  const context = root['@context'];
  const contexts = Array.isArray(context) ? context : [context];
  if (!contexts.includes(ANNO_CONTEXT) || root.type !== 'AnnotationCollection') {
    fail(
      `This file is not a Margin backup: it is not a W3C Web Annotation collection (no "@context": "${ANNO_CONTEXT}" with "type": "AnnotationCollection").`,
    );
  }
  const extra = root.margin;
  if (!isObject(extra))
    return fail('This is a Web Annotation collection, but not one Margin wrote: it has no "margin" section, so it cannot be restored losslessly.');
  const format = count(extra.format, 'margin.format', 1);
  if (format > BACKUP_FORMAT) fail(`This backup was written by a newer Margin (format ${format}); update Margin to restore it.`);
  const items = field<unknown[]>(root.items, 'items', 'list');

  const annotations = items.map((item, i) => readItem(item, `items[${i}]`));
  const seen = new Set<string>();
  annotations.forEach((a, i) => {
    if (seen.has(a.id)) fail(`items[${i}]: the id ${a.id} appears twice.`);
    seen.add(a.id);
  });
  if (root.total !== undefined && root.total !== items.length)
    fail(`The file says it holds ${String(root.total)} annotations but has ${items.length}: it is incomplete.`);

  const drafts = field<unknown[]>(extra.drafts ?? [], 'margin.drafts', 'list').map((d, i) => readDraft(d, `margin.drafts[${i}]`));
  const hideRules = field<unknown[]>(extra.hideRules ?? [], 'margin.hideRules', 'list').map((r, i) => readRule(r, `margin.hideRules[${i}]`));
  const sites = field<unknown[]>(extra.sites ?? [], 'margin.sites', 'list').map((s, i) => readSite(s, `margin.sites[${i}]`));
  const settings = field<Json>(extra.settings ?? {}, 'margin.settings', 'object');
  const pages = field<unknown[]>(extra.pages ?? [], 'margin.pages', 'list').map((p, i) => readPage(p, `margin.pages[${i}]`));
  return { annotations, drafts, hideRules, sites, pages, settings: { ...settings } };
}

function readItem(value: unknown, path: string): BackupAnnotation {
  const item = field<Json>(value, path, 'object');
  if (item.type !== 'Annotation') fail(`${path}.type must be "Annotation".`);
  const extra = field<Json>(item.margin, `${path}.margin`, 'object');
  const target = field<Json>(Array.isArray(item.target) ? item.target[0] : item.target, `${path}.target`, 'object');
  const url = field<string>(target.source, `${path}.target.source`, 'string');
  const selectors = field<unknown[]>(
    Array.isArray(target.selector) ? target.selector : target.selector === undefined ? undefined : [target.selector],
    `${path}.target.selector`,
    'list',
  );
  const quoteSel = selectors.find((s) => isObject(s) && s.type === 'TextQuoteSelector') as Json | undefined;
  const positionSel = selectors.find((s) => isObject(s) && s.type === 'TextPositionSelector') as Json | undefined;
  if (!quoteSel) fail(`${path}.target.selector has no TextQuoteSelector.`);
  if (!positionSel) fail(`${path}.target.selector has no TextPositionSelector.`);
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: field(quoteSel!.exact, `${path}.target.selector.exact`, 'string'),
    prefix: field(quoteSel!.prefix ?? '', `${path}.target.selector.prefix`, 'string'),
    suffix: field(quoteSel!.suffix ?? '', `${path}.target.selector.suffix`, 'string'),
  };
  const start = count(positionSel!.start, `${path}.target.selector.start`);
  const end = count(positionSel!.end, `${path}.target.selector.end`);
  if (end < start) fail(`${path}.target.selector: end (${end}) comes before start (${start}).`);

  const annotation: BackupAnnotation = {
    id: field(extra.id, `${path}.margin.id`, 'string'),
    url,
    quote,
    position: { type: 'TextPositionSelector', start, end },
    color: field(extra.color, `${path}.margin.color`, 'string'),
    note: readNote(item.body, `${path}.body`),
    createdAt: time(item.created, `${path}.created`),
    updatedAt: time(item.modified, `${path}.modified`),
    version: count(extra.version, `${path}.margin.version`, 1),
    tags: readTags(item.body, `${path}.body`),
  };
  if (!annotation.id) fail(`${path}.margin.id is empty.`);
  if (extra.noteVersion !== undefined) annotation.noteVersion = count(extra.noteVersion, `${path}.margin.noteVersion`, 1);
  const deletedAt = time(extra.deletedAt, `${path}.margin.deletedAt`, true);
  if (deletedAt !== undefined) annotation.deletedAt = deletedAt;
  return annotation;
}

/** The note: the commenting TextualBody's text (bodies with another purpose, such as tags, are not notes). */
function readNote(body: unknown, path: string): string {
  if (body === undefined) return '';
  const bodies = Array.isArray(body) ? body : [body];
  const notes = bodies.filter((b) => isObject(b) && (b.purpose === undefined || b.purpose === 'commenting'));
  if (notes.length > 1) fail(`${path} has ${notes.length} notes; Margin keeps one per highlight.`);
  if (notes.length === 0) return '';
  const note = notes[0] as Json;
  if (note.type !== 'TextualBody') fail(`${path}.type must be "TextualBody".`);
  return field(note.value, `${path}.value`, 'string');
}

/** The tags: the values of the tagging TextualBodies, in order. */
function readTags(body: unknown, path: string): string[] {
  if (body === undefined) return [];
  const bodies = Array.isArray(body) ? body : [body];
  return bodies.flatMap((b, i) => (isObject(b) && b.purpose === 'tagging' ? [field<string>(b.value, `${path}[${i}].value`, 'string')] : []));
}

function strings(value: unknown, path: string): string[] {
  return field<unknown[]>(value ?? [], path, 'list').map((v, i) => field<string>(v, `${path}[${i}]`, 'string'));
}

function readPage(value: unknown, path: string): BackupPage {
  const p = field<Json>(value, path, 'object');
  const entities = field<Json>(p.entities ?? {}, `${path}.entities`, 'object');
  const page: BackupPage = {
    url: field(p.url, `${path}.url`, 'string'),
    title: field(p.title ?? '', `${path}.title`, 'string'),
    site: field(p.site ?? '', `${path}.site`, 'string'),
    savedAt: time(p.savedAt, `${path}.savedAt`),
    updatedAt: time(p.updatedAt, `${path}.updatedAt`),
    entities: {
      people: strings(entities.people, `${path}.entities.people`),
      organizations: strings(entities.organizations, `${path}.entities.organizations`),
      places: strings(entities.places, `${path}.entities.places`),
    },
    keyFacts: field<unknown[]>(p.keyFacts ?? [], `${path}.keyFacts`, 'list').map((f, i) => {
      const fact = field<Json>(f, `${path}.keyFacts[${i}]`, 'object');
      const out: BackupPage['keyFacts'][number] = {
        type: field(fact.type, `${path}.keyFacts[${i}].type`, 'string'),
        text: field(fact.text, `${path}.keyFacts[${i}].text`, 'string'),
        count: count(fact.count, `${path}.keyFacts[${i}].count`),
        first: count(fact.first ?? 0, `${path}.keyFacts[${i}].first`),
      };
      if (fact.sentence !== undefined) out.sentence = field(fact.sentence, `${path}.keyFacts[${i}].sentence`, 'string');
      return out;
    }),
    note: field(p.note ?? '', `${path}.note`, 'string'),
    tags: strings(p.tags, `${path}.tags`),
  };
  if (!page.url) fail(`${path}.url is empty.`);
  if (p.author !== undefined) page.author = field(p.author, `${path}.author`, 'string');
  if (p.published !== undefined) page.published = field(p.published, `${path}.published`, 'string');
  return page;
}

function readDraft(value: unknown, path: string): BackupDraft {
  const d = field<Json>(value, path, 'object');
  return {
    annotationId: field(d.annotationId, `${path}.annotationId`, 'string'),
    text: field(d.text, `${path}.text`, 'string'),
    baseVersion: count(d.baseVersion, `${path}.baseVersion`),
    updatedAt: time(d.updatedAt, `${path}.updatedAt`),
  };
}

function readRule(value: unknown, path: string): BackupHideRule {
  const r = field<Json>(value, path, 'object');
  const rule: BackupHideRule = {
    host: field(r.host, `${path}.host`, 'string'),
    selector: field(r.selector, `${path}.selector`, 'string'),
    createdAt: time(r.createdAt, `${path}.createdAt`),
  };
  if (!rule.host || !rule.selector.trim() || /[{}]/.test(rule.selector)) fail(`${path} must name a site and a CSS selector.`);
  if (r.id !== undefined) rule.id = count(r.id, `${path}.id`, 1);
  // A rule for one page (or for an element's words) must not come back as a rule for the whole site.
  for (const key of ['page', 'text', 'label'] as const) if (r[key] !== undefined) rule[key] = field<string>(r[key], `${path}.${key}`, 'string');
  return rule;
}

function readSite(value: unknown, path: string): BackupSite {
  const s = field<Json>(value, path, 'object');
  const host = field<string>(s.host, `${path}.host`, 'string');
  if (!host) fail(`${path}.host is empty.`);
  if (s.autoClean !== 0 && s.autoClean !== 1) fail(`${path}.autoClean must be 0 or 1.`);
  return { host, autoClean: s.autoClean as 0 | 1 };
}

/** The backup's file name, dated in the reader's time zone: margin-backup-YYYY-MM-DD.jsonld. */
export function backupFileName(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `margin-backup-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.jsonld`;
}
