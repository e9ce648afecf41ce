/**
 * Reading the annotations Hypothesis's API returns for a user (`GET /api/search?user=…`, saved as a file):
 * `{ total, rows: [ { id, uri, text, tags, created, updated, target: [ { source, selector: [...] } ],
 * document: { title: [...] } } ] }`, or the bare list of rows. The whole file is checked before anything is
 * imported: a malformed or foreign file is refused with what is wrong and where, and nothing of it is kept.
 *
 * Each highlight keeps its quote and context (TextQuoteSelector), its position when there is one, its note
 * (Hypothesis notes are Markdown, kept as typed), tags and times. Its Margin id is derived from the
 * Hypothesis id, so importing the same file again adds nothing. Page notes (no quoted passage) and replies
 * are not highlights: they are counted and left out.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types.ts';
import { isWebUrl, pageKey } from '../url.ts';

/** A highlight read from the file, ready to be stored as a Margin annotation (colour yellow). */
export interface ImportedHighlight {
  id: string;
  url: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  note: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  /** The page's title as Hypothesis recorded it, when it did. */
  title?: string;
}

export interface HypothesisFile {
  highlights: ImportedHighlight[];
  /** Annotations about a whole page (no quote): not highlights, left out. */
  pageNotes: number;
  /** Replies to other annotations: left out. */
  replies: number;
}

/** What importing a Hypothesis file did (the answer of `import/hypothesis`). */
export interface HypothesisImportCounts {
  highlights: number;
  added: number;
  unchanged: number;
  pageNotes: number;
  replies: number;
}

/** A Hypothesis file Margin cannot import; the message says what is wrong and where. */
export class HypothesisFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HypothesisFormatError';
  }
}

/** Files larger than this are refused before parsing (a user's export is a few MB even for years of notes). */
export const MAX_HYPOTHESIS_LENGTH = 100_000_000;
/** Hypothesis ids are URL-safe base64 (22 characters today); anything else is not from its API. */
const HYPOTHESIS_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** The prefix of Margin ids made from Hypothesis ids. */
export const HYPOTHESIS_ID_PREFIX = 'hypothesis-';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (message: string): never => {
  throw new HypothesisFormatError(message);
};

function text(value: unknown, path: string, optional = false): string {
  if (value === undefined && optional) return '';
  if (typeof value !== 'string') fail(`${path} ${value === undefined ? 'is missing' : 'must be text'}.`);
  return value as string;
}

function time(value: unknown, path: string): string {
  const t = text(value, path);
  if (Number.isNaN(Date.parse(t))) fail(`${path} must be a date and time (got "${t.slice(0, 40)}").`);
  return new Date(t).toISOString();
}

function offset(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(`${path} must be a whole number.`);
  return value as number;
}

/** The rows of the file: `{ rows: [...] }` (the API's answer) or a bare list. */
function rowsOf(root: unknown): unknown[] {
  if (Array.isArray(root)) return root;
  if (!isObject(root)) return fail('This file is not a Hypothesis export: it holds no list of annotations.');
  if (root['@context'] !== undefined || root.type === 'AnnotationCollection') {
    fail('This file is a Web Annotation collection (such as a Margin backup), not a Hypothesis export: restore it with "Restore…" instead.');
  }
  if (!Array.isArray(root.rows)) fail('This file is not a Hypothesis export: it has no "rows" list (the API answers { "total": …, "rows": [ … ] }).');
  return root.rows as unknown[];
}

