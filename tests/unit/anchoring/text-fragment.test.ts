import { describe as suite, expect, it } from 'vitest';
import { textFragment, type TextQuoteSelector } from '../../../src/core/anchoring/index.ts';

const q = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({ type: 'TextQuoteSelector', exact, prefix, suffix });

suite('textFragment', () => {
  it('links a short quote with nearest-word context', () => {
    expect(textFragment('https://news.example/a', q('Port Aldren visit', 'rs said. During a ', ' in March, officials said'))).toBe(
      'https://news.example/a#:~:text=During%20a-,Port%20Aldren%20visit,-in%20March%2C',
    );
  });

  it('percent-encodes dash, comma, ampersand and non-ASCII', () => {
    const url = textFragment('https://x.test/p', q('Rio-Tinto, Smith & Co — Zürich', '', ''));
    expect(url).toBe('https://x.test/p#:~:text=Rio%2DTinto%2C%20Smith%20%26%20Co%20%E2%80%94%20Z%C3%BCrich');
  });

  it("replaces an old directive and keeps the page's own fragment", () => {
    expect(textFragment('https://x.test/p#:~:text=old', q('new words'))).toBe('https://x.test/p#:~:text=new%20words');
    expect(textFragment('https://x.test/app#/story/12', q('new words'))).toBe('https://x.test/app#/story/12:~:text=new%20words');
    expect(textFragment('https://x.test/p#sec:~:text=old', q('hi'))).toBe('https://x.test/p#sec:~:text=hi');
  });

  it('uses textStart,textEnd for long quotes', () => {
    const exact = 'Surveyed in 2021, the Tesk basin held approximately 8.4 million metric tons of this much prized metal.';
    expect(textFragment('https://x.test/p', q(exact))).toBe('https://x.test/p#:~:text=Surveyed%20in%202021%2C%20the,this%20much%20prized%20metal.');
  });

  it('takes start and end from the first and last paragraph of a multi-paragraph quote', () => {
    const exact = 'talks continue.\n\n  Analysts said the deal\nwould take years.';
    const link = textFragment('https://x.test/p', q(exact, 'officials said. The ', '\nFooter'));
    expect(link).toBe('https://x.test/p#:~:text=said.%20The-,talks%20continue.,would%20take%20years.');
  });

  it('widens a selection that starts or ends mid-word to whole words', () => {
    expect(textFragment('https://x.test/p', q('esk basin held approx', 'Surveyed in 2021, the T', 'imately 8.4 million'))).toBe(
      'https://x.test/p#:~:text=2021%2C%20the-,Tesk%20basin%20held%20approximately,-8.4%20million',
    );
  });

  it('drops a context word that the stored context cut in half', () => {
    // A full-length (32-char) context was cut: "ulation" and "anot" are partial words and must not be used.
    const prefix = 'ulation of the ageing city grew ';
    const suffix = ' in the decade, and then anot';
    expect(prefix.length).toBe(32);
    expect(textFragment('https://x.test/p', q('fast', prefix, suffix + 'her'))).toBe('https://x.test/p#:~:text=city%20grew-,fast,-in%20the');
    expect(textFragment('https://x.test/p', q('fast', 'ulation ', ' in'))).toBe('https://x.test/p#:~:text=ulation-,fast,-in');
  });

  it('returns the URL unchanged for an empty quote', () => {
    expect(textFragment('https://x.test/p#top', q('   '))).toBe('https://x.test/p#top');
  });
});
