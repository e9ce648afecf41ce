import { describe, expect, it } from 'vitest';
import { backgroundMessages, pageMessages } from '../../../src/shared/message-catalog.ts';
import { ValidationError } from '../../../src/shared/validate.ts';

describe('message validation', () => {
  const create = backgroundMessages['annotations/create'].payload;
  const good = {
    url: 'https://ex.com/a',
    quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 1, end: 2 },
    color: 'yellow',
    note: '',
  };

  it('accepts a well-formed payload and drops unknown fields', () => {
    expect(create({ ...good, evil: '<script>' }, 'm')).toEqual(good);
  });

  it('rejects a wrong colour, a missing quote, a fractional offset, with the path in the message', () => {
    expect(() => create({ ...good, color: 'red' }, 'm')).toThrow(/m\.color must be one of yellow/);
    expect(() => create({ ...good, quote: undefined }, 'm')).toThrow(ValidationError);
    expect(() => create({ ...good, position: { ...good.position, start: 1.5 } }, 'm')).toThrow(/m\.position\.start must be an integer/);
  });

  it('checks page messages too', () => {
    expect(() => pageMessages['page/scroll-to'].payload({ fact: 'x' }, 'p')).toThrow(/p\.fact/);
    expect(pageMessages['page/scroll-to'].payload({ annotationId: 'a' }, 'p')).toEqual({ annotationId: 'a' });
  });
});
