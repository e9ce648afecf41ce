import { describe, expect, it } from 'vitest';
import { backgroundMessages } from '../../../src/shared/message-catalog.ts';
import {
  answerFor,
  checkSender,
  identifySender,
  senderPolicy,
  SenderRefused,
  type RawSender,
  type Sender,
  type SiteLookup,
} from '../../../src/shared/sender-policy.ts';
import type { Annotation } from '../../../src/shared/types.ts';

const self = { id: 'margin-id', baseUrl: 'chrome-extension://margin-id/' };
const page = 'https://news.example/world/story';

/** Margin's content script in the top frame of a tab showing `url`. */
const contentAt = (url: string, tabUrl = url): RawSender => ({ id: self.id, url, frameId: 0, tab: { id: 7, url: tabUrl } });
const sidePanel: RawSender = { id: self.id, url: `${self.baseUrl}src/ui/sidepanel/index.html` };
const optionsTab: RawSender = {
  id: self.id,
  url: `${self.baseUrl}src/ui/options/index.html`,
  frameId: 0,
  tab: { id: 3, url: `${self.baseUrl}src/ui/options/index.html` },
};
/** The note editor: a Margin page framed inside the web page of tab 7. */
const noteFrameIn = (tabUrl: string): RawSender => ({
  id: self.id,
  url: `${self.baseUrl}src/ui/note-frame/index.html#a1`,
  frameId: 4,
  tab: { id: 7, url: tabUrl },
});

const sites: SiteLookup = {
  annotationUrl: async (id) =>
    (({ mine: page, theirs: 'https://other.example/x', amp: 'https://www.news.example/world/story' }) as Record<string, string>)[id],
  ruleHost: async (id) => (({ 1: 'news.example', 2: 'other.example' }) as Record<number, string>)[id],
};

const identify = (raw: RawSender): Sender => identifySender(raw, self);
const check = (type: keyof typeof backgroundMessages, payload: unknown, raw: RawSender) =>
  checkSender(type, backgroundMessages[type].payload(payload, type) as never, identify(raw), sites);

describe('identifySender', () => {
  it("knows Margin's content script, its tab and frame", () => {
    expect(identify(contentAt(page))).toEqual({ kind: 'content', url: page, tabId: 7, tabUrl: page, frameId: 0, embedded: false });
  });
  it("knows Margin's own pages, and a Margin page framed in a web page", () => {
    expect(identify(sidePanel)).toMatchObject({ kind: 'extension', embedded: false });
    expect(identify(optionsTab)).toMatchObject({ kind: 'extension', embedded: false, tabId: 3 });
    expect(identify(noteFrameIn(page))).toMatchObject({ kind: 'extension', embedded: true, tabId: 7, tabUrl: page, frameId: 4 });
    // Framed when nothing says it is a tab's top document.
    expect(identify({ ...noteFrameIn(page), frameId: undefined })).toMatchObject({ embedded: true });
    // A Margin page the browser ties to a web page's tab as its top document (a panel beside it) is not framed.
    expect(identify({ ...sidePanel, frameId: 0, tab: { id: 7, url: page } })).toMatchObject({ kind: 'extension', embedded: false });
  });
  it('refuses other extensions, even when they claim a Margin URL', () => {
    expect(() => identify({ ...sidePanel, id: 'intruder' })).toThrow(/other extensions/);
    expect(() => identify({ ...contentAt(page), id: undefined })).toThrow(SenderRefused);
  });
  it('refuses a content script outside the top frame, and senders that are neither', () => {
    expect(() => identify({ ...contentAt(page), frameId: 2 })).toThrow(/top frame/);
    expect(() => identify({ id: self.id, url: 'about:blank', tab: { id: 1, url: page } })).toThrow(SenderRefused);
  });
});

describe('the policy table', () => {
  it('has an entry for every background message and no other', () => {
    expect(Object.keys(senderPolicy).sort()).toEqual(Object.keys(backgroundMessages).sort());
  });
  it('lets content scripts send only the listed messages', () => {
    const fromContent = Object.entries(senderPolicy)
      .filter(([, permit]) => permit.from !== 'extension')
      .map(([type]) => type)
      .sort();
    expect(fromContent).toEqual([
      'annotations/create',
      'annotations/list',
      'entities/recognize',
      'legend/set',
      'page/hello',
      'reading/get',
      'reading/set',
      'rules/add',
      'rules/delete',
      'settings/get',
      'settings/set',
      'sites/get',
    ]);
  });
});

