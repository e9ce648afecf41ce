import { describe, expect, it } from 'vitest';
import { isWebUrl, normalizeUrl, pageKey, sameSite, siteOf } from '../../../src/core/url.ts';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest in a stable order', () => {
    expect(normalizeUrl('https://ex.com/a?b=2&utm_source=x&a=1&fbclid=z#:~:text=hi')).toBe('https://ex.com/a?a=1&b=2');
  });
  it('leaves text that is not a URL alone', () => {
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});

describe('pageKey: hash routes and anchors', () => {
  it('keeps hash routes that name different content apart', () => {
    expect(pageKey('https://ex.com/#/story-a')).toBe('https://ex.com/#/story-a');
    expect(pageKey('https://ex.com/#/story-a')).not.toBe(pageKey('https://ex.com/#/story-b'));
    expect(pageKey('https://ex.com/app#!/story-a')).toBe('https://ex.com/app#!/story-a');
    expect(pageKey('https://ex.com/app#!story-a')).not.toBe(pageKey('https://ex.com/app#!story-b'));
  });
  it('treats a route with a trailing slash as the same route, and an empty route as none', () => {
    expect(pageKey('https://ex.com/#/story-a/')).toBe(pageKey('https://ex.com/#/story-a'));
    expect(pageKey('https://ex.com/#/')).toBe('https://ex.com/');
    expect(pageKey('https://ex.com/#!')).toBe('https://ex.com/');
  });
  it('drops plain anchors and text fragments: the same article scrolled elsewhere', () => {
    expect(pageKey('https://ex.com/news/story#section-2')).toBe('https://ex.com/news/story');
    expect(pageKey('https://ex.com/news/story#comments')).toBe('https://ex.com/news/story');
    expect(pageKey('https://ex.com/news/story#:~:text=quoted')).toBe('https://ex.com/news/story');
  });
});

describe('pageKey: tracking parameters', () => {
  it('drops campaign and click ids, keeps parameters that name content, sorted', () => {
    expect(pageKey('https://ex.com/a?id=7&utm_medium=mail&gclid=1&page=2')).toBe('https://ex.com/a?id=7&page=2');
    expect(pageKey('https://ex.com/a?page=2&id=7')).toBe(pageKey('https://ex.com/a?id=7&page=2&utm_campaign=x'));
  });
});

describe('pageKey: AMP renderings of an article', () => {
  const article = 'https://ex.com/news/story';
  it('ties an /amp/ path segment or a trailing /amp to the article', () => {
    expect(pageKey('https://ex.com/amp/news/story')).toBe(article);
    expect(pageKey('https://ex.com/news/amp/story')).toBe(article);
    expect(pageKey('https://ex.com/news/story/amp')).toBe(article);
    expect(pageKey('https://ex.com/news/story/amp/')).toBe(`${article}/`);
  });
  it('ties amp=1, amp, outputType=amp to the article and keeps other parameters', () => {
    expect(pageKey('https://ex.com/news/story?amp=1')).toBe(article);
    expect(pageKey('https://ex.com/news/story?amp')).toBe(article);
    expect(pageKey('https://ex.com/news/story?outputType=amp&id=3')).toBe(`${article}?id=3`);
    expect(pageKey('https://ex.com/news/story?amp=0')).toBe(`${article}?amp=0`);
  });
  it('ties story.amp.html to story.html', () => {
    expect(pageKey('https://ex.com/news/story.amp.html')).toBe('https://ex.com/news/story.html');
  });
  it('ties the amp. subdomain to the bare site', () => {
    expect(pageKey('https://amp.ex.com/news/story')).toBe(article);
  });
  it('leaves words that only contain "amp" alone', () => {
    expect(pageKey('https://ex.com/news/campaign-amplifier')).toBe('https://ex.com/news/campaign-amplifier');
    expect(pageKey('https://ampere.ex.com/a')).toBe('https://ampere.ex.com/a');
  });
});

describe('pageKey: the canonical URL the page declares', () => {
  it('uses a canonical URL on the same host or site', () => {
    expect(pageKey('https://ex.com/p/123?from=home', { canonical: 'https://ex.com/news/story' })).toBe('https://ex.com/news/story');
    expect(pageKey('https://amp.ex.com/s/123', { canonical: 'https://www.ex.com/news/story' })).toBe('https://www.ex.com/news/story');
    expect(pageKey('https://m.ex.com/s/123', { canonical: 'https://www.ex.com/news/story?utm_source=x' })).toBe('https://www.ex.com/news/story');
  });
  it('resolves a relative canonical against the page', () => {
    expect(pageKey('https://ex.com/p/123', { canonical: '/news/story' })).toBe('https://ex.com/news/story');
  });
  it("ignores a canonical URL on another site: a page cannot claim another site's notes", () => {
    expect(pageKey('https://evil.test/a', { canonical: 'https://ex.com/news/story' })).toBe('https://evil.test/a');
    expect(pageKey('https://bob.github.io/a', { canonical: 'https://alice.github.io/a' })).toBe('https://bob.github.io/a');
    expect(pageKey('https://ex.com/a', { canonical: 'javascript:alert(1)' })).toBe('https://ex.com/a');
    expect(pageKey('https://ex.com/a', { canonical: 'http://[bad' })).toBe('https://ex.com/a');
  });
  it('ignores the canonical URL on a hash-routed page, where it often names every route at once', () => {
    expect(pageKey('https://ex.com/#/story-a', { canonical: 'https://ex.com/' })).toBe('https://ex.com/#/story-a');
  });
});

describe('sites', () => {
  it('joins www, amp, m and mobile renderings of a site and nothing else', () => {
    expect(siteOf('www.ex.com')).toBe('ex.com');
    expect(sameSite('amp.ex.com', 'www.ex.com')).toBe(true);
    expect(sameSite('m.ex.co.uk', 'ex.co.uk')).toBe(true);
    expect(sameSite('news.ex.com', 'ex.com')).toBe(false);
    expect(sameSite('alice.github.io', 'bob.github.io')).toBe(false);
    expect(sameSite('127.0.0.1', 'localhost')).toBe(false);
    expect(siteOf('www.com')).toBe('www.com');
  });
  it('knows a web page URL', () => {
    expect(isWebUrl('https://ex.com/')).toBe(true);
    expect(isWebUrl('http://127.0.0.1:8080/a')).toBe(true);
    expect(isWebUrl('chrome-extension://abc/page.html')).toBe(false);
    expect(isWebUrl('file:///etc/passwd')).toBe(false);
    expect(isWebUrl(undefined)).toBe(false);
  });
});
