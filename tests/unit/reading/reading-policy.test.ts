/** A page's content script reads and sets the reading look of its own site only; the legend's place is its own. */
import { describe, expect, it } from 'vitest';
import { backgroundMessages } from '../../../src/shared/message-catalog.ts';
import { checkSender, identifySender, SenderRefused, type RawSender } from '../../../src/shared/sender-policy.ts';
import { DEFAULT_READING } from '../../../src/core/reading/prefs.ts';

const self = { id: 'margin-id', baseUrl: 'chrome-extension://margin-id/' };
const page = 'https://news.example/world/story';
const contentAt = (url: string): RawSender => ({ id: self.id, url, frameId: 0, tab: { id: 7, url } });
const lookup = { annotationUrl: async () => undefined, ruleHost: async () => undefined };
const check = (type: keyof typeof backgroundMessages, payload: unknown) =>
  checkSender(type, backgroundMessages[type].payload(payload, type) as never, identifySender(contentAt(page), self), lookup);

describe('reading messages from a content script', () => {
  it("reach the tab's own site", async () => {
    await expect(check('reading/get', { url: page })).resolves.toBeUndefined();
    await expect(check('reading/set', { url: 'https://news.example/other', reading: DEFAULT_READING })).resolves.toBeUndefined();
    await expect(check('legend/set', { collapsed: true, at: null })).resolves.toBeUndefined();
  });

  it('are refused for another site', async () => {
    await expect(check('reading/get', { url: 'https://other.example/' })).rejects.toThrow(SenderRefused);
    await expect(check('reading/set', { url: 'https://other.example/', reading: DEFAULT_READING })).rejects.toThrow(SenderRefused);
  });

  it('carry only well-formed reading choices', () => {
    const payload = backgroundMessages['reading/set'].payload({ url: page, reading: { theme: 'dark', width: 1e9, script: 'x' } }, 'reading/set');
    expect(payload.reading).toEqual({ ...DEFAULT_READING, theme: 'dark', width: 1040 });
  });
});
