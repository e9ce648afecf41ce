/** Where a word stands in its text: first in a sentence, or in a Title Case headline line. */

/** Whether `start` begins a sentence, a line or a quotation, where any word is capitalised. */
export function sentenceStart(text: string, start: number): boolean {
  return /(?:^|[.!?:"“‘]\s*|\n\s*)$/u.test(text.slice(Math.max(0, start - 4), start));
}

/** Small words Title Case leaves in lower case. */
const SMALL_WORDS = /^(?:a|an|and|as|at|but|by|for|in|of|on|or|the|to|vs|via|with)$/u;

/** Whether the line holding `start` is a Title Case headline: four words or more after the first, all capitalised but small ones. */
export function titleCaseLine(text: string, start: number): boolean {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', start);
  const words = text
    .slice(from, to < 0 ? text.length : to)
    .split(/\s+/u)
    .slice(1)
    .filter((w) => /^\p{L}/u.test(w) && !SMALL_WORDS.test(w));
  return words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}
