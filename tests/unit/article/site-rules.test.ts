// @vitest-environment happy-dom
/** Site rules: applied before the general method, matched by host, ignored when their selectors miss. */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES, findArticle } from '../../../src/core/article/index.ts';
import type { SiteRule } from '../../../src/core/article/index.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const long = 'A paragraph of the main story, long enough to read as prose, with commas, clauses, and a full stop at the end.';
const page = `<html><body><div class="story"><h1>Odd layout</h1><span class="txt">${long}</span><div class="promo">Buy now</div></div>
  <div class="other"><p>${long} ${long} ${long}</p></div></body></html>`;
const rules: SiteRule[] = [{ hosts: ['example.com'], article: ['.missing', '.story'], hide: ['.promo'] }];

describe('site rules', () => {
  it('keeps what the rule names and hides what it lists, on the rule host and its subdomains', () => {
    const selection = findArticle(parse(page), { rules, url: 'https://www.example.com/a' })!;
    expect(selection.method).toBe('site-rule');
    expect(selection.keep.map((el) => el.className)).toEqual(['story']);
    expect(selection.drop.map((el) => el.className)).toContain('promo');
  });

  it('leaves other hosts to the general method', () => {
    const selection = findArticle(parse(page), { rules, url: 'https://example.org/a' })!;
    expect(selection.method).not.toBe('site-rule');
  });

  it('falls back to the general method when no selector matches', () => {
    const selection = findArticle(parse(page), { rules: [{ hosts: ['example.com'], article: ['.nothing'] }], url: 'https://example.com/' })!;
    expect(selection.method).not.toBe('site-rule');
  });

  it('ships as valid data', () => {
    for (const rule of BUILT_IN_RULES) expect(rule.hosts.length).toBeGreaterThan(0);
  });
});
