// Long organization names defined with an acronym (acronym-names.ts). Sentences written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { joinAcronymNames } from '../../../src/core/entities/acronym-names.ts';
import type { Recognizer } from '../../../src/core/entities/recognize.ts';
import { loadRecognizerFromDisk } from '../../../src/cli/names-model.ts';
import type { EntitySpan } from '../../../src/core/entities/types.ts';
import { spans } from './mark-spans.ts';

const shown = (list: EntitySpan[]) => list.map((s) => `${s.type}:${s.text}`);

describe('joinAcronymNames', () => {
  it('makes the Title Case words an acronym spells one name, in place of the pieces inside it', () => {
    const text = 'Officials at the Bureau of Coastal Parks and Wildlife (BCPW) said the beach would reopen. BCPW staff agreed.';
    const found = spans(text, [
      ['Bureau of Coastal Parks', 'ORG'],
      ['Wildlife', 'PER'],
    ]);
    expect(shown(joinAcronymNames(text, found))).toEqual(['ORG:Bureau of Coastal Parks and Wildlife', 'ORG:BCPW', 'ORG:BCPW']);
  });

  it('reads ", known as X" and ", or X", with commas in the name and words the acronym leaves out', () => {
    const known = 'The money came from the Council for Arts, Heritage and Sport, known as CAS, in May.';
    expect(
      shown(
        joinAcronymNames(
          known,
          spans(known, [
            ['Council for Arts', 'ORG'],
            ['Heritage', 'LOC'],
            ['Sport', 'ORG'],
          ]),
        ),
      ),
    ).toEqual(['ORG:Council for Arts, Heritage and Sport', 'ORG:CAS']);
    const or = 'It is backed by the Ministry of Mines, Water and Energy, or MMWE.';
    expect(shown(joinAcronymNames(or, []))).toEqual(['ORG:Ministry of Mines, Water and Energy', 'ORG:MMWE']);
  });

  it('finds acronym letters inside words (Schwartz & Hearst) and takes in the place and "Department of" before', () => {
    // "E" of "rEsearch"; the place before the agency's name is part of it.
    const inner = 'The trial is paid for by the Nordic Agency for Marine Research and Development, known as AMED.';
    expect(shown(joinAcronymNames(inner, []))).toEqual(['ORG:Nordic Agency for Marine Research and Development', 'ORG:AMED']);
    const head = 'Inspectors from the Department of Rivers and Inland Waterways (RIW) visited the dam.';
    expect(shown(joinAcronymNames(head, []))).toEqual(['ORG:Department of Rivers and Inland Waterways', 'ORG:RIW']);
  });

  it('stops at words that are not the name: another name joined by "and", a possessive, "The"', () => {
    const joined = 'Talks between Corvane and the Federal Trade Commission (FTC) ended.';
    expect(shown(joinAcronymNames(joined, spans(joined, [['Corvane', 'ORG']])))).toEqual(['ORG:Corvane', 'ORG:Federal Trade Commission', 'ORG:FTC']);
    const possessive = "Police held members of Mara Sol's National Reform League (NRL) overnight.";
    expect(
      shown(
        joinAcronymNames(
          possessive,
          spans(possessive, [
            ['Mara Sol', 'PER'],
            ['National Reform League', 'ORG'],
          ]),
        ),
      ),
    ).toEqual(['PER:Mara Sol', 'ORG:National Reform League', 'ORG:NRL']);
  });

  it('leaves titles, things, short words in capitals and names a tagged span runs across alone', () => {
    for (const text of [
      'Our Chief Operating Officer (COO) resigned.',
      'Growth in Gross Domestic Product (GDP) slowed.',
      'It sells Intelligent Network (IN) products.',
      'The firm offers Computer Aided Design (CAD) courses.',
    ]) {
      expect(shown(joinAcronymNames(text, []))).toEqual([]);
    }
    const crossed = 'Lenders such as Harbour Savings Bank of Trade (HSBT) cut rates.';
    const found = spans(crossed, [['Lenders such as Harbour', 'ORG']]);
    expect(joinAcronymNames(crossed, found)).toEqual(found);
  });
});

describe('through the recognizer', () => {
  let recognizer: Recognizer;
  beforeAll(async () => {
    recognizer = await loadRecognizerFromDisk();
  });
  const names = (text: string) => shown(recognizer.recognize(text).filter((s) => s.type === 'PER' || s.type === 'ORG' || s.type === 'LOC'));

  it('marks the whole name the tagger cut at "and", and its acronym', () => {
    const found = names('Officials at the Bureau of Coastal Parks and Wildlife (BCPW) said the beach would reopen.');
    expect(found).toContain('ORG:Bureau of Coastal Parks and Wildlife');
    expect(found).toContain('ORG:BCPW');
    expect(found).not.toContain('PER:Wildlife');
  });

  it('marks an acronym defined with ", or X"', () => {
    expect(names('The grant came from the Ministry of Agriculture, Fisheries and Food, or MAFF, last year.')).toEqual([
      'ORG:Ministry of Agriculture, Fisheries and Food',
      'ORG:MAFF',
    ]);
  });
});
