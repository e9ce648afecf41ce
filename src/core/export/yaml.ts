/**
 * Just enough YAML to write front matter that Obsidian, Logseq and any YAML 1.2 parser read back as the
 * same strings: plain scalars when that is unambiguous, double-quoted with escapes otherwise.
 */

/** Words that YAML (1.1 or 1.2) would read as booleans or null. */
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
/** Things that would be read as numbers (including 1e3, 0x1F, .5, 1_000, .inf, .nan). */
const NUMBER_LIKE = /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|[-+]?\.inf|\.nan)$/i;
/** YAML 1.1 base-60 numbers such as 12:30 (read as 750 by some parsers). */
const SEXAGESIMAL = /^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?$/;
/** ISO 8601 dates and date-times, which YAML reads as timestamps: written plain on purpose. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True if `s` can be written as a plain scalar and read back as the same string. */
function isSafePlain(s: string): boolean {
  if (s === '' || s !== s.trim()) return false;
  if (RESERVED.test(s) || NUMBER_LIKE.test(s) || SEXAGESIMAL.test(s) || ISO_DATE.test(s)) return false;
  // Indicators that change meaning at the start of a scalar.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  // `: ` starts a mapping, ` #` a comment; a trailing colon is ambiguous too.
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  // Control characters, line breaks, tabs and Unicode line separators need escapes.
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s)) return false;
  return true;
}

/** Writes `s` as a YAML double-quoted scalar. */
export function quoteYaml(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** Writes a string as a YAML scalar, quoting only when needed. */
export function yamlString(s: string): string {
  return isSafePlain(s) ? s : quoteYaml(s);
}

/** A front matter value: a string, an ISO date written as a timestamp, or a list of strings. */
export type FrontMatterValue = string | { date: string } | string[];

/**
 * Writes front matter between `---` lines. `null` and `undefined` fields are left out; lists are block
 * sequences (the form Obsidian's Properties editor writes), an empty list is `[]`.
 */
export function frontMatter(fields: [key: string, value: FrontMatterValue | null | undefined][]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${key}: []`);
      else {
        lines.push(`${key}:`);
        for (const item of value) lines.push(`  - ${yamlString(item)}`);
      }
    } else if (typeof value === 'object') {
      lines.push(`${key}: ${ISO_DATE.test(value.date) ? value.date : yamlString(value.date)}`);
    } else {
      lines.push(`${key}: ${yamlString(value)}`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}
