/** The legend's names always reach a final state: counts, too long, or failed (an error or no answer in time). */
import { describe, expect, it, vi } from 'vitest';
import { findEntities, withDeadline } from '../../../src/content/reading/entity-outcome.ts';
import type { EntityLayer } from '../../../src/content/entity-layer.ts';
import type { ArticleSelection } from '../../../src/core/article/types.ts';

const selection = (text: string) => ({ keep: [{ textContent: text }] }) as unknown as ArticleSelection;
const layer = (analyze: () => Promise<unknown>) => ({ result: null, analyze }) as unknown as EntityLayer;
const limits = { maxCharacters: 1000, timeoutMs: 50 };

describe('findEntities', () => {
  it('gives the counts of a finished analysis', async () => {
    const outcome = await findEntities(
      layer(async () => ({ counts: { people: 2 } })),
      selection('Ada met Grace.'),
      limits,
    );
    expect(outcome).toEqual({ status: 'done', counts: { people: 2 } });
  });

  it('does not ask the recognizer about an article over the limit', async () => {
    const analyze = vi.fn();
    const outcome = await findEntities(layer(analyze), selection('x'.repeat(1001)), limits);
    expect(outcome).toEqual({ status: 'too-long', characters: 1001 });
    expect(analyze).not.toHaveBeenCalled();
  });

  it('ends as failed when the recognizer throws or never answers', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const thrown = await findEntities(
      layer(() => Promise.reject(new Error('worker crashed'))),
      selection('text'),
      limits,
    );
    expect(thrown).toEqual({ status: 'failed', reason: 'worker crashed' });
    const silent = await findEntities(
      layer(() => new Promise(() => undefined)),
      selection('text'),
      limits,
    );
    expect(silent.status).toBe('failed');
  });
});

describe('withDeadline', () => {
  it('passes a prompt answer through and rejects a late one', async () => {
    await expect(withDeadline(Promise.resolve(3), 50)).resolves.toBe(3);
    await expect(withDeadline(new Promise(() => undefined), 20)).rejects.toThrow(/no answer within/);
  });
});
