import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, DRAFT_DELAY_MS } from '../../../src/ui/note-frame/autosave.ts';

describe('the note draft autosave', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('writes once the reader pauses, with the last text only', async () => {
    const written: string[] = [];
    const autosave = new Autosave(
      async (text) => void written.push(text),
      () => undefined,
    );
    autosave.schedule('a');
    autosave.schedule('ab');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 1);
    expect(written).toEqual([]);
    autosave.schedule('abc');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS);
    expect(written).toEqual(['abc']);
  });

  it('writes at once when flushed, and nothing twice', async () => {
    const written: string[] = [];
    const autosave = new Autosave(
      async (text) => void written.push(text),
      () => undefined,
    );
    autosave.schedule('typed');
    await autosave.flush();
    expect(written).toEqual(['typed']);
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS * 2);
    await autosave.flush();
    expect(written).toEqual(['typed']);
  });

  it('drops the text when cancelled (it was saved another way)', async () => {
    const written: string[] = [];
    const autosave = new Autosave(
      async (text) => void written.push(text),
      () => undefined,
    );
    autosave.schedule('saved elsewhere');
    autosave.cancel();
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS * 2);
    expect(written).toEqual([]);
  });

  it('keeps a text whose write failed, reports it, and writes it on the next flush', async () => {
    const errors: unknown[] = [];
    const written: string[] = [];
    let fail = true;
    const autosave = new Autosave(
      async (text) => {
        if (fail) throw new Error('quota');
        written.push(text);
      },
      (error) => errors.push(error),
    );
    autosave.schedule('precious');
    await autosave.flush();
    expect(errors).toHaveLength(1);
    fail = false;
    await autosave.flush();
    expect(written).toEqual(['precious']);
  });
});
