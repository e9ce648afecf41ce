/**
 * The tuned numbers of pruning (prune.ts): what inside the kept subtrees is dropped as clutter. Lengths are
 * characters of text (`text`), of text outside links (`prose`) or of link text (`link`), as analyze.ts
 * counts them; shares are fractions of the element's own text. Tuned on the tuning part (80%) of the
 * boilerplate corpus (`npm run bench`); change one and rerun the bench.
 */
export const PRUNE_THRESHOLDS = {
  /** Furniture is kept when it holds more than `shareOfProse` of the selection's prose and over `minProse`. */
  largeShare: { shareOfProse: 0.5, minProse: 300 },

  /** The wording cues (text-cues.ts) judge short blocks only; longer ones are never read for them. */
  readTextUnder: 300,
  /** "Advertisement", "Anzeige": a label alone. */
  adLabelMaxText: 30,
  /** "Read also: <link>" between paragraphs. */
  seeAlsoLineMaxText: 300,
  /** A heading or line announcing other stories ("You may also like"). */
  seeAlsoHeadingMaxText: 60,
  /** Under a dropped "Related posts" heading, blocks with at least this share of link text go with it. */
  seeAlsoSectionMinLinkShare: 0.2,
  /** Controls ("Show comments") and box labels ("Fact box"). */
  controlMaxText: 60,
  boxLabelMaxText: 60,
  /** An affiliate or sponsorship disclosure: short, and little prose. */
  disclosure: { maxText: 300, maxProse: 300 },
  /** A block of its own addressing the reader ("Join our channel") is a pitch wherever it sits. */
  pitchMaxText: 250,
  /** A credit inside a figure ("Photo: …"), and a credit line anywhere. */
  figureCreditMaxText: 120,
  creditLineMaxText: 100,

  /** A text block that is mostly links and little prose is a link list (related stories, tags, pages). */
  linkBlock: { minLinkShare: 0.5, maxProse: 200 },
  /** A byline or date line: short, often links, but part of the article. */
  bylineMaxText: 120,
  /** An "about the author" box: at least `minText`; under `datedMaxText`, a date or time in it makes it a byline. */
  authorBox: { minText: 80, boxText: 200, datedMaxText: 200 },
  /** A standfirst the site calls a "teaser". */
  standfirst: { minText: 60, maxText: 600 },

  /** After the body container, outside it, a block needs more prose than this (one real paragraph) to stay. */
  afterBodyProse: 150,
  /** A list of story cards: enough items, most of them a heading or a link carrying much of the item. */
  teaserList: { minLinkShare: 0.25, cardLinkShare: 0.3, minItems: 3, cardShare: 0.6 },
  /** A box beside the paragraphs: at least `minBlocks` text blocks, under `maxProseShare` of it prose. */
  box: { maxProseShare: 0.5, minBlocks: 2 },
  /** The heading over the readers' comments ("12 Comments", "Leave a Reply") is shorter than this. */
  commentsHeadingMaxText: 120,
  /** A heading left alone above a dropped section is dropped too, when it is at most this long. */
  orphanHeadingMaxText: 120,

  /** After the story's last paragraph (dropTrailingNotes). */
  trailing: {
    /** A paragraph: at least this much text outside links. */
    paragraphProse: 80,
    /** The pitch and biography cues read blocks under this length. */
    pitchMaxText: 600,
    /** A note after the story is shorter than this. */
    noteMaxText: 150,
    /** More notes than this after the prose are the story's own format (a list of tips), not notes. */
    maxNotes: 10,
  },

  /** How often the walk asks its time budget whether the slice is over (elements). */
  checkEvery: 32,
} as const;
