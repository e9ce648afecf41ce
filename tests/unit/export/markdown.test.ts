import { describe as suite, expect, it } from 'vitest';
import type { PageMetadata } from '../../../src/core/article/types.ts';
import { exportFileName, toMarkdown, type ExportInput } from '../../../src/core/export/index.ts';
import { frontMatter, yamlString } from '../../../src/core/export/yaml.ts';
import { parseFrontMatter } from './mini-yaml.ts';

const meta: PageMetadata = {
  title: 'Chile and Japan Weigh a Joint Lithium Refinery in the Atacama',
  byline: 'Pacific Dispatch News Desk',
  published: '2026-03-14T08:25:00+05:30',
  site: 'Pacific Dispatch',
  lang: 'en',
  url: 'https://www.pacificdispatch.example/news/lithium-refinery',
  description: null,
  tags: ['Lithium'],
};

const quote = (exact: string, prefix = '', suffix = '') => ({ type: 'TextQuoteSelector' as const, exact, prefix, suffix });

function input(over: Partial<ExportInput> = {}): ExportInput {
  return {
    meta,
    annotations: [
      {
        quote: quote('On a visit to Santiago in March', 'said on Friday. ', ', Japanese Minister'),
        note: 'Check the date',
        color: 'yellow',
        createdAt: '2026-03-15T10:00:00Z',
      },
      { quote: quote('Chile holds about 9.3 million metric tons'), note: '', color: 'green', createdAt: '2026-03-15T10:01:00Z' },
    ],
    facts: [
      { type: 'LOC', text: 'Santiago', count: 1 },
      { type: 'PER', text: 'Kenji Morimoto', count: 2 },
      { type: 'LOC', text: 'Chile', count: 5 },
      { type: 'ORG', text: 'Pacific Dispatch News Desk', count: 1 },
      {
        type: 'QUANTITY',
        text: '9.3 million metric tons',
        count: 1,
        sentence: 'According to a 2023 survey, Chile holds about 9.3 million metric tons of lithium reserves, more than any other country.',
      },
      { type: 'DATE', text: 'March', count: 1 },
      { type: 'DATE', text: '2023', count: 1 },
      { type: 'TIME', text: '08:25 IST', count: 1 },
    ],
    exportedAt: new Date(2026, 10, 27, 9, 30, 5),
    tags: ['lithium refining', '#mining', 'Mining', '2026'],
    ...over,
  };
}

suite('front matter', () => {
  it('parses back to the same values', () => {
    const md = toMarkdown(input());
    const fm = parseFrontMatter(md);
    expect(fm.title).toBe(meta.title);
    expect(fm.url).toBe(meta.url);
    expect(fm.site).toBe('Pacific Dispatch');
    expect(fm.author).toBe('Pacific Dispatch News Desk');
    expect(fm.tags).toEqual(['lithium-refining', 'mining']);
    expect(md).toMatch(/^published: 2026-03-14T08:25:00\+05:30$/m);
    expect(md).toMatch(/^exported: 2026-11-27T09:30:05(Z|[+-]\d\d:\d\d)$/m);
  });

  it('quotes and escapes strings that plain YAML would misread', () => {
    const tricky = [
      'Fed: rates hold',
      'He said "no"',
      'line one\nline two',
      '- dash first',
      '#hashtag',
      '@handle',
      '* star',
      'true',
      'No',
      'null',
      '1.5',
      '12:30',
      '2025-01-02',
      'ends with colon:',
      'note # comment',
      ' padded ',
      'back\\slash',
      '[bracket]',
      '{brace}',
      '> quote',
      '| pipe',
      "'single'",
      '%percent',
      '`tick`',
      'tab\there',
      '',
    ];
    for (const s of tricky) {
      const fm = parseFrontMatter(`${frontMatter([['title', s]])}\n`);
      expect(fm.title, s).toBe(s);
    }
    expect(yamlString('Plain title, with comma')).toBe('Plain title, with comma');
    expect(yamlString('He said "no"')).toBe('He said "no"'); // Valid plain YAML: quotes only matter first.
    expect(yamlString('"No" he said')).toBe('"\\"No\\" he said"');
    expect(yamlString('a\nb')).toBe('"a\\nb"');
  });

  it('leaves out missing fields and writes empty tags as []', () => {
    const md = toMarkdown(input({ meta: { ...meta, byline: null, site: null, published: null }, tags: [] }));
    const fm = parseFrontMatter(md);
    expect(Object.keys(fm)).toEqual(['title', 'url', 'exported', 'tags']);
    expect(fm.tags).toEqual([]);
  });
});

