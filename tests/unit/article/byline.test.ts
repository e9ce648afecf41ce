// @vitest-environment happy-dom
/** The byline and date line belong to the article, even when its class looks like an "about the author" box. */
import { describe, expect, it } from 'vitest';
import { articleText, findArticle } from '../../../src/core/article/index.ts';

const para = (n: number) =>
  `Story sentence ${n}: the port authority said on Tuesday that the new terminal, planned after months of talks, would open in spring, and that shipping lines had been told to expect new fees.`;

function textOf(byline: string, after = ''): string {
  const html = `<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article>
    <h1>Port terminal deal signed</h1>${byline}
    <p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>${after}</article></main><footer><a href="/privacy">Privacy</a></footer></body></html>`;
  const selection = findArticle(new DOMParser().parseFromString(html, 'text/html'))!;
  return articleText(selection).text.replace(/\s+/g, ' ');
}

describe('bylines', () => {
  it('keeps a long byline with dates whose class says author-details', () => {
    const byline =
      '<div class="author-details"><span class="author"><a href="/desk">Business Desk of the Example Ledger</a></span> | Updated: 26-11-2026 14:05 IST | Created: 26-11-2026 13:40 IST</div>';
    expect(textOf(byline)).toContain('Updated: 26-11-2026 14:05 IST');
  });

  it('still drops an about-the-author box after the story', () => {
    const bio =
      '<div class="author-box"><p>Jane Reporter covers shipping and ports for the Example Ledger, and before that wrote about energy markets for a decade in three countries.</p></div>';
    const text = textOf('<p class="byline">By Jane Reporter</p>', bio);
    expect(text).toContain('Story sentence 3');
    expect(text).not.toContain('covers shipping and ports');
  });
});
