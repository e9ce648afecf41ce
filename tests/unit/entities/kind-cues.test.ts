// The words around a name as votes on its kind (kind-cues.ts), and the article's vote that uses them
// (mentions.ts): one telling sentence decides for every mention of an entity, and the key facts list the
// entity once. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { contextVotes } from '../../../src/core/entities/kind-cues.ts';
import { unifyKinds } from '../../../src/core/entities/mentions.ts';
import { keyFacts } from '../../../src/core/facts/key-facts.ts';
import { spans } from './mark-spans.ts';

/** The votes of the words around the first mention of `name` in `text`. */
function votesFor(text: string, name: string) {
  return contextVotes(text, spans(text, [[name, 'PER']])[0]);
}

describe('contextVotes', () => {
  it.each([
    ['Shares of Corvane fell.', 'Corvane', { ORG: 2 }],
    ['Corvane shares fell.', 'Corvane', { ORG: 2 }],
    ["Corvane's chief executive resigned.", 'Corvane', { ORG: 2 }],
    ['Harlan Voss, the founder of Quillmark, spoke.', 'Quillmark', { ORG: 2 }],
    ['The Ontario-based Quillmark hired.', 'Quillmark', { ORG: 2 }],
    ['She is general manager of Quillmark now.', 'Quillmark', { ORG: 2 }],
    ['Quillmark, the Oslo-based chipmaker, grew.', 'Quillmark', { ORG: 3 }],
    ['The Oslo-based firm grew.', 'Oslo', { LOC: 3 }],
    ['Mr Halloway said no.', 'Halloway', { PER: 3 }],
    ['FAA Administrator Mike Whitaker said no.', 'Mike Whitaker', { PER: 3 }],
    ['Tim Sweeney, the chief executive of Epic, wrote.', 'Tim Sweeney', { PER: 3 }],
    ['The iwi elder Mere Tapsell opened the meeting.', 'Mere Tapsell', { PER: 3 }],
    ['Chief economist Indermit Gill spoke.', 'Indermit Gill', { PER: 3 }],
    ['Jonas Varga, 54, retired.', 'Jonas Varga', { PER: 2 }],
    ['Brenford, the port city, reopened.', 'Brenford', { LOC: 3 }],
    // The last noun of the apposition is its head: a state company is a company.
    ['Petrolia, the state oil company whose debts grew, said no.', 'Petrolia', { ORG: 3 }],
    ['Quillmark, a company town of the valley, voted.', 'Quillmark', { LOC: 3 }],
    ['Mira Okonjo, who founded Vantorix in 2019, spoke.', 'Vantorix', { ORG: 2 }],
    ['The housing charity Hearthstone won.', 'Hearthstone', { ORG: 3 }],
    ['Credit rating agency Corvane cut its outlook.', 'Corvane', { ORG: 3 }],
    ['He told the Kestrel newspaper that sales fell.', 'Kestrel', { ORG: 2 }],
    // A verb of naming and its object's complement: the complement's head says what the name is.
    ['Readers named Brenford the best city in Europe.', 'Brenford', { LOC: 3 }],
    ['The club named Halloway the new head coach.', 'Halloway', { PER: 3 }],
  ])('%s', (text, name, votes) => {
    expect(votesFor(text, name)).toEqual(votes);
  });

  it.each([
    // Reporting clauses, possessives and words a person or a place shares with a company vote for nothing.
    ['The plant is in Leeds, the company said.', 'Leeds'],
    ["Jo Rees, the company's founder, spoke.", 'Jo Rees'],
    ['Corvane, whose shares fell, cut jobs.', 'Corvane'],
    ['Corvane said it would cut jobs.', 'Corvane'],
    ['The Warsaw stock exchange fell.', 'Warsaw'],
    // "team" before a name is a sports honour ("first team All-American"), not a descriptor.
    ['He was named first team Halloway.', 'Halloway'],
  ])('%s: no vote', (text, name) => {
    expect(votesFor(text, name)).toEqual({});
  });

  it('gives a known place no company votes ("Tokyo shares"), and a weak place vote after "in"', () => {
    const text = 'Tokyo shares fell.';
    expect(contextVotes(text, spans(text, [['Tokyo', 'LOC']])[0], true)).toEqual({});
    const visit = 'Residents in Lisbon complained.';
    expect(contextVotes(visit, spans(visit, [['Lisbon', 'ORG']])[0], true)).toEqual({ LOC: 1 });
    expect(contextVotes(visit, spans(visit, [['Lisbon', 'ORG']])[0])).toEqual({});
  });

  it('takes an adjective of origin or faith between "the" and an organization noun for no company', () => {
    const text = 'Leaders of the Islamic group met on Sunday.';
    expect(contextVotes(text, spans(text, [['Islamic', 'MISC']])[0])).toEqual({});
    const named = 'Ratings for the Brightwater channel grew.';
    expect(contextVotes(named, spans(named, [['Brightwater', 'MISC']])[0])).toEqual({ ORG: 2 });
  });

  it('takes a hyphenated modifier for no company ("Shares of Oslo-registered Corvane")', () => {
    const text = 'Shares of Oslo-registered Corvane fell.';
    expect(contextVotes(text, spans(text, [['Oslo-registered', 'MISC']])[0])).toEqual({});
    expect(contextVotes(text, spans(text, [['Oslo', 'LOC']])[0])).toEqual({});
  });
});

describe('the article vote with cues', () => {
  const text = 'Corvane said it would close plants. Corvane shares fell. Analysts said Corvane waited. Corvane cut jobs.';
  const tagged = spans(text, [
    ['Corvane', 'PER'],
    ['Corvane', 'PER'],
    ['Corvane', 'PER'],
    ['Corvane', 'PER'],
  ]);

  it('lets cues that all point one way outvote the tagger', () => {
    expect(unifyKinds(tagged).map((s) => s.type)).toEqual(['PER', 'PER', 'PER', 'PER']);
    expect(unifyKinds(tagged, text).map((s) => s.type)).toEqual(['ORG', 'ORG', 'ORG', 'ORG']);
  });

  it('lists the retyped entity once in the key facts', () => {
    const facts = keyFacts(text, unifyKinds(tagged, text));
    expect(facts.filter((f) => f.text === 'Corvane')).toMatchObject([{ type: 'ORG', count: 4 }]);
  });

  it('groups a company short name with its full name and gives both its kind', () => {
    const news = 'Paramount Global agreed to merge. Paramount owns a network. Shares of Paramount rose.';
    const got = unifyKinds(
      spans(news, [
        ['Paramount Global', 'ORG'],
        ['Paramount', 'LOC'],
        ['Paramount', 'LOC'],
      ]),
      news,
    );
    expect(got.map((s) => s.type)).toEqual(['ORG', 'ORG', 'ORG']);
    expect(keyFacts(news, got).filter((f) => f.type !== 'ORG' || f.text !== 'Paramount Global')).toEqual([]);
  });

  it('keeps a titled person a person whatever the lists say', () => {
    const news = 'Mr Halloway spoke. Halloway left.';
    const got = unifyKinds(
      spans(news, [
        ['Halloway', 'ORG'],
        ['Halloway', 'ORG'],
      ]),
      news,
    );
    expect(got.map((s) => s.type)).toEqual(['PER', 'PER']);
  });
});
