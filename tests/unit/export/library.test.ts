import { unzipSync, strFromU8 } from 'fflate';
import { describe as suite, expect, it } from 'vitest';
import { bibtexEscape, citations, toBibtex, toCsl } from '../../../src/core/export/citation.ts';
import { CSV_COLUMNS, csvField, libraryCsv } from '../../../src/core/export/csv.ts';
import { libraryFileName, libraryMarkdown, libraryMarkdownFiles } from '../../../src/core/export/library-markdown.ts';
import type { LibraryEntry, LibraryPage } from '../../../src/core/export/library-types.ts';
import { zipFiles } from '../../../src/core/export/zip.ts';
import { parseFrontMatter } from './mini-yaml.ts';

const quote = (exact: string, prefix = '', suffix = '') => ({ type: 'TextQuoteSelector' as const, exact, prefix, suffix });

const page: LibraryPage = {
  url: 'https://www.harbourgazette.example/news/rare-earth-quota',
  title: 'Quota on *rare* earths: the #1 question [analysis]',
  site: 'Harbour Gazette',
  author: 'Mara Lindqvist and Okon Bassey',
  published: '2026-02-09T07:00:00Z',
  savedAt: '2026-02-10T18:30:00.000Z',
  note: 'Read with [[Magnet supply]] in mind. #draft',
  tags: ['minerals', 'policy work'],
  keyFacts: [
    { type: 'ORG', text: 'Lynas', count: 3 },
    { type: 'PERCENT', text: '40%', count: 1, sentence: 'Exports fell by 40% in a year.' },
  ],
};

const entry: LibraryEntry = {
  page,
  highlights: [
    {
      id: 'c0ffee12-3456-4789-8abc-def012345678',
      quote: quote('Exports fell by 40% in a year', 'the ministry said. ', ', the lowest'),
      note: '[[Rare earths]] #minerals **USGS**',
      color: 'yellow',
      tags: ['figures'],
      createdAt: '2026-02-10T18:31:00.000Z',
      updatedAt: '2026-02-10T18:35:00.000Z',
    },
    {
      id: 'hypothesis-AbC_12-xyz',
      quote: quote('=SUM(A1:A9) was printed in the table'),
      note: '',
      color: 'green',
      tags: [],
      createdAt: '2026-02-10T18:40:00.000Z',
      updatedAt: '2026-02-10T18:40:00.000Z',
    },
  ],
};
const meanings = { yellow: 'claim', green: 'evidence' };
const exportedAt = new Date(Date.UTC(2026, 2, 1, 12, 0, 0));

suite('library Markdown', () => {
  it('keeps notes as typed and escapes page text', () => {
    const md = libraryMarkdown(entry, meanings, exportedAt);
    expect(md).toContain('\n\n[[Rare earths]] #minerals **USGS**\n');
    expect(md).toContain('# Quota on \\*rare\\* earths: the \\#1 question \\[analysis\\]\n');
    expect(md).toContain('> \\=SUM(A1:A9) was printed in the table [↗]');
    expect(md).toContain('## Note\n\nRead with [[Magnet supply]] in mind. #draft\n');
  });

  it('writes front matter, block ids, colour meanings, tags, links and key facts', () => {
    const md = libraryMarkdown(entry, meanings, exportedAt);
    const fm = parseFrontMatter(md);
    expect(fm.title).toBe(page.title);
    expect(fm.url).toBe(page.url);
    expect(fm.author).toBe(page.author);
    expect(fm.tags).toEqual(['minerals', 'policy-work']);
    expect(fm.saved).toBe(page.savedAt);
    expect(md).toContain('\n\n^c0ffee12\n\nColour: yellow (claim) · Tags: #figures\n\n');
    expect(md).toMatch(/\n\n\^[0-9a-z]{8}\n\nColour: green \(evidence\)\n/);
    expect(md).toContain('(https://www.harbourgazette.example/news/rare-earth-quota#:~:text=');
    expect(md).toContain('### Organizations\n\n- Lynas (3 mentions)');
    expect(md).toContain('- **40%**: Exports fell by 40% in a year.');
  });

  it('gives the same block ids on every export', () => {
    const again = libraryMarkdown(entry, meanings, new Date(Date.UTC(2027, 0, 1)));
    const ids = (md: string) => md.match(/^\^[0-9a-z]+$/gm);
    expect(ids(again)).toEqual(ids(libraryMarkdown(entry, meanings, exportedAt)));
    expect(ids(again)).toHaveLength(2);
  });

  it('names files stably: site folder, readable title, hash of the page key', () => {
    const name = libraryFileName(entry);
    expect(name).toMatch(/^harbourgazette\.example\/Quota on rare earths - the 1 question analysis [0-9a-z]{6}\.md$/);
    // The same page (even with another title) keeps its hash; another page with the same title gets another.
    const renamed = libraryFileName({ ...entry, page: { ...page, title: 'Quota on rare earths - the 1 question analysis' } });
    expect(renamed).toBe(name);
    const other = libraryFileName({ ...entry, page: { ...page, url: `${page.url}-2` } });
    expect(other).not.toBe(name);
    expect(libraryFileName({ ...entry, page: { ...page, title: '' } })).toMatch(/^harbourgazette\.example\/Harbour Gazette [0-9a-z]{6}\.md$/);
  });
});

