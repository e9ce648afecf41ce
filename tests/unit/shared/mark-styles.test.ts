import { describe, expect, it } from 'vitest';
import { GROUP_STYLE, HIGHLIGHT_STYLE, markDecoration } from '../../../src/shared/groups.ts';
import { ENTITY_GROUPS, HIGHLIGHT_COLORS } from '../../../src/shared/types.ts';

/** Hue in degrees of a `#rrggbb` or `rgba(r, g, b, a)` colour, and its saturation (0-1). */
function hue(colour: string): { hue: number; saturation: number } {
  const [r, g, b] = colour.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255)
    : colour
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map((v) => Number(v) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  if (d === 0) return { hue: 0, saturation: 0 };
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: (h * 60 + 360) % 360, saturation: d / (1 - Math.abs(max + min - 1)) };
}

const distance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe('mark styles', () => {
  it('gives every entity kind a line of its own', () => {
    const lines = ENTITY_GROUPS.map((g) => markDecoration(g).split(' ').slice(0, -2).join(' '));
    expect(new Set(lines).size).toBe(ENTITY_GROUPS.length);
  });

  it('keeps highlight colours at least 35° of hue from every coloured entity mark', () => {
    for (const color of HIGHLIGHT_COLORS) {
      const highlight = hue(HIGHLIGHT_STYLE[color].mark);
      for (const group of ENTITY_GROUPS) {
        const entity = hue(GROUP_STYLE[group].background);
        if (entity.saturation < 0.3) continue; // greys: told apart by having no hue at all
        expect(distance(highlight.hue, entity.hue), `${color} against ${group}`).toBeGreaterThanOrEqual(35);
      }
    }
  });
});
