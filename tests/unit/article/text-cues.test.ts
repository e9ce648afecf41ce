/**
 * Wording cues judge short blocks as pages write them: with non-breaking spaces between words as often as
 * plain ones, and in several languages.
 */
import { describe, expect, it } from 'vitest';
import { isCallToAction, isControlText, isCreditLine, isSeeAlso } from '../../../src/core/article/text-cues.ts';

const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('text cues', () => {
  it('reads pitches, credits, controls and see-also lines written with non-breaking spaces', () => {
    expect(isCallToAction(nbsp('For the latest stories download the Example News apps for iOS and Android.'))).toBe(true);
    expect(isCreditLine(nbsp('Foto: Erika Muster'))).toBe(true);
    expect(isControlText(nbsp('5 min read'))).toBe(true);
    expect(isSeeAlso(nbsp('Read also: harbour rules'))).toBe(true);
  });

  it('reads share, mail and gallery controls written as text', () => {
    for (const t of ['Email this article', 'Tweet', 'Share this story', 'Play video', 'View full gallery', '‹ Back to story', 'Print'])
      expect(isControlText(t), t).toBe(true);
    for (const t of ['Email from the mayor', 'Video shows the flood', 'Gallery owners protest']) expect(isControlText(t), t).toBe(false);
  });

  it('leaves reporting that mentions subscribers, apps or photos alone', () => {
    expect(isCallToAction('Subscribers to the service rose 5% after the company updated its apps.')).toBe(false);
    expect(isCreditLine('The photos, taken in 2019, show the harbour before the storm.')).toBe(false);
    expect(isSeeAlso('Readers also wrote to the council about the harbour.')).toBe(false);
  });
});
