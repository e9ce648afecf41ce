/**
 * Unknown companies named with common words ("Kestrel Maritime Research", "Harbour Lane Capital"): every word
 * of such a name is also an ordinary English word, so the model, which weighs the common-word list, may leave
 * the whole run unmarked. A run of capitalised words inside a sentence that ends like a company's name is
 * one. Runs the model marked in part, runs that start a sentence or a line, and Title Case headlines (where
 * every word is capitalised) are left alone.
 */
import { endsLikeCompany } from './cue-words.ts';
import { sentenceStart, titleCaseLine } from './text-lines.ts';
import type { EntitySpan } from './types.ts';

/** Last words of research and advisory firms' names, beside the company endings of cue-words.ts. */
const FIRM_ENDS: ReadonlySet<string> = new Set(['Research', 'Analytics', 'Consulting', 'Securities', 'Associates', 'Advisors', 'Advisers']);

/** Two to four capitalised words, one space apart. */
const RUN = /(?<![\p{L}\p{N}.'’&-])\p{Lu}[\p{L}&'’-]+(?: \p{Lu}[\p{L}&'’-]+){1,3}(?![\p{L}\p{N}'’-])/gu;

/** Adds an ORG span for each such run of `text` that no span of `spans` touches. */
export function addCompanyRuns(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  const added: EntitySpan[] = [];
  for (const m of text.matchAll(RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    const last = m[0].slice(m[0].lastIndexOf(' ') + 1);
    if (!FIRM_ENDS.has(last) && !endsLikeCompany(m[0])) continue;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    if (sentenceStart(text, start) || titleCaseLine(text, start)) continue;
    added.push({ start, end, type: 'ORG', text: m[0] });
  }
  return added.length === 0 ? (spans as EntitySpan[]) : [...spans, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
