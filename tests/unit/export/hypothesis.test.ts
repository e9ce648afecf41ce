import { describe as suite, expect, it } from 'vitest';
import { fromHypothesis, HypothesisFormatError } from '../../../src/core/export/hypothesis.ts';

/** One annotation as Hypothesis's API returns it (text written for this test). */
function row(over: Record<string, unknown> = {}) {
  return {
    id: 'Xk3_pQ9aEe-abc123DEF45',
    uri: 'https://news.example.org/story/rare-earths?utm_source=feed',
    text: 'Compare with [[Magnet supply]] #later',
    tags: ['minerals', ' quota '],
    created: '2026-01-05T10:00:00.000000+00:00',
    updated: '2026-01-06T11:00:00.000000+00:00',
    user: 'acct:reader@hypothes.is',
    document: { title: ['Rare earth quota tightens'] },
    target: [
      {
        source: 'https://news.example.org/story/rare-earths?utm_source=feed',
        selector: [
          { type: 'RangeSelector', startContainer: '/main[1]/p[2]', startOffset: 0, endContainer: '/main[1]/p[2]', endOffset: 30 },
          { type: 'TextPositionSelector', start: 120, end: 150 },
          { type: 'TextQuoteSelector', exact: 'the quota will be cut by a third', prefix: 'Officials said ', suffix: ' next year' },
        ],
      },
    ],
    ...over,
  };
}

const file = (rows: unknown[]) => JSON.stringify({ total: rows.length, rows });
const refused = (text: string) => {
  try {
    fromHypothesis(text);
  } catch (error) {
    expect(error).toBeInstanceOf(HypothesisFormatError);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
};

suite('Hypothesis import', () => {
  it('reads highlights with quote, position, note as typed, tags, times and page key', () => {
    const { highlights, pageNotes, replies } = fromHypothesis(file([row()]));
    expect(pageNotes).toBe(0);
    expect(replies).toBe(0);
    expect(highlights).toEqual([
      {
        id: 'hypothesis-Xk3_pQ9aEe-abc123DEF45',
        url: 'https://news.example.org/story/rare-earths',
        quote: { type: 'TextQuoteSelector', exact: 'the quota will be cut by a third', prefix: 'Officials said ', suffix: ' next year' },
        position: { type: 'TextPositionSelector', start: 120, end: 150 },
        note: 'Compare with [[Magnet supply]] #later',
        tags: ['minerals', 'quota'],
        createdAt: '2026-01-05T10:00:00.000Z',
        updatedAt: '2026-01-06T11:00:00.000Z',
        title: 'Rare earth quota tightens',
      },
    ]);
  });

  it('accepts a bare list of rows, and counts page notes and replies apart', () => {
    const pageNote = row({ id: 'pageNote1', target: [{ source: 'https://news.example.org/a' }] });
    const reply = row({ id: 'reply1', references: ['Xk3_pQ9aEe-abc123DEF45'], target: [{ source: 'https://news.example.org/a' }] });
    const noPosition = row({
      id: 'noPos',
      target: [{ source: 'https://news.example.org/b', selector: [{ type: 'TextQuoteSelector', exact: 'a passage' }] }],
    });
    const result = fromHypothesis(JSON.stringify([row(), pageNote, reply, noPosition]));
    expect(result.highlights.map((h) => h.id)).toEqual(['hypothesis-Xk3_pQ9aEe-abc123DEF45', 'hypothesis-noPos']);
    expect(result.highlights[1].position).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
    expect(result.highlights[1].quote.prefix).toBe('');
    expect(result.pageNotes).toBe(1);
    expect(result.replies).toBe(1);
  });

  it('refuses malformed and foreign files with a clear reason', () => {
    expect(refused('not json')).toMatch(/not a Hypothesis export: it is not JSON/);
    expect(refused('{"hello": 1}')).toMatch(/no "rows" list/);
    expect(refused('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "items": []}')).toMatch(/Restore/);
    expect(refused(file([]))).toMatch(/holds no annotations/);
    expect(refused(file([row(), 5]))).toBe('rows[1] must be an object.');
    expect(refused(file([row({ uri: 'file:///home/me/paper.pdf' })]))).toMatch(/^rows\[0\]\.uri must be a web address/);
    expect(refused(file([row({ created: 'yesterday' })]))).toMatch(/^rows\[0\]\.created must be a date and time/);
    expect(refused(file([row({ tags: 'minerals' })]))).toBe('rows[0].tags must be a list.');
    expect(refused(file([row({ id: '../../etc' })]))).toMatch(/is not a Hypothesis id/);
    const badQuote = row({ target: [{ source: 'https://news.example.org/a', selector: [{ type: 'TextQuoteSelector', exact: 7 }] }] });
    expect(refused(file([row(), badQuote]))).toMatch(/^rows\[1\]\.target\[0\]\.selector \(TextQuoteSelector\)\.exact must be text/);
    const badPosition = row({
      target: [
        {
          selector: [
            { type: 'TextQuoteSelector', exact: 'x' },
            { type: 'TextPositionSelector', start: 9, end: 2 },
          ],
        },
      ],
    });
    expect(refused(file([badPosition]))).toMatch(/end \(2\) comes before start \(9\)/);
  });
});
