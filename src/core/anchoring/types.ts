/**
 * Selectors in the style of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/).
 *
 * A highlight is stored as more than one selector on purpose: the position is exact and cheap but breaks as
 * soon as the page's text shifts; the quote with its context survives edits and can be searched for.
 */

/** The highlighted text itself, plus a little text on either side to tell repeated quotes apart. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The highlighted text, exactly as it was in the text model. */
  exact: string;
  /** Up to `contextLength` characters just before `exact`. */
  prefix: string;
  /** Up to `contextLength` characters just after `exact`. */
  suffix: string;
}

/** Character offsets of the highlight in the text model of the root (see `TextModel`). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Any selector Margin writes or reads. */
export type Selector = TextQuoteSelector | TextPositionSelector;

/** Options shared by everything that builds a text model. */
export interface TextModelOptions {
  /**
   * Return true to leave an element and its whole subtree out of the text, e.g. Margin's own UI host, so
   * that injecting or removing it never shifts offsets.
   */
  ignore?: (el: Element) => boolean;
}
