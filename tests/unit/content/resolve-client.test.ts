import { describe, expect, it } from 'vitest';
import { requestResolution } from '../../../lib/content/resolve-client';
import { MAX_KEYS_PER_MESSAGE } from '../../../lib/shared/messages';

describe('requestResolution', () => {
  it('asks once more when the background does not answer, then succeeds', async () => {
    let calls = 0;
    const send = async (message: unknown) => {
      calls += 1;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      const { keys } = message as { keys: string[] };
      return { results: keys.map((key) => ({ key, state: 'not-found', record: null, assessment: null })) };
    };
    expect(await requestResolution(send, ['pmid:1'], 1)).toEqual([{ key: 'pmid:1', state: 'not-found', record: null, assessment: null }]);
    expect(calls).toBe(2);
  });

  it('reports every key unavailable when the background keeps failing or answers nonsense', async () => {
    const results = await requestResolution(async () => ({ results: 'nope' }), ['pmid:1', 'pmid:2'], 1);
    expect(results.map((r) => r.state)).toEqual(['unavailable', 'unavailable']);
  });

  it('splits large pages into messages of at most MAX_KEYS_PER_MESSAGE keys', async () => {
    const sizes: number[] = [];
    const keys = Array.from({ length: MAX_KEYS_PER_MESSAGE * 2 + 3 }, (_, i) => `pmid:${i + 1}`);
    await requestResolution(
      async (message) => {
        const batch = (message as { keys: string[] }).keys;
        sizes.push(batch.length);
        return { results: batch.map((key) => ({ key, state: 'not-found', record: null, assessment: null })) };
      },
      keys,
      1,
    );
    expect(sizes).toEqual([MAX_KEYS_PER_MESSAGE, MAX_KEYS_PER_MESSAGE, 3]);
  });
});
