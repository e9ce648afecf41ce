import { describe, expect, it, vi } from 'vitest';
import { batchedDraftReader } from '../../../src/ui/sidepanel/draft-reader.ts';

const drafts: Record<string, string> = { b: 'unsaved', d: 'more' };
const list = vi.fn(async (ids: string[]) => ids.filter((id) => id in drafts).map((id) => ({ id, text: drafts[id], baseVersion: 2 })));

describe('batchedDraftReader', () => {
  it('asks once for every row drawn in the same task, and answers each row', async () => {
    list.mockClear();
    const draftOf = batchedDraftReader(list);
    const answers = await Promise.all(['a', 'b', 'c', 'b'].map((id) => draftOf(id)));
    expect(list).toHaveBeenCalledTimes(1);
    expect(list).toHaveBeenCalledWith(['a', 'b', 'c']);
    expect(answers).toEqual([null, { text: 'unsaved', baseVersion: 2 }, null, { text: 'unsaved', baseVersion: 2 }]);
    // A later drawing asks again.
    expect(await draftOf('d')).toEqual({ text: 'more', baseVersion: 2 });
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('splits a long list into messages of the largest size allowed', async () => {
    list.mockClear();
    const draftOf = batchedDraftReader(list, 2);
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => draftOf(id)));
    expect(list.mock.calls).toEqual([[['a', 'b']], [['c', 'd']], [['e']]]);
  });

  it('fails every row of a message that failed', async () => {
    const draftOf = batchedDraftReader(async () => Promise.reject(new Error('the background is gone')));
    await expect(Promise.all([draftOf('a'), draftOf('b')])).rejects.toThrow('the background is gone');
  });
});