describe('content scripts: refused', () => {
  const refusedFromContent = [
    'library/pages',
    'library/annotations',
    'library/tags',
    'library/open',
    'annotations/tags',
    'annotations/get',
    'annotations/update',
    'annotations/delete',
    'annotations/undelete',
    'annotations/trash',
    'drafts/get',
    'drafts/set',
    'drafts/clear',
    'backup/export',
    'backup/import',
    'rules/list',
    'rules/update',
    'sites/set',
    'sites/auto-clean-list',
    'tab/clean',
    'tab/export',
    'tab/state',
    'tab/scroll-to',
    'tab/pick',
  ] as const;
  const payloads: Record<string, unknown> = {
    'drafts/set': { id: 'mine', text: 't', baseVersion: 1 },
    'backup/import': { text: '{}' },
    'rules/update': { id: 1, selector: 'p' },
    'sites/set': { url: page, autoClean: true },
    'annotations/trash': {},
    'annotations/tags': { id: 'mine', tags: ['t'] },
    'library/open': { id: 'mine' },
  };
  it.each(refusedFromContent)('%s, even for its own site', async (type) => {
    const payload =
      payloads[type] ??
      (type.startsWith('tab/') ? { tabId: 7 } : type.startsWith('annotations/') || type.startsWith('drafts/') ? { id: 'mine' } : {});
    await expect(check(type, payload, contentAt(page))).rejects.toThrow(`${type} is not allowed from a web page's content script.`);
  });
  it("another site's notes, listed or created", async () => {
    await expect(check('annotations/list', { url: 'https://other.example/x' }, contentAt(page))).rejects.toThrow(
      /another site \(other\.example; this tab shows news\.example\)/,
    );
    const create = {
      url: 'https://other.example/x',
      quote: { type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 1 },
      color: 'yellow',
      note: '',
    };
    await expect(check('annotations/create', create, contentAt(page))).rejects.toThrow(SenderRefused);
    await expect(check('page/hello', { url: 'https://other.example/x' }, contentAt(page))).rejects.toThrow(SenderRefused);
  });
  it('a page key that is not a web page', async () => {
    await expect(check('annotations/list', { url: 'chrome-extension://margin-id/x' }, contentAt(page))).rejects.toThrow(SenderRefused);
    await expect(check('annotations/list', { url: 'not a url' }, contentAt(page))).rejects.toThrow(SenderRefused);
  });
  it("another host's hide rules and site choice, even on the same site", async () => {
    await expect(check('rules/add', { url: 'https://other.example/', selector: 'body' }, contentAt(page))).rejects.toThrow(SenderRefused);
    await expect(check('rules/add', { url: 'https://www.news.example/', selector: 'body' }, contentAt(page))).rejects.toThrow(SenderRefused);
    await expect(check('rules/delete', { id: 2 }, contentAt(page))).rejects.toThrow(/another site/);
    await expect(check('sites/get', { url: 'https://other.example/' }, contentAt(page))).rejects.toThrow(SenderRefused);
  });
  it('settings other than the highlighted kinds', async () => {
    await expect(check('settings/set', { cleanOnPopup: true }, contentAt(page))).rejects.toThrow(/only the highlighted kinds/);
    await expect(check('settings/set', { enabledGroups: ['people'], highlightEntities: false }, contentAt(page))).rejects.toThrow(SenderRefused);
  });
  it("checks the tab's address, not the address the script claims", async () => {
    // A frame's URL on one site inside a tab showing another: the tab decides.
    await expect(check('annotations/list', { url: page }, contentAt(page, 'https://other.example/'))).rejects.toThrow(SenderRefused);
  });
});

describe('content scripts: allowed', () => {
  it("their own site's notes, rules and site choice, and the highlighted kinds", async () => {
    await expect(check('page/hello', { url: page }, contentAt(page))).resolves.toBeUndefined();
    await expect(check('annotations/list', { url: 'https://www.news.example/world/story' }, contentAt(page))).resolves.toBeUndefined();
    await expect(check('rules/add', { url: page, selector: '.ad' }, contentAt(page))).resolves.toBeUndefined();
    await expect(check('rules/delete', { id: 1 }, contentAt(page))).resolves.toBeUndefined();
    await expect(check('sites/get', { url: page }, contentAt(page))).resolves.toBeUndefined();
    await expect(check('settings/set', { enabledGroups: ['people'] }, contentAt(page))).resolves.toBeUndefined();
    await expect(check('settings/get', {}, contentAt(page))).resolves.toBeUndefined();
    await expect(check('entities/recognize', { text: 'Ada Lovelace' }, contentAt(page))).resolves.toBeUndefined();
  });
  it('receive notes with the note text blanked', () => {
    const note = { id: 'mine', url: page, note: 'private thought', color: 'yellow' } as Annotation;
    expect(answerFor('annotations/list', [note], identify(contentAt(page)))).toEqual([{ ...note, note: '' }]);
    expect(answerFor('annotations/create', note, identify(contentAt(page))).note).toBe('');
    const hello = answerFor('page/hello', { annotations: [note], hideSelectors: [], autoClean: false }, identify(contentAt(page)));
    expect(hello.annotations[0].note).toBe('');
    expect(answerFor('annotations/list', [note], identify(sidePanel))[0].note).toBe('private thought');
  });
});

