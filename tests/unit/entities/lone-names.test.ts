// One-word persons nothing in the article supports, and names of works (lone-names.ts). Sentences written
// for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { settleLonePersons } from '../../../src/core/entities/lone-names.ts';
import type { Gazetteer } from '../../../src/core/entities/gazetteer.ts';
import type { Recognizer } from '../../../src/core/entities/recognize.ts';
import { loadRecognizerFromDisk, readModelFile } from '../../../src/cli/names-model.ts';
import { decodeModelFile } from '../../../src/core/entities/model-file.ts';
import type { EntitySpan, EntityType } from '../../../src/core/entities/types.ts';
import { spans } from './mark-spans.ts';

let gazetteer: Gazetteer | undefined;
let recognizer: Recognizer;
beforeAll(async () => {
  gazetteer = decodeModelFile(await readModelFile()).gazetteer;
  recognizer = await loadRecognizerFromDisk();
});

const shown = (list: EntitySpan[]) => list.map((s) => `${s.type}:${s.text}`);
const settle = (text: string, marks: [string, EntityType][]) => shown(settleLonePersons(text, spans(text, marks), gazetteer));

describe('settleLonePersons', () => {
  it('drops a one-word person the article never introduces, and keeps the people it does', () => {
    const text = 'Ruth Adeyemi, a solicitor, said the ruling mattered. Harcastle said it would appeal the ruling.';
    expect(
      settle(text, [
        ['Ruth Adeyemi', 'PER'],
        ['Harcastle', 'PER'],
      ]),
    ).toEqual(['PER:Ruth Adeyemi']);
  });

  it('makes it a company where a company cue stands around it or a company name starts with it', () => {
    const founded = 'Ken Obi, who founded Larkmoor in 2015, was proud of the deal. Larkmoor now makes parts for the car industry.';
    expect(
      settle(founded, [
        ['Ken Obi', 'PER'],
        ['Larkmoor', 'PER'],
        ['Larkmoor', 'PER'],
      ]),
    ).toEqual(['PER:Ken Obi', 'ORG:Larkmoor', 'ORG:Larkmoor']);
    const analysts = 'Prices fell, Priya Nair wrote in a note to clients. Analysts at Corvel said demand was weak.';
    expect(
      settle(analysts, [
        ['Priya Nair', 'PER'],
        ['Corvel', 'PER'],
      ]),
    ).toEqual(['PER:Priya Nair', 'ORG:Corvel']);
    const longer = 'Tallowby Records signed Nadia Osei in June. Tallowby said in a statement that it was proud of her.';
    expect(
      settle(longer, [
        ['Tallowby Records', 'ORG'],
        ['Nadia Osei', 'PER'],
        ['Tallowby', 'PER'],
      ]),
    ).toEqual(['ORG:Tallowby Records', 'PER:Nadia Osei', 'ORG:Tallowby']);
  });

  it('makes a one-word place no list knows a firm where analysts work there', () => {
    const text = 'Prices fell in May. Economists at Brellan said demand was weak, and analysts in Lisbon agreed.';
    expect(
      settle(text, [
        ['Brellan', 'LOC'],
        ['Lisbon', 'LOC'],
      ]),
    ).toEqual(['ORG:Brellan', 'LOC:Lisbon']);
    const listed = 'Analysts at Lisbon banks were cautious.';
    expect(settle(listed, [['Lisbon', 'LOC']])).toEqual(['LOC:Lisbon']);
  });

  it('keeps a surname after the full name, and one person the words around call a person', () => {
    const cases: [string, [string, EntityType][]][] = [
      [
        'Anna Lindqvist won the sprint on Sunday. Lindqvist said it was the hardest race of the year.',
        [
          ['Anna Lindqvist', 'PER'],
          ['Lindqvist', 'PER'],
        ],
      ],
      [
        'The museum opened on Monday, Mayor Lena Fischer said. Dr Halvorsen was at the opening with the staff.',
        [
          ['Lena Fischer', 'PER'],
          ['Halvorsen', 'PER'],
        ],
      ],
      [
        'Mayor Lena Fischer opened the hall. Okonjo said he would stay on as the club coach next year.',
        [
          ['Lena Fischer', 'PER'],
          ['Okonjo', 'PER'],
        ],
      ],
      [
        'Mayor Lena Fischer opened the hall, and Brannagh, 54, cut the ribbon for the crowd outside.',
        [
          ['Lena Fischer', 'PER'],
          ['Brannagh', 'PER'],
        ],
      ],
    ];
    for (const [text, marks] of cases) expect(settle(text, marks)).toEqual(marks.map(([t, type]) => `${type}:${t}`));
  });

  it('keeps surnames in tables of results and in texts that give nobody a full name', () => {
    const table = 'Tom Reyes scored 40 runs. Did not bat: Perera, Okonkwo, Silva.';
    const marks: [string, EntityType][] = [
      ['Tom Reyes', 'PER'],
      ['Perera', 'PER'],
      ['Okonkwo', 'PER'],
      ['Silva', 'PER'],
    ];
    expect(settle(table, marks)).toEqual(marks.map(([t, type]) => `${type}:${t}`));
    const post = 'Kowalski scored twice as the home side won on Saturday night.';
    expect(settle(post, [['Kowalski', 'PER']])).toEqual(['PER:Kowalski']);
  });

  it('makes a name after the noun of a work or product MISC, whatever the tagger typed it', () => {
    const single = 'Nadia Osei signed with the label in June. Her debut single Marlow Street topped the charts.';
    expect(
      settle(single, [
        ['Nadia Osei', 'PER'],
        ['Marlow Street', 'LOC'],
      ]),
    ).toEqual(['PER:Nadia Osei', 'MISC:Marlow Street']);
    const sequel = 'Ola Berg said the sequel, Iron Vale II, would launch in May.';
    expect(
      settle(sequel, [
        ['Ola Berg', 'PER'],
        ['Iron Vale II', 'PER'],
      ]),
    ).toEqual(['PER:Ola Berg', 'MISC:Iron Vale II']);
    const drug = 'Clinics will offer the drug Zelvara from May, said Joan Pike.';
    expect(
      settle(drug, [
        ['Zelvara', 'LOC'],
        ['Joan Pike', 'PER'],
      ]),
    ).toEqual(['MISC:Zelvara', 'PER:Joan Pike']);
    // A comma after the noun only in an apposition: here the game is over and a player is named.
    const game = 'In the first game, Tomas Reyes scored twice.';
    expect(settle(game, [['Tomas Reyes', 'PER']])).toEqual(['PER:Tomas Reyes']);
  });
});

describe('through the recognizer', () => {
  const persons = (text: string) => shown(recognizer.recognize(text).filter((s) => s.type === 'PER'));

  it('marks no person where the article introduces none by that name', () => {
    expect(
      persons('Ruth Adeyemi, a solicitor, said the ruling mattered. Harcastle said it would appeal, and Harcastle said the judgment was wrong.'),
    ).toEqual(['PER:Ruth Adeyemi']);
    expect(persons('Ruth Adeyemi, a solicitor, said the ruling mattered. Analysts at Corvel said demand was weak.')).toEqual(['PER:Ruth Adeyemi']);
  });
});
