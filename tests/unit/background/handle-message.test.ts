import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../../lib/background/handle-message';
import { replayFetch } from '../../helpers/api-replay';
import { testResolver } from '../../helpers/test-resolver';

const deps = () => testResolver(replayFetch());

describe('handleMessage', () => {
  it('resolves keys sent by this extension', async () => {
    const answer = await handleMessage({ type: 'resolve', keys: ['doi:10.1001/jamaneurol.2022.0901'] }, { id: 'me' }, 'me', deps());
    expect(answer && 'results' in answer && answer.results[0]).toMatchObject({
      state: 'resolved',
      assessment: { design: 'rct', level: '2' },
    });
  });

  it('leaves messages from other extensions and malformed messages unanswered', () => {
    expect(handleMessage({ type: 'resolve', keys: [] }, { id: 'someone-else' }, 'me', deps())).toBeUndefined();
    expect(handleMessage({ type: 'resolve', keys: ['<script>'] }, { id: 'me' }, 'me', deps())).toBeUndefined();
    expect(handleMessage('hello', { id: 'me' }, 'me', deps())).toBeUndefined();
  });
});