describe('Margin pages', () => {
  it('may send library-wide and tab messages', async () => {
    await expect(check('rules/list', {}, sidePanel)).resolves.toBeUndefined();
    await expect(check('sites/set', { url: 'https://other.example/', autoClean: true }, optionsTab)).resolves.toBeUndefined();
    await expect(check('annotations/list', { url: 'https://other.example/x' }, sidePanel)).resolves.toBeUndefined();
    await expect(check('backup/export', {}, optionsTab)).resolves.toBeUndefined();
    await expect(check('tab/clean', { tabId: 7 }, sidePanel)).resolves.toBeUndefined();
    await expect(check('library/pages', {}, optionsTab)).resolves.toBeUndefined();
    await expect(check('library/page-update', { url: 'https://other.example/x', note: 'n' }, optionsTab)).resolves.toBeUndefined();
    await expect(check('annotations/tags', { id: 'theirs', tags: ['t'] }, optionsTab)).resolves.toBeUndefined();
  });
  it('never send what only the content script sends', async () => {
    await expect(check('page/hello', { url: page }, sidePanel)).rejects.toThrow(/only sent by Margin's content script/);
  });
});

describe('a Margin page framed in a web page (the note editor)', () => {
  it("reaches the notes and drafts of its tab's site", async () => {
    await expect(check('annotations/get', { id: 'mine' }, noteFrameIn(page))).resolves.toBeUndefined();
    await expect(check('annotations/update', { id: 'amp', note: 'x' }, noteFrameIn(page))).resolves.toBeUndefined();
    await expect(check('annotations/delete', { id: 'mine' }, noteFrameIn(page))).resolves.toBeUndefined();
    await expect(check('annotations/undelete', { id: 'mine' }, noteFrameIn(page))).resolves.toBeUndefined();
    await expect(check('drafts/set', { id: 'mine', text: 't', baseVersion: 1 }, noteFrameIn(page))).resolves.toBeUndefined();
    await expect(check('annotations/tags', { id: 'mine', tags: ['minerals'] }, noteFrameIn(page))).resolves.toBeUndefined();
  });
  it("not another site's, nor drafts of annotations that do not exist", async () => {
    await expect(check('annotations/get', { id: 'theirs' }, noteFrameIn(page))).rejects.toThrow(/Margin page framed in a web page for another site/);
    await expect(check('annotations/update', { id: 'theirs', note: 'x' }, noteFrameIn(page))).rejects.toThrow(SenderRefused);
    await expect(check('drafts/get', { id: 'theirs' }, noteFrameIn(page))).rejects.toThrow(SenderRefused);
    await expect(check('annotations/tags', { id: 'theirs', tags: ['x'] }, noteFrameIn(page))).rejects.toThrow(SenderRefused);
    await expect(check('drafts/set', { id: 'nothing', text: 't', baseVersion: 1 }, noteFrameIn(page))).rejects.toThrow(/no annotation nothing/);
  });
  it('nothing library-wide: listing, trash, backup, rules, settings, tabs', async () => {
    for (const [type, payload] of [
      ['annotations/list', { url: page }],
      ['annotations/trash', {}],
      ['backup/export', {}],
      ['rules/list', {}],
      ['settings/set', { enabledGroups: [] }],
      ['sites/set', { url: page, autoClean: true }],
      ['tab/state', { tabId: 7 }],
      ['library/pages', {}],
      ['library/annotations', {}],
      ['library/tags', {}],
      ['library/page-update', { url: page, note: 'n' }],
      ['library/open', { id: 'mine' }],
    ] as const) {
      await expect(check(type, payload, noteFrameIn(page))).rejects.toThrow(`${type} is not allowed from a Margin page framed in a web page.`);
    }
  });
});
