/**
 * White-space folding with a map back to the original offsets, so that a quote can be found in a page whose
 * markup was re-indented (which changes text nodes' white space but not what a reader sees).
 */

/** Folded text and, for each of its characters, the offset of the original character it came from. */
export interface FoldedText {
  text: string;
  map: number[];
}

const WHITESPACE = /\s/;

/** Fast path for the common ASCII white space; `\s` for the rest (NBSP and other Unicode spaces). */
function isSpace(code: number, ch: string): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && WHITESPACE.test(ch);
}

/**
 * Folds every run of white space in `text` to a single space.
 * @returns the folded text and the offset map (`map[i]` is the original offset of folded character `i`).
 */
export function foldWhitespace(text: string): FoldedText {
  // Anchoring many highlights folds the same page text again and again; remember the last one.
  if (text === lastInput && lastOutput) return lastOutput;
  lastOutput = fold(text);
  lastInput = text;
  return lastOutput;
}

let lastInput: string | null = null;
let lastOutput: FoldedText | null = null;

function fold(text: string): FoldedText {
  const out: string[] = [];
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (isSpace(text.charCodeAt(i), ch)) {
      if (inSpace) continue;
      inSpace = true;
      out.push(' ');
    } else {
      inSpace = false;
      out.push(ch);
    }
    map.push(i);
  }
  return { text: out.join(''), map };
}