suite('body', () => {
  it('has title, source, highlights in order with links, then key facts', () => {
    const md = toMarkdown(input());
    const body = md.slice(md.indexOf('\n---\n') + 5);
    expect(body).toBe(`
# Chile and Japan Weigh a Joint Lithium Refinery in the Atacama

Source: [Pacific Dispatch](https://www.pacificdispatch.example/news/lithium-refinery) · by Pacific Dispatch News Desk · 2026-03-14

## Highlights

> On a visit to Santiago in March [↗](https://www.pacificdispatch.example/news/lithium-refinery#:~:text=on%20Friday.-,On%20a%20visit%20to%20Santiago%20in%20March,-%2C%20Japanese)

Colour: yellow

Check the date

> Chile holds about 9.3 million metric tons [↗](https://www.pacificdispatch.example/news/lithium-refinery#:~:text=Chile%20holds%20about%209.3%20million%20metric%20tons)

Colour: green

## Key facts

### People

- Kenji Morimoto (2 mentions)

### Organizations

- Pacific Dispatch News Desk (1 mention)

### Places

- Chile (5 mentions)
- Santiago (1 mention)

### Figures

- **9.3 million metric tons**: According to a 2023 survey, Chile holds about 9.3 million metric tons of lithium reserves, more than any other country.

### Dates

- March
- 2023
- 08:25 IST
`);
  });

  it('omits empty sections', () => {
    const md = toMarkdown(input({ annotations: [], facts: [{ type: 'PER', text: 'Valentina Rojas', count: 1 }] }));
    expect(md).not.toContain('## Highlights');
    expect(md).toContain('## Key facts\n\n### People\n\n- Valentina Rojas (1 mention)\n');
    expect(md).not.toContain('### Places');
    expect(md).not.toContain('### Figures');
    const bare = toMarkdown(input({ annotations: [], facts: [] }));
    expect(bare).not.toContain('## Key facts');
    expect(bare.endsWith('2026-03-14\n')).toBe(true);
  });

  it('keeps multi-paragraph quotes inside one blockquote and omits links without a URL', () => {
    const exact = 'talks continue.\n      \n      Analysts said the deal\n      would take years.\n  Next para';
    const md = toMarkdown(
      input({ meta: { ...meta, url: null }, annotations: [{ quote: quote(exact), note: 'line 1\nline 2', color: 'y', createdAt: '' }], facts: [] }),
    );
    expect(md).toContain('> talks continue.\n>\n> Analysts said the deal would take years.\n>\n> Next para\n\nColour: y\n\nline 1\nline 2\n');
    expect(md).not.toContain('↗');
  });

  it('escapes page text that would turn into markup, and notes only when asked for text', () => {
    const exact = '#1 seller: *not* a _tag_ [sic] costs $5 and $6 <b>, ==hi== [[Link]] {{macro}} key:: value';
    const md = toMarkdown(
      input({
        meta: { ...meta, url: null, title: '2025. A year [in review]' },
        annotations: [{ quote: quote(exact), note: '- not a list\n# not a heading', color: 'y', createdAt: '' }],
        facts: [],
      }),
      { notes: 'text' },
    );
    expect(md).toContain('# 2025\\. A year \\[in review\\]\n');
    expect(md).toContain(
      '> \\#1 seller: \\*not\\* a \\_tag\\_ \\[sic\\] costs \\$5 and \\$6 \\<b>, \\=\\=hi\\=\\= \\[\\[Link\\]\\] \\{\\{macro}} key\\:\\: value\n',
    );
    expect(md).toContain('\\- not a list\n\\# not a heading');
    expect(md).toContain('title: 2025. A year [in review]\n');
  });

  it('keeps notes as the reader typed them, and escapes the quote', () => {
    const md = toMarkdown(
      input({
        annotations: [{ quote: quote('Rare earths *are* #1'), note: '[[Rare earths]] #minerals **USGS**', color: 'yellow', createdAt: '' }],
        facts: [],
      }),
    );
    expect(md).toContain('\n\n[[Rare earths]] #minerals **USGS**\n');
    expect(md).toContain('> Rare earths \\*are\\* \\#1 [↗]');
    expect(md).not.toContain('\\[\\[Rare earths');
  });

  it('writes the colour with its meaning, tags, a block id and the page note', () => {
    const md = toMarkdown(
      input({
        annotations: [
          {
            id: '3f2a9c1e-0000-4000-8000-000000000000',
            quote: quote('x y'),
            note: 'why',
            color: 'green',
            colorMeaning: 'evidence [strong]',
            tags: ['supply chain', '#lithium'],
            createdAt: '',
          },
        ],
        facts: [],
        pageNote: 'Compare with [[Atacama water]]',
        savedAt: '2026-03-15T10:00:00.000Z',
      }),
    );
    expect(md).toContain('[↗](https://www.pacificdispatch.example/news/lithium-refinery#:~:text=x%20y)\n\n^3f2a9c1e\n\n');
    expect(md).toContain('\n\nColour: green (evidence \\[strong\\]) · Tags: #supply-chain #lithium\n\nwhy\n');
    expect(md).toContain('## Note\n\nCompare with [[Atacama water]]\n\n## Highlights');
    expect(parseFrontMatter(md).saved).toBe('2026-03-15T10:00:00.000Z');
  });

  it('makes link destinations safe for Markdown', () => {
    const md = toMarkdown(
      input({
        meta: { ...meta, url: 'https://en.example.org/wiki/Rare_earth_(element)' },
        annotations: [{ quote: quote('rare (earth) metal'), note: '', color: 'y', createdAt: '' }],
        facts: [],
      }),
    );
    expect(md).toContain('[Pacific Dispatch](https://en.example.org/wiki/Rare_earth_%28element%29)');
    expect(md).toContain('[↗](https://en.example.org/wiki/Rare_earth_%28element%29#:~:text=rare%20%28earth%29%20metal)');
  });

  it('merges duplicate facts and sorts names by mentions', () => {
    const md = toMarkdown(
      input({
        annotations: [],
        facts: [
          { type: 'ORG', text: 'Reuters', count: 1 },
          { type: 'ORG', text: 'IMF', count: 3 },
          { type: 'ORG', text: 'reuters', count: 3 },
          { type: 'MONEY', text: '$2.4 billion', count: 1 },
          { type: 'PERCENT', text: '12%', count: 1, sentence: '  Sales rose\n 12%. ' },
        ],
      }),
    );
    expect(md).toContain('- Reuters (4 mentions)\n- IMF (3 mentions)');
    expect(md).toContain('- **\\$2.4 billion**\n- **12%**: Sales rose 12%.');
  });
});

suite('exportFileName', () => {
  it('is dated, readable and safe', () => {
    const d = new Date(2026, 10, 27, 23, 59);
    expect(exportFileName(meta, d)).toBe('2026-11-27 Chile and Japan Weigh a Joint Lithium Refinery in the Atacama.md');
    expect(exportFileName({ ...meta, title: "Chile's Lithium Plan" }, d)).toBe("2026-11-27 Chile's Lithium Plan.md");
    expect(exportFileName({ ...meta, title: 'Fed: Rates/Yields? "Hold" | #markets [live] ...' }, d)).toBe(
      '2026-11-27 Fed - Rates Yields Hold markets live.md',
    );
    expect(exportFileName({ ...meta, title: '' }, d)).toBe('2026-11-27 Pacific Dispatch.md');
    expect(exportFileName({ ...meta, title: ' ', site: null }, d)).toBe('2026-11-27 Untitled.md');
    const long = exportFileName({ ...meta, title: 'word '.repeat(40) }, d);
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).toMatch(/^2026-11-27 word( word)+\.md$/);
  });
});
