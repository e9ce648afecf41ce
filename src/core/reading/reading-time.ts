/** How long an article takes to read. */

/**
 * Silent reading speed of adults for non-fiction in English, words per minute (Brysbaert's 2019 meta-analysis
 * gives 238): the estimate readers of Reader View and similar tools are used to.
 */
export const WORDS_PER_MINUTE = 238;

/**
 * Words in `text`: runs of letters or digits, joined by an apostrophe or hyphen ("isn’t", "well-known") or a
 * point or comma between digits ("1,200.5"); punctuation and spacing alone are not words.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read `words`, at least 1 for any text at all. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));
}
