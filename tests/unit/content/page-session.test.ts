import { describe, expect, it } from 'vitest';
import { PageSession } from '../../../lib/content/page-session';
import { handleMessage } from '../../../lib/background/handle-message';
import { SourceCache } from '../../../lib/resolver/cache';
import { SourceResolver } from '../../../lib/resolver/resolve-sources';
import { ResolveRequestSchema } from '../../../lib/shared/messages';
import { replayFetch } from '../../helpers/api-replay';
import { parseHtml } from '../../helpers/dom';
import { MemoryStore } from '../../helpers/memory-store';
import { readFixture, readShared } from '../../helpers/shared-data';

/** A content script talking to a real background handler over recorded APIs, recording what it sent. */
function session(html: string) {
  const document = parseHtml(html);
  const sent: unknown[] = [];
  const deps = { fetch: replayFetch(), cache: new SourceCache(new MemoryStore(), () => 0), now: () => new Date(0) };
  const pageSession = new PageSession(document, async (message) => {
    sent.push(message);
    return handleMessage(message, { id: 'me' }, 'me', new SourceResolver(deps));
  });
  return { document, sent, pageSession };
}

describe('PageSession', () => {
  it('mounts 10 badges on the seed article and reports 5 references, 4 of them resolved to distinct works', async () => {
    const { document, pageSession } = session(readShared('seed/greenmedinfo-als-b12.html'));
    await pageSession.start();
    expect(document.querySelectorAll('evidence-lens-badge')).toHaveLength(10);
    const states = [...document.querySelectorAll('evidence-lens-badge')].map((host) =>
      host.shadowRoot?.querySelector('button')?.getAttribute('data-state'),
    );
    expect(states).toEqual(Array(10).fill('resolved'));
    const report = pageSession.report();
    expect(report).toMatchObject({ status: 'done', markerCount: 5 });
    expect(report.references.map((r) => r.result?.assessment?.design ?? null)).toEqual([
      'secondary-analysis',
      'rct',
      'rct',
      'rct',
      'in-vitro',
    ]);
  });

  it('sends the background nothing but identifier keys', async () => {
    const { sent, pageSession } = session(readShared('seed/greenmedinfo-als-b12.html'));
    await pageSession.start();
    expect(sent).toHaveLength(1);
    expect(ResolveRequestSchema.safeParse(sent[0]).success).toBe(true);
    expect(sent[0]).toEqual({
      type: 'resolve',
      keys: [
        'doi:10.1016/s1474-4422(18)30054-1',
        'doi:10.1001/jamaneurol.2022.0901',
        'doi:10.1136/jnnp-2018-319294',
        'doi:10.1016/j.freeradbiomed.2009.04.023',
      ],
    });
  });

  it('leaves a page with no references untouched and sends nothing', async () => {
    const { document, sent, pageSession } = session(readFixture('pages/no-references.html'));
    const before = document.documentElement.outerHTML;
    await pageSession.start();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(sent).toEqual([]);
    expect(pageSession.report().status).toBe('nothing-found');
  });

  it('removes everything it added on destroy', async () => {
    const { document, pageSession } = session(readShared('seed/greenmedinfo-als-b12.html'));
    const before = document.documentElement.outerHTML;
    await pageSession.start();
    pageSession.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
