/**
 * The tuned numbers of choosing the article's container (choose-root.ts) and its head (headline.ts).
 * Lengths are characters as analyze.ts counts them (`text`, `link`, `prose`, the prose `value`); shares are
 * fractions. Tuned on the tuning part (80%) of the boilerplate corpus (`npm run bench`); change one and
 * rerun the bench.
 */
export const CHOOSE_THRESHOLDS = {
  /** Below this much prose the page has no article worth isolating (a home page, a form, a gallery). */
  minArticleProse: 80,
  /** Score multipliers of containers marked as the story: "article-body"/itemprop=articleBody, `<article>`. */
  storyMarkupBoost: { body: 1.3, article: 1.2 },
  /** A furniture ancestor counts only when it holds less than this many times the candidate's text. */
  closeWrapperTextRatio: 2,

  /**
   * Pages without prose (tables, spec sheets): the most text outside links, links counted `linkWeight`
   * times against it, if it holds enough and few links.
   */
  textBody: { linkWeight: 3, minTextOutsideLinks: 250, maxLinkShare: 0.25 },

  /** Widening to ancestors: the value they may lose, the clean value that counts as added prose, their links. */
  widen: { minTolerance: 40, toleranceShare: 0.1, addedClean: 100, maxExtraLinkShare: 0.2 },

  /** A container with this share of the page's text is the whole page, narrowed to the headline's branch... */
  wholePageShare: 0.8,
  /** ...when that branch's best element scores at least this share of the whole. */
  headlineBranchMinScoreShare: 0.3,

  /**
   * The post around the page's headline, when the best prose is elsewhere (a profile, a blog's tagline)
   * because the post itself is a photo or a few lines: taken when the best prose outside it is under
   * `maxOtherProse`, and the post holds at most `maxPageShare` of the page's text.
   */
  headlinePost: { maxOtherProse: 1000, maxPageShare: 0.5 },

  /** A listing page: at least `minLinkedHeadings` headings, each mostly (`linkShare`) a link. */
  listing: { linkShare: 0.6, minLinkedHeadings: 6 },

  /** Widening the body to the headline's container: what may come along (text, value lost). */
  headlineWidening: { minExtraText: 800, minValueLoss: 200, valueLossShare: 0.25 },
  /** A standfirst between headline and body: its length, its link share, how many. */
  standfirst: { minText: 30, maxText: 800, maxLinkShare: 0.3, maxCount: 2 },
} as const;
