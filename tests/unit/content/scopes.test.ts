// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { RETRY_AFTER_GROWTH_MS, retryWhenContentGrows } from '../../../src/content/growth.ts';
import { childScope } from '../../../src/content/scope.ts';

describe('childScope', () => {
  it('ends with its parent, and alone without ending the parent', () => {
    const parent = new AbortController();
    const first = childScope(parent.signal);
    const second = childScope(parent.signal);
    first.abort();
    expect(parent.signal.aborted).toBe(false);
    expect(second.signal.aborted).toBe(false);
    parent.abort();
    expect(second.signal.aborted).toBe(true);
    expect(childScope(parent.signal).signal.aborted).toBe(true);
  });
});

describe('retryWhenContentGrows', () => {
  const grow = () => document.body.append(document.createElement('p'));
  const settle = () => new Promise((ok) => setTimeout(ok, RETRY_AFTER_GROWTH_MS + 100));

  it('tries once per burst of growth until nothing is missing', async () => {
    const retry = vi.fn(() => retry.mock.calls.length < 2);
    retryWhenContentGrows(retry, new AbortController().signal);
    grow();
    grow();
    grow();
    await settle();
    expect(retry).toHaveBeenCalledTimes(1);
    grow();
    await settle();
    expect(retry).toHaveBeenCalledTimes(2); // answered false: nothing missing any more
    grow();
    await settle();
    expect(retry).toHaveBeenCalledTimes(2);
  });

  it('stops when its scope ends, even with a try pending', async () => {
    const retry = vi.fn(() => true);
    const scope = new AbortController();
    retryWhenContentGrows(retry, scope.signal);
    grow();
    await Promise.resolve();
    scope.abort();
    grow();
    await settle();
    expect(retry).not.toHaveBeenCalled();
  });
});