function readRow(value: unknown, path: string): ImportedHighlight | 'page-note' | 'reply' {
  const row = isObject(value) ? value : fail(`${path} must be an object.`);
  const id = text(row.id, `${path}.id`);
  if (!HYPOTHESIS_ID.test(id)) fail(`${path}.id "${id.slice(0, 40)}" is not a Hypothesis id.`);
  const uri = text(row.uri, `${path}.uri`);
  if (!isWebUrl(uri)) fail(`${path}.uri must be a web address (got "${uri.slice(0, 80)}").`);
  const note = text(row.text, `${path}.text`, true);
  const tagList = row.tags === undefined ? [] : Array.isArray(row.tags) ? row.tags : fail(`${path}.tags must be a list.`);
  const tags = tagList.map((t, i) => text(t, `${path}.tags[${i}]`).trim()).filter(Boolean);
  const createdAt = time(row.created, `${path}.created`);
  const updatedAt = time(row.updated ?? row.created, `${path}.updated`);
  if (row.references !== undefined && !Array.isArray(row.references)) fail(`${path}.references must be a list.`);
  if (Array.isArray(row.references) && row.references.length > 0) return 'reply';

  if (!Array.isArray(row.target)) fail(`${path}.target must be a list.`);
  const targets = row.target as unknown[];
  const target = targets.length ? targets[0] : fail(`${path}.target is empty.`);
  if (!isObject(target)) fail(`${path}.target[0] must be an object.`);
  const t = target as Json;
  if (t.selector === undefined) return 'page-note';
  if (!Array.isArray(t.selector)) fail(`${path}.target[0].selector must be a list.`);
  const selectors = t.selector as unknown[];
  selectors.forEach((s, i) => {
    if (!isObject(s) || typeof s.type !== 'string') fail(`${path}.target[0].selector[${i}] must be an object with a "type".`);
  });
  const quoteSel = selectors.find((s) => (s as Json).type === 'TextQuoteSelector') as Json | undefined;
  if (!quoteSel) return 'page-note';
  const qPath = `${path}.target[0].selector (TextQuoteSelector)`;
  const exact = text(quoteSel.exact, `${qPath}.exact`);
  if (!exact.trim()) fail(`${qPath}.exact is empty.`);
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact,
    prefix: text(quoteSel.prefix, `${qPath}.prefix`, true),
    suffix: text(quoteSel.suffix, `${qPath}.suffix`, true),
  };
  // Without a position Margin anchors by the quote and its context alone; 0 only means "no hint".
  const posSel = selectors.find((s) => (s as Json).type === 'TextPositionSelector') as Json | undefined;
  let position: TextPositionSelector = { type: 'TextPositionSelector', start: 0, end: 0 };
  if (posSel) {
    const pPath = `${path}.target[0].selector (TextPositionSelector)`;
    const start = offset(posSel.start, `${pPath}.start`);
    const end = offset(posSel.end, `${pPath}.end`);
    if (end < start) fail(`${pPath}: end (${end}) comes before start (${start}).`);
    position = { type: 'TextPositionSelector', start, end };
  }
  const source = typeof t.source === 'string' && isWebUrl(t.source) ? t.source : uri;
  const highlight: ImportedHighlight = {
    id: `${HYPOTHESIS_ID_PREFIX}${id}`,
    url: pageKey(source),
    quote,
    position,
    note,
    tags,
    createdAt,
    updatedAt,
  };
  const doc = row.document;
  if (doc !== undefined && !isObject(doc)) fail(`${path}.document must be an object.`);
  const titles = isObject(doc) ? doc.title : undefined;
  const title = Array.isArray(titles) ? titles.find((x) => typeof x === 'string' && x.trim()) : typeof titles === 'string' ? titles : undefined;
  if (typeof title === 'string' && title.trim()) highlight.title = title.replace(/\s+/g, ' ').trim();
  return highlight;
}

/** Reads a Hypothesis export. Throws a `HypothesisFormatError` naming what is wrong; returns nothing partial. */
export function fromHypothesis(fileText: string): HypothesisFile {
  if (fileText.length > MAX_HYPOTHESIS_LENGTH) fail(`This file is too large to import (${Math.round(fileText.length / 1e6)} MB).`);
  let root: unknown;
  try {
    root = JSON.parse(fileText);
  } catch (error) {
    fail(`This file is not a Hypothesis export: it is not JSON (${(error as Error).message}).`);
  }
  const rows = rowsOf(root);
  if (rows.length === 0) fail('This Hypothesis export holds no annotations.');
  const result: HypothesisFile = { highlights: [], pageNotes: 0, replies: 0 };
  const seen = new Set<string>();
  rows.forEach((value, i) => {
    const row = readRow(value, `rows[${i}]`);
    if (row === 'page-note') result.pageNotes++;
    else if (row === 'reply') result.replies++;
    else if (!seen.has(row.id)) {
      seen.add(row.id);
      result.highlights.push(row);
    }
  });
  return result;
}
