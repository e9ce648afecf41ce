/**
 * The boundaries between Margin's parts, enforced by lint (Dark Reader keeps its zones the same way):
 *
 *   core/       plain TypeScript over the DOM: no extension code, no extension API, no database
 *   cli/        the command line over core/: no extension code either
 *   shared/     messages, types and the one browser-API module: none of the entry points, no storage
 *   content/, ui/, background/, offscreen/   entry points that never import each other
 *   storage/    the only code that imports Dexie; below background/, which owns the database
 *
 * Imports are relative paths, so the rule is written per directory depth: from src/content/x.ts the
 * background is '../background/…', from src/content/ui/x.tsx it is '../../background/…'.
 */

/** The top-level directories of src/ that each part must not import, and why. */
export const ZONES = {
  core: {
    forbidden: ['content', 'ui', 'background', 'offscreen', 'storage', 'shared', 'cli'],
    why: 'src/core is plain TypeScript over the DOM: no extension code.',
  },
  cli: { forbidden: ['content', 'ui', 'background', 'offscreen', 'storage', 'shared'], why: 'the command line runs core code only.' },
  shared: {
    forbidden: ['content', 'ui', 'background', 'offscreen', 'storage', 'cli'],
    why: 'src/shared sits below every entry point and the database.',
  },
  content: {
    forbidden: ['ui', 'background', 'offscreen', 'storage', 'cli'],
    why: 'the content script talks to the rest of Margin through messages only.',
  },
  ui: { forbidden: ['content', 'background', 'offscreen', 'storage', 'cli'], why: 'extension pages talk to the background through messages only.' },
  background: {
    forbidden: ['content', 'ui', 'offscreen', 'cli'],
    why: 'the background reaches pages and the offscreen document through messages only.',
  },
  offscreen: {
    forbidden: ['content', 'ui', 'background', 'storage', 'cli'],
    why: 'the offscreen document talks to the background through messages only.',
  },
  storage: { forbidden: ['content', 'ui', 'background', 'offscreen', 'cli'], why: 'storage is a library for the background, not a caller of it.' },
};

/** Packages only one part may import. */
const PACKAGES = [
  { name: 'dexie', onlyIn: 'storage', why: 'only src/storage touches the database (Dexie).' },
  { name: 'webextension-polyfill', notIn: ['core', 'cli'], why: 'core and the command line use no extension API.' },
];

const MAX_DEPTH = 5;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function restrictions(zone, depth) {
  const up = escape('../'.repeat(depth));
  const { forbidden, why } = ZONES[zone];
  const patterns = [
    {
      regex: `^${up}(?:${forbidden.join('|')})(?:/|$)`,
      message: `src/${zone} must not import src/{${forbidden.join(',')}}: ${why}`,
    },
  ];
  for (const pkg of PACKAGES) {
    const banned = pkg.onlyIn ? pkg.onlyIn !== zone : pkg.notIn.includes(zone);
    if (banned) patterns.push({ regex: `^${escape(pkg.name)}(?:/|$)`, message: pkg.why });
  }
  return patterns;
}

/** One flat-config entry per part and directory depth. */
export const boundaryConfigs = Object.keys(ZONES).flatMap((zone) =>
  Array.from({ length: MAX_DEPTH }, (_, i) => ({
    files: [`src/${zone}/${'*/'.repeat(i)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: restrictions(zone, i + 1) }] },
  })),
);
