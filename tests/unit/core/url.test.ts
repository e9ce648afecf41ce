import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../src/core/url.ts';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest in a stable order', () => {
    expect(normalizeUrl('https://ex.com/a?b=2&utm_source=x&a=1&fbclid=z#:~:text=hi')).toBe('https://ex.com/a?a=1&b=2');
  });
  it('leaves text that is not a URL alone', () => {
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});
