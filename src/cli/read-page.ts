/**
 * Reads a saved web page from disk into a DOM, for the command line and the benchmark (Node only).
 *
 * Two problems make this more than `parseHTML(readFileSync(path))`: saved pages are not always UTF-8, and
 * linkedom builds its tree by its own rules rather than the HTML5 ones, so a page with conditional comments,
 * or an `<html>` or `<meta>` tag ahead of `<body>`, can come out with all its content outside an empty
 * `document.body`. Pages are therefore decoded by their declared charset and, when linkedom's tree looks
 * wrong, re-serialized by parse5 (a spec-compliant parser) before linkedom parses them again.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

/** A page read from disk: its DOM document and the decoded HTML it was parsed from. */
export interface ReadPage {
  document: Document;
  html: string;
}

/** Finds the charset a page declares (`<meta charset>` or `http-equiv` content-type) in its first bytes. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return match ? match[1].toLowerCase() : null;
}

// windows-1252 characters for bytes 0x80-0x9F (undefined bytes stay as they are). Node's TextDecoder
// decodes the label 'windows-1252' as ISO-8859-1, which turns curly quotes, dashes and € into controls.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes windows-1252 (the WHATWG "windows-1252", which is also what pages labelled latin1 mean). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes: number[] = new Array(end - start);
    for (let i = start; i < end; i += 1) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Labels the WHATWG Encoding standard maps to windows-1252. */
const CP1252_LABELS =
  /^(windows-1252|cp1252|x-cp1252|latin1|l1|iso-8859-1|iso8859-1|iso_8859-1|iso88591|us-ascii|ascii|ansi_x3\.4-1968|cp819|ibm819|iso-ir-100)$/;

/**
 * Decodes page bytes: a BOM wins, then a declared non-UTF-8 charset (except that valid UTF-8 labelled
 * latin1 is read as UTF-8); UTF-8 that is not valid falls back to windows-1252, the encoding old Western
 * pages most often use without saying so.
 */
export function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const declared = declaredCharset(bytes);
  if (declared && CP1252_LABELS.test(declared)) {
    // Pages labelled latin1 that are valid UTF-8 are mislabelled UTF-8 (valid UTF-8 is vanishingly
    // unlikely to be meant as windows-1252 text).
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return decodeWindows1252(bytes);
    }
  }
  if (declared && !/^(utf-?8|unicode-1-1-utf-8)$/.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label: fall through to the UTF-8 attempt.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Counts non-whitespace characters of an element's text, cheaply (the check only needs an order of size). */
function textSize(el: Element | null): number {
  if (!el) return 0;
  const text = el.textContent ?? '';
  let n = 0;
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 32) n += 1;
  return n;
}

/**
 * True when linkedom's tree lost the body: the body holds much less text than the HTML has outside tags.
 * Checking first keeps the parse5 round trip (which costs about as much as the parse) off most pages.
 */
function bodyLooksLost(document: Document, html: string): boolean {
  const body = document.body;
  if (!body || body.childNodes.length === 0) return true;
  const bodyText = textSize(body);
  if (bodyText > 2000) return false;
  // Rough visible-text size of the source: drop scripts, styles and tags.
  const stripped = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, '');
  let sourceText = 0;
  for (let i = 0; i < stripped.length; i += 1) if (stripped.charCodeAt(i) > 32) sourceText += 1;
  return bodyText < sourceText * 0.5;
}

/** Parses HTML into a linkedom document built as an HTML5 parser would build it. */
export function parsePage(html: string): Document {
  let { document } = parseHTML(html) as unknown as { document: Document };
  if (bodyLooksLost(document, html)) {
    const normalized = serialize(parse(html));
    ({ document } = parseHTML(normalized) as unknown as { document: Document });
  }
  return document;
}

/** Reads `.html` or `.html.gz` from `path` and parses it. Rejects when the file cannot be read. */
export async function readPage(path: string): Promise<ReadPage> {
  let bytes: Uint8Array = await readFile(path);
  if (path.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) bytes = gunzipSync(bytes);
  const html = decodePage(bytes);
  return { document: parsePage(html), html };
}
