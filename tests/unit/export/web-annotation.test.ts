import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, backupFileName, fromWebAnnotations, toWebAnnotations, type BackupData } from '../../../src/core/export/web-annotation.ts';

const data: BackupData = {
  annotations: [
    {
      id: '3f1c2a4e-1b2c-4d5e-8f90-123456789abc',
      url: 'https://news.example/a',
      quote: { type: 'TextQuoteSelector', exact: 'the passage', prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start: 7, end: 18 },
      color: 'green',
      note: 'Why it matters',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      version: 3,
      noteVersion: 2,
      deletedAt: '2026-01-03T00:00:00.000Z',
      tags: ['minerals', 'export quota'],
    },
    {
      id: 'plain-id',
      url: 'https://news.example/b',
      quote: { type: 'TextQuoteSelector', exact: 'no note here', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 12 },
      color: 'yellow',
      note: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      version: 1,
      tags: [],
    },
  ],
  drafts: [],
  hideRules: [{ id: 4, host: 'news.example', selector: '.promo', createdAt: '2026-01-01T00:00:00.000Z' }],
  sites: [{ host: 'news.example', autoClean: 1 }],
  settings: { cleanOnPopup: false, colorMeanings: { yellow: 'claim', green: 'evidence' } },
  pages: [
    {
      url: 'https://news.example/a',
      title: 'Quota talks stall',
      site: 'News Example',
      author: 'A. Writer',
      savedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-04T00:00:00.000Z',
      entities: { people: ['Ada Quill'], organizations: ['Harbour Council'], places: ['Portmere'] },
      keyFacts: [{ type: 'PER', text: 'Ada Quill', count: 2, first: 0 }],
      note: 'Read with the *March* figures [[Quotas]]',
      tags: ['minerals'],
    },
  ],
};

describe('the Web Annotation backup format', () => {
  it('writes annotations other tools can read: selectors, a commenting body, created and modified', () => {
    const file = JSON.parse(toWebAnnotations(data, new Date('2026-02-01T00:00:00Z')));
    expect(file['@context'][0]).toBe(ANNO_CONTEXT);
    expect(file).toMatchObject({ type: 'AnnotationCollection', total: 2, generated: '2026-02-01T00:00:00.000Z' });
    expect(file.items[0]).toMatchObject({
      id: 'urn:uuid:3f1c2a4e-1b2c-4d5e-8f90-123456789abc',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-02T00:00:00.000Z',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Why it matters' },
        { type: 'TextualBody', purpose: 'tagging', value: 'minerals' },
        { type: 'TextualBody', purpose: 'tagging', value: 'export quota' },
      ],
      target: {
        source: 'https://news.example/a',
        selector: [
          { type: 'TextQuoteSelector', exact: 'the passage', prefix: 'before ', suffix: ' after' },
          { type: 'TextPositionSelector', start: 7, end: 18 },
        ],
      },
      margin: { color: 'green', version: 3, noteVersion: 2, deletedAt: '2026-01-03T00:00:00.000Z' },
    });
    expect(file.items[1].body).toBeUndefined();
    expect(file.items[1].motivation).toBe('highlighting');
    expect(file.items[1].id).toMatch(/^urn:x-margin:backup:annotation:plain-id$/);
  });

  it('reads back exactly what it wrote', () => {
    expect(fromWebAnnotations(toWebAnnotations(data))).toEqual(data);
  });

  it('takes the commenting body as the note and leaves tag bodies aside', () => {
    const file = JSON.parse(toWebAnnotations(data));
    file.items[0].body = [
      { type: 'TextualBody', purpose: 'tagging', value: 'energy' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Kept' },
    ];
    expect(fromWebAnnotations(JSON.stringify(file)).annotations[0].note).toBe('Kept');
    file.items[0].body.push({ type: 'TextualBody', value: 'second note' });
    expect(() => fromWebAnnotations(JSON.stringify(file))).toThrow(/items\[0\]\.body has 2 notes/);
  });

  it('names the file by the local date', () => {
    expect(backupFileName(new Date(2026, 2, 9, 23, 59))).toBe('margin-backup-2026-03-09.jsonld');
  });
});
