/**
 * Finding the article's names and figures for the legend, with an end guaranteed: the legend shows counts,
 * or says the article is too long, or that recognition failed or took too long, and never waits forever.
 * The recognizer runs in the extension; whatever happens there, the clean view keeps working.
 */
import type { ArticleSelection } from '../../core/article/types.ts';
import type { EntityGroup } from '../../shared/types.ts';
import type { EntityLayer } from '../entity-layer.ts';

/**
 * Articles with more characters than this are not marked. About 50,000 words: five times the longest news
 * features, and past what the recognizer gets through while a reader waits.
 */
export const MAX_MARKED_CHARACTERS = 300_000;
/**
 * How long the legend waits for the recognizer (ms). A news article takes well under a second once the model is
 * loaded; loading it the first time on a slow, busy machine takes a few seconds.
 */
export const RECOGNIZE_TIMEOUT_MS = 30_000;

export type EntityOutcome =
  | { status: 'done'; counts: Partial<Record<EntityGroup, number>> }
  | { status: 'too-long'; characters: number }
  | { status: 'failed'; reason: string };

/** Rejects with a timeout error when `work` has not settled within `ms`. */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** The article's characters, counted without laying the page out. */
function characters(selection: ArticleSelection): number {
  return selection.keep.reduce((sum, root) => sum + (root.textContent?.length ?? 0), 0);
}

/** Recognizes the article's entities (unless known already); always settles, never throws. */
export async function findEntities(
  layer: EntityLayer,
  selection: ArticleSelection,
  limits = { maxCharacters: MAX_MARKED_CHARACTERS, timeoutMs: RECOGNIZE_TIMEOUT_MS },
): Promise<EntityOutcome> {
  if (layer.result) return { status: 'done', counts: layer.result.counts };
  const length = characters(selection);
  if (length > limits.maxCharacters) return { status: 'too-long', characters: length };
  try {
    const result = await withDeadline(layer.analyze(selection), limits.timeoutMs);
    return { status: 'done', counts: result.counts };
  } catch (error) {
    const reason = String((error as Error)?.message ?? error);
    console.warn('Margin: names and figures not marked:', reason);
    return { status: 'failed', reason };
  }
}
