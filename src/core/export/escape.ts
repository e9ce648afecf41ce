/**
 * Writing page text into Markdown so that it reads as the same text in Obsidian and Logseq.
 *
 * Page text is not Markdown: a headline like "#1 in sales", a price like "$5 and $6", a "[sic]" or a line
 * starting "2019. A year…" would otherwise become a tag, inline math, a link or a list. Only the characters
 * that could start markup in CommonMark or in these two apps' extensions are escaped, so the source stays
 * readable.
 */

/** Inline characters that start markup anywhere. `$` is math in Obsidian; `<` starts HTML. */
const ALWAYS = /[\\`*[\]<$]/g;
/** Doubled characters with a meaning in Obsidian (==highlight==, %%comment%%, ~~strike~~) or Logseq
 * ({{macro}}, ((block ref)), key:: value). */
const DOUBLED = /~~|==|%%|\{\{|\(\(|::/g;

/** Escapes markup characters inside one line of text (no line-start rules). */
function escapeInline(line: string): string {
  return (
    line
      .replace(ALWAYS, '\\$&')
      .replace(DOUBLED, (m) => `\\${m[0]}\\${m[1]}`)
      // `_` inside a word (snake_case, URLs) cannot start emphasis; elsewhere it can.
      .replace(/_/g, (m, at: number, s: string) => (/[\p{L}\p{N}]/u.test(s[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(s[at + 1] ?? '') ? m : '\\_'))
      // `#` after a space or at the start is a heading or a #tag in both apps.
      .replace(/(^|\s)#/g, '$1\\#')
      // Named and numeric character references would be decoded.
      .replace(/&(?=#?\w+;)/g, '\\&')
  );
}

/** Escapes what would make a line a heading, quote, list item or setext underline. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^>/, '\\>')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Escapes page text (a title, a quote paragraph, a name) for Markdown. Line breaks are kept; leading
 * indentation is dropped because four spaces would start a code block.
 */
export function escapeText(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeLineStart(escapeInline(line.replace(/^[ \t]+/, ''))))
    .join('\n');
}

/** Folds white space (including line breaks) to single spaces and trims. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Characters that end a sentence or a heading; a line break after one is likely a paragraph break. */
const ENDS_BLOCK = /[.!?…:;"”’)\]]$/;

/**
 * Splits a quote taken from page text (`textContent`-like, so with the HTML source's line breaks and
 * indentation) into the paragraphs a reader saw. A break is a blank line, or a line break after the end of
 * a sentence; other line breaks are just source wrapping inside a paragraph.
 */
export function quoteParagraphs(exact: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const piece of exact.split(/(\s*\n\s*)/)) {
    if (/\n/.test(piece)) {
      const blank = (piece.match(/\n/g) ?? []).length >= 2;
      if (blank || ENDS_BLOCK.test(current.trimEnd())) {
        if (foldSpace(current)) paragraphs.push(foldSpace(current));
        current = '';
      } else current += ' ';
    } else current += piece;
  }
  if (foldSpace(current)) paragraphs.push(foldSpace(current));
  return paragraphs;
}

/**
 * Makes a URL safe as a Markdown link destination: spaces and parentheses would end or break it, `<` and
 * `>` would make it an autolink. Percent-encoding keeps the URL's meaning.
 */
export function linkDestination(url: string): string {
  return url.replace(/[\s()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
