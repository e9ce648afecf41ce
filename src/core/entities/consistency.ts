/**
 * Document-level consistency of name types: a name in a lower-case sentence (a headline, a sloppy
 * caption) takes the type the same name has in the normally cased sentences of the document, where
 * the tagger has far better evidence ("xi jinping" in a lower-case headline is a person because "Xi
 * Jinping" in the article is).
 */
import type { PreparedSentence } from './features.ts';
import { labelsToSpans } from './labels.ts';

/**
 * Retypes, in place, the names of `labels` (one label list per sentence of `sentences`) found in lower-case
 * sentences, when normally cased sentences tag the same words with another type more
 * often. Only the first `targets` sentences are changed; all are read.
 */
export function retypeByDocument(sentences: readonly PreparedSentence[], labels: string[][], targets: number): void {
  const counts = new Map<string, Map<string, number>>();
  sentences.forEach((s, k) => {
    if (s.sc !== 'N') return;
    for (const span of labelsToSpans(labels[k])) {
      const phrase = s.lower.slice(span.start, span.end).join(' ');
      const byType = counts.get(phrase) ?? new Map<string, number>();
      byType.set(span.type, (byType.get(span.type) ?? 0) + 1);
      counts.set(phrase, byType);
    }
  });
  if (counts.size === 0) return;
  for (let k = 0; k < targets; k++) {
    const s = sentences[k];
    // Only lower-case sentences: ALL-CAPS headlines are common in the training data and the model reads
    // them well (retyping them cost 0.5 F1 on the validation split).
    if (s.sc !== 'L') continue;
    for (const span of labelsToSpans(labels[k])) {
      const byType = counts.get(s.lower.slice(span.start, span.end).join(' '));
      if (!byType) continue;
      let best = span.type as string;
      let bestCount = byType.get(span.type) ?? 0;
      for (const [type, n] of byType) {
        if (n > bestCount) {
          best = type;
          bestCount = n;
        }
      }
      if (best === span.type) continue;
      for (let i = span.start; i < span.end; i++) labels[k][i] = labels[k][i].slice(0, 2) + best;
    }
  }
}
