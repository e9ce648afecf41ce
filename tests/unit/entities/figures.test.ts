// The rule-based key-figure recognizer against the team's labelled test set and the notations that the
// extension must handle.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/entities/figures.ts';
import { prf } from '../../../scripts/entities/conll.ts';
import { readFigureCases, scoreFigures } from '../../../scripts/entities/figures-testset.ts';

const types = (text: string) => findFigures(text).map((s) => `${s.type}:${s.text}`);

describe('findFigures on the labelled test set', () => {
  const cases = readFigureCases();
  const result = scoreFigures(cases, findFigures);

  it('has at least 300 figures of every kind, and sentences without figures', () => {
    const counts = new Map<string, number>();
    for (const c of cases) for (const f of c.figures) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
    expect(cases.reduce((n, c) => n + c.figures.length, 0)).toBeGreaterThanOrEqual(300);
    for (const t of ['MONEY', 'PERCENT', 'QUANTITY', 'DATE', 'TIME', 'NUMBER']) expect(counts.get(t) ?? 0).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => c.figures.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('reaches precision and recall of at least 0.95', () => {
    const { p, r } = prf(result.all);
    if (p < 0.95 || r < 0.95) console.log(result.mistakes.join('\n'));
    expect(p).toBeGreaterThanOrEqual(0.95);
    expect(r).toBeGreaterThanOrEqual(0.95);
  });
});

describe('findFigures notations', () => {
  it('reads money in usual notations', () => {
    for (const m of ['US$5 million', '$2.1 billion', '€300', '£4.5m', '₹1,200 crore', 'Rs 500', 'RM9.5 billion', 'A$8.75']) {
      expect(types(`The bill came to ${m} last week.`)).toContain(`MONEY:${m}`);
    }
  });

  it('does not take durations or "SC grants" for money', () => {
    expect(types('SC grants interim relief for 4 weeks to tenant')).toEqual(['DURATION:4 weeks']);
  });

  it('types a year as DATE, not QUANTITY', () => {
    expect(types('A 2021 survey puts the Tesk basin at 8.4 million metric tons.')).toEqual(['DATE:2021', 'QUANTITY:8.4 million metric tons']);
  });

  it('covers a date followed by a time with one DATE span', () => {
    const text = 'Updated: 14-03-2024 07:05 IST | Created: 13-03-2024 21:40 IST';
    const spans = findFigures(text);
    expect(spans.map((s) => s.text)).toEqual(['14-03-2024 07:05 IST', '13-03-2024 21:40 IST']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads percentages, points, units, quarters and deadlines', () => {
    expect(types('Turnout rose 3 percentage points to 61%.')).toEqual(['PERCENT:3 percentage points', 'PERCENT:61%']);
    expect(types('The lake covers 1.2 km² and the air was 45 degrees Celsius.')).toEqual(['QUANTITY:1.2 km²', 'QUANTITY:45 degrees Celsius']);
    expect(types('Net profit in Q3 2024 fell; the goal is net zero by 2030.')).toEqual(['DATE:Q3 2024', 'DATE:by 2030']);
    expect(types('Trading opens at 09:15 IST on 17 March 2024.')).toEqual(['TIME:09:15 IST', 'DATE:17 March 2024']);
  });

  it('leaves identifiers and list numbers alone', () => {
    for (const t of [
      'The COVID-19 rules ended.',
      'G20 leaders met.',
      'Article 370 was removed.',
      '1 Coastal Guard Repels Raid',
      'Call +91-720-6444012.',
    ]) {
      expect(types(t)).toEqual([]);
    }
  });

  it('keeps scale words in any case', () => {
    expect(types('Microsoft Agrees to Buy Gaming Studio for $1.2 Billion')).toEqual(['MONEY:$1.2 Billion']);
    expect(types('CITY TO SPEND $40 MILLION ON BUSES')).toEqual(['MONEY:$40 MILLION']);
  });

  it('types durations as their own kind, not dates or times', () => {
    expect(types('She has chaired the board for 15 years.')).toEqual(['DURATION:15 years']);
    expect(types('The update takes a few minutes.')).toEqual(['DURATION:a few minutes']);
    expect(types('Seven decades after the flood, the town is rebuilt.')).toEqual(['DURATION:Seven decades']);
  });

  it('reads dimensions and resolutions as one measure, not dates', () => {
    expect(types('The tablet has a 1800 x 1920 display.')).toEqual(['QUANTITY:1800 x 1920']);
    expect(types('Its panel runs at 2560×1440 pixels.')).toEqual(['QUANTITY:2560×1440 pixels']);
  });

  it('returns sorted, non-overlapping spans whose text is the slice', () => {
    const text = 'On 3 May 2024, 1,200 workers earned $5 million (12%) in 10 days at 9 am.';
    const spans = findFigures(text);
    for (let i = 0; i < spans.length; i++) {
      expect(text.slice(spans[i].start, spans[i].end)).toBe(spans[i].text);
      if (i > 0) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    }
    // "10 days" is a duration, "9 am" a time: two spans, not one date.
    expect(spans.length).toBe(6);
  });
});

describe('findFigures word starts', () => {
  // The rules' leading look-behinds are checked in code (see figure-patterns.ts); a figure still never
  // starts inside a word, also after a letter outside the Basic Multilingual Plane.
  it('does not start a figure inside a word', () => {
    expect(findFigures('X2025 and 2025').map((s) => s.start)).toEqual([10]);
    expect(findFigures('\u{1D49C}2025 then 2025').map((s) => s.start)).toEqual([12]);
    expect(findFigures('On Monday2 and Monday').map((s) => s.start)).toEqual([15]);
    expect(types('ab$5 million and $5 million')).toEqual(['NUMBER:5 million', 'MONEY:$5 million']);
  });
});
