/**
 * A tiny reader for the YAML subset the export writes (block mappings of plain or double-quoted scalars and
 * block or empty sequences), strict enough to catch what a real parser would read differently.
 */

export type MiniValue = string | string[];

function scalar(raw: string): string {
  if (raw.startsWith('"')) {
    if (!raw.endsWith('"') || raw.length < 2) throw new Error(`unterminated: ${raw}`);
    return raw
      .slice(1, -1)
      .replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => {
        if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
        const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', '0': '\0' };
        if (!(e in map)) throw new Error(`bad escape \\${e}`);
        return map[e];
      })
      .replace(/(^|[^\\])"/, () => {
        throw new Error(`unescaped quote in ${raw}`);
      });
  }
  // What a plain scalar may not contain or start with in block context.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(raw) || raw.includes(': ') || raw.includes(' #') || raw.endsWith(':')) {
    throw new Error(`not a valid plain scalar: ${raw}`);
  }
  if (/^(true|false|yes|no|on|off|null|~)$/i.test(raw) || /^[-+]?(\d[\d_]*\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(raw)) {
    throw new Error(`plain scalar would not be a string: ${raw}`);
  }
  return raw;
}

/** Parses `---\n…\n---` at the start of `doc`. */
export function parseFrontMatter(doc: string): Record<string, MiniValue> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(doc);
  if (!m) throw new Error('no front matter');
  const out: Record<string, MiniValue> = {};
  let list: string[] | null = null;
  for (const line of m[1].split('\n')) {
    const item = /^ {2}- (.*)$/.exec(line);
    if (item) {
      if (!list) throw new Error(`list item outside a list: ${line}`);
      list.push(scalar(item[1]));
      continue;
    }
    const kv = /^([a-z]+):(?: (.*))?$/.exec(line);
    if (!kv) throw new Error(`bad line: ${line}`);
    if (kv[2] === undefined) {
      list = [];
      out[kv[1]] = list;
    } else {
      list = null;
      out[kv[1]] = kv[2] === '[]' ? [] : scalar(kv[2]);
    }
  }
  return out;
}
