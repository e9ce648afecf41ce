/**
 * The clean view's stylesheet is a static file the browser injects with the content script: its selectors
 * must use the attribute names the code marks elements with.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ATTRIBUTE, HIDDEN_ATTRIBUTE, SHELL_ATTRIBUTE } from '../../../src/core/clean/marks.ts';
import { CLEAN_ATTRIBUTE, REVEAL_ATTRIBUTE } from '../../../src/content/page-style.ts';

// Rules compared with comments dropped and white space folded, so the formatter's layout does not matter.
const css = readFileSync(`${process.cwd()}/public/clean-view.css`, 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ');
const manifest = JSON.parse(readFileSync(`${process.cwd()}/manifest.json`, 'utf8')) as { content_scripts: { css?: string[] }[] };

describe('clean-view.css', () => {
  it('hides what the cleaner marks and shows the article and the page in clean view', () => {
    expect(css).toContain(`[${HIDDEN_ATTRIBUTE}]:not(#margin-never-an-id):not(#margin-never-an-id) { display: none !important; }`);
    expect(css).toContain(`html[${CLEAN_ATTRIBUTE}] > body {`.replace(/\s+/g, ' '));
    expect(css).toContain(`html[${CLEAN_ATTRIBUTE}] [${ARTICLE_ATTRIBUTE}] { visibility: visible !important; }`);
    expect(css).toContain(
      `html[${CLEAN_ATTRIBUTE}] [${SHELL_ATTRIBUTE}]:not(#margin-never-an-id):not(#margin-never-an-id) { visibility: hidden !important; }`,
    );
    expect(css).toContain(`html[${CLEAN_ATTRIBUTE}] [${SHELL_ATTRIBUTE}] > * { visibility: visible !important; }`);
    expect(css).toContain(`html[${CLEAN_ATTRIBUTE}][${REVEAL_ATTRIBUTE}] [${ARTICLE_ATTRIBUTE}] * { visibility: visible !important; }`);
  });

  it('is injected with the content script', () => {
    expect(manifest.content_scripts[0].css).toEqual(['clean-view.css']);
  });
});
