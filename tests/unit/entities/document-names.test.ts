// Names decided by the rest of the document: headlines (Title Case and ALL CAPS keep only names the
// document confirms or the place lists know), places the text describes, short company names.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Recognizer } from '../../../src/core/entities/recognize.ts';
import { loadRecognizerFromDisk } from '../../../src/cli/names-model.ts';

let recognizer: Recognizer;
beforeAll(async () => {
  recognizer = await loadRecognizerFromDisk();
});

const BODY =
  'Vietnam has agreed to expand a green ammonia terminal run by a state port operator, officials said on ' +
  'Tuesday. The deal with a Norwegian shipper was signed in Oslo, and the port will also serve ships from ' +
  'South Korea.';

/** Names (PER, ORG, LOC) found in the first line of `text`, as "TYPE text". */
function headlineNames(text: string): string[] {
  const end = text.indexOf('\n');
  return recognizer
    .recognize(text)
    .filter((s) => (end < 0 || s.end <= end) && ['PER', 'ORG', 'LOC'].includes(s.type))
    .map((s) => `${s.type} ${s.text}`);
}

describe('headline names', () => {
  it('keeps only confirmed names in a Title Case headline', () => {
    const names = headlineNames('Vietnam Port Operator Seals $1.2 Billion Green Ammonia Deal With Norwegian Shipper\n\n' + BODY);
    expect(names).toEqual(['LOC Vietnam']);
  });

  it('makes up no names in an ALL CAPS headline', () => {
    const names = headlineNames('VIETNAM PORT OPERATOR SEALS GREEN AMMONIA DEAL IN OSLO\n\n' + BODY);
    expect(names.every((n) => n === 'LOC VIETNAM' || n === 'LOC OSLO')).toBe(true);
  });

  it('finds confirmed names in a lower-case headline', () => {
    const names = headlineNames('vietnam port operator seals green ammonia deal in oslo\n\n' + BODY);
    expect(names).toContain('LOC vietnam');
    expect(names).toContain('LOC oslo');
    expect(names.some((n) => n.includes('green') || n.includes('port'))).toBe(false);
  });

  it('makes up no names in a Title Case headline on its own', () => {
    expect(headlineNames('Shared Ambition in Cobalt Refining Gains Pace')).toEqual([]);
  });

  it('leaves normally cased sentences alone', () => {
    expect(headlineNames('Talks in Oslo were led by Henrik Aasland of Nordvind Shipping ASA.')).toEqual([
      'LOC Oslo',
      'PER Henrik Aasland',
      'ORG Nordvind Shipping ASA',
    ]);
  });
});

describe('places the text describes', () => {
  it('types a name described by a bearing as a place, everywhere in the text', () => {
    const spans = recognizer.recognize(
      'The terminal will be built at Cai Mep, south-east of Ho Chi Minh City. Ships will bunker at Cai Mep from 2029.',
    );
    const caiMep = spans.filter((s) => s.text === 'Cai Mep');
    expect(caiMep).toHaveLength(2);
    for (const s of caiMep) expect(s.type).toBe('LOC');
  });
});

describe('short company names', () => {
  it('marks a company named without its legal form as the organization', () => {
    const text = 'Nordvind Shipping ASA ordered twelve ships. Henrik Aasland of Nordvind Shipping said the fleet would sail in 2029.';
    const spans = recognizer.recognize(text).filter((s) => s.type === 'ORG');
    expect(spans.map((s) => s.text)).toEqual(['Nordvind Shipping ASA', 'Nordvind Shipping']);
  });
});