suite('zip', () => {
  it('holds one Markdown file per page, readable back', () => {
    const second: LibraryEntry = { page: { ...page, url: 'https://example.org/b', title: 'Second page' }, highlights: entry.highlights.slice(0, 1) };
    const files = libraryMarkdownFiles([entry, second], meanings, exportedAt);
    const zip = zipFiles(files, exportedAt);
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual(files.map((f) => f.name).sort());
    expect(strFromU8(back[files[0].name])).toBe(files[0].text);
    expect(Object.keys(back)).toContainEqual(expect.stringMatching(/^example\.org\/Second page [0-9a-z]{6}\.md$/));
  });
});

suite('CSV', () => {
  it('quotes per RFC 4180 and guards formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+44 20')).toBe("'+44 20");
    expect(csvField('-3')).toBe("'-3");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });

  it('writes one row per highlight with the page and colour meaning', () => {
    const csv = libraryCsv([entry], meanings);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4); // header, two rows, and the empty string after the last CRLF
    expect(lines[3]).toBe('');
    expect(lines[1]).toContain(',[[Rare earths]] #minerals **USGS**,');
    expect(lines[1]).toContain(',yellow,claim,figures,minerals; policy work,');
    expect(lines[2]).toContain(",'=SUM(A1:A9) was printed in the table,,green,evidence,");
    expect(
      lines[1].startsWith(
        'Quota on *rare* earths: the #1 question [analysis],https://www.harbourgazette.example/news/rare-earth-quota,Harbour Gazette,',
      ),
    ).toBe(true);
  });
});

suite('citations', () => {
  it('writes a BibTeX @online entry with escaped fields', () => {
    const bib = toBibtex(page, exportedAt);
    expect(bib).toMatch(/^@online\{harbourgazette2026quota,\n/);
    expect(bib).toContain('  title = {{Quota on *rare* earths: the \\#1 question [analysis]}},\n');
    expect(bib).toContain('  author = {Mara Lindqvist and Okon Bassey},\n');
    expect(bib).toContain('  organization = {Harbour Gazette},\n');
    expect(bib).toContain('  date = {2026-02-09},\n');
    expect(bib).toContain('  url = {https://www.harbourgazette.example/news/rare-earth-quota},\n');
    expect(bib).toContain('  urldate = {2026-02-10}\n}');
    expect(bibtexEscape('50% & $5_{x} #1 ~ ^ \\')).toBe('50\\% \\& \\$5\\_\\{x\\} \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    expect(toBibtex({ ...page, author: 'Harbour Gazette News Desk' }, exportedAt)).toContain('author = {{Harbour Gazette News Desk}}');
  });

  it('writes CSL-JSON of type webpage with accessed', () => {
    const csl = toCsl(page, exportedAt);
    expect(csl).toEqual({
      id: 'harbourgazette2026quota',
      type: 'webpage',
      title: page.title,
      URL: page.url,
      author: [
        { given: 'Mara', family: 'Lindqvist' },
        { given: 'Okon', family: 'Bassey' },
      ],
      'container-title': 'Harbour Gazette',
      issued: { 'date-parts': [[2026, 2, 9]] },
      accessed: { 'date-parts': [[2026, 2, 10]] },
    });
    const bare = toCsl({ ...page, author: undefined, published: undefined, savedAt: undefined, site: undefined }, exportedAt);
    expect(bare.accessed).toEqual({ 'date-parts': [[2026, 3, 1]] });
    expect(bare).not.toHaveProperty('author');
    expect(bare).not.toHaveProperty('issued');
  });

  it('keeps keys unique across pages', () => {
    const list = JSON.parse(citations([page, { ...page, url: `${page.url}-2` }], 'csl-json', exportedAt)) as { id: string }[];
    expect(list.map((i) => i.id)).toEqual(['harbourgazette2026quota', 'harbourgazette2026quotab']);
    const bib = citations([page, page], 'bibtex', exportedAt);
    expect(bib.match(/^@online\{[^,]+/gm)).toEqual(['@online{harbourgazette2026quota', '@online{harbourgazette2026quotab']);
  });
});
