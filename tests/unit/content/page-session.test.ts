import { beforeAll, describe, expect, it } from 'vitest';
import { PageSession } from '../../../lib/content/page-session';
import { handleMessage } from '../../../lib/background/handle-message';
import { SourceCache } from '../../../lib/resolver/cache';
import { SourceResolver } from '../../../lib/resolver/resolve-sources';
import { AnalysePageRequestSchema, ResolveRequestSchema } from '../../../lib/shared/messages';
import { replayFetch } from '../../helpers/api-replay';
import { parseHtml } from '../../helpers/dom';
import { MemoryStore } from '../../helpers/memory-store';
import { makeRecord } from '../../helpers/source-record';
import { readFixture, readShared } from '../../helpers/shared-data';
import { installEnglishMessages } from '../../helpers/messages';

beforeAll(() => installEnglishMessages());

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
  it('mounts 13 badges on the seed article and reports 5 references, 4 of them resolved to distinct works', async () => {
    const { document, pageSession } = session(readShared('seed/greenmedinfo-als-b12.html'));
    await pageSession.start();
    // 5 entries, 5 markers, and 3 paragraphs whose unmarked claims have warnings.
    expect(document.querySelectorAll('evidence-lens-badge')).toHaveLength(13);
    const states = [...document.querySelectorAll('evidence-lens-badge')].map((host) =>
      host.shadowRoot?.querySelector('button')?.getAttribute('data-state'),
    );
    expect(states.sort()).toEqual([...Array(3).fill('claims-warning'), ...Array(10).fill('resolved')]);
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

  it('asks the background to resolve identifier keys, then to read and evaluate the page', async () => {
    const { sent, pageSession } = session(readShared('seed/greenmedinfo-als-b12.html'));
    await pageSession.start();
    expect(sent).toHaveLength(2);
    const analyse = AnalysePageRequestSchema.safeParse(sent[1]);
    expect(analyse.success).toBe(true);
    expect(analyse.data?.works.map((work) => work.referenceIds)).toEqual([['ref-1'], ['ref-2', 'ref-3'], ['ref-4'], ['ref-5']]);
    expect(pageSession.report().claims).toHaveLength(11);
    expect(pageSession.report().evaluation?.summary).toBe(
      '5 references to 4 works: 2 RCTs, 1 secondary analysis, 1 in vitro; 11 claims: 9 checked against their sources, 7 with issues; 2 not checked (no source cited)',
    );
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

  it('leaves a page with no references untouched, and only asks the background to read its text', async () => {
    const { document, sent, pageSession } = session(readFixture('pages/no-references.html'));
    const before = document.documentElement.outerHTML;
    await pageSession.start();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(sent.map((message) => (message as { type: string }).type)).toEqual(['analysePage']);
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

describe('PageSession looking up references without identifiers by their text', () => {
  const blog = () => parseHtml(readFixture('golden/blog-superscripts.html'));

  it('sends only the reference text, and only when the reader allows it', async () => {
    const sent: unknown[] = [];
    const send = async (message: unknown) => {
      sent.push(message);
      const { type } = message as { type: string };
      if (type === 'matchReferences') {
        return { results: [{ id: 'ref-1', state: 'not-found', reason: 'Crossref found nothing', doi: null, result: null }] };
      }
      return { results: (message as { keys: string[] }).keys.map((key) => ({ key, state: 'not-found', record: null, assessment: null })) };
    };
    const allowed = new PageSession(blog(), send, { allowReferenceText: true });
    await allowed.start();
    const matchMessages = sent.filter((m) => (m as { type: string }).type === 'matchReferences');
    expect(matchMessages).toEqual([
      {
        type: 'matchReferences',
        references: [{ id: 'ref-1', text: expect.stringMatching(/^1\. Prasad S, Aggarwal BB\. Turmeric, the Golden Spice/) }],
      },
    ]);
    expect(allowed.report().references[0]!.match).toEqual({ state: 'not-found', reason: 'Crossref found nothing' });
    sent.length = 0;
    await new PageSession(blog(), send).start();
    expect(sent.filter((m) => (m as { type: string }).type === 'matchReferences')).toEqual([]);
  });

  it('shows a matched reference resolved, saying it was found by its text', async () => {
    const document = blog();
    const resolved = {
      key: 'doi:10.5555/turmeric',
      state: 'resolved',
      assessment: { design: 'narrative-review', level: '5', evidence: 'Publication type: Review', confidence: 'high' },
      record: makeRecord({ ids: { doi: '10.5555/turmeric', pmid: null, pmcid: null, nct: [] }, title: 'Turmeric, the Golden Spice' }),
    };
    const send = async (message: unknown) => {
      if ((message as { type: string }).type === 'matchReferences') {
        return {
          results: [
            {
              id: 'ref-1',
              state: 'matched',
              reason: 'Crossref search: title, first author and year agree',
              doi: '10.5555/turmeric',
              result: resolved,
            },
          ],
        };
      }
      return { results: (message as { keys: string[] }).keys.map((key) => ({ key, state: 'not-found', record: null, assessment: null })) };
    };
    const session = new PageSession(document, send, { allowReferenceText: true });
    await session.start();
    const badge = document.querySelector('li evidence-lens-badge, p evidence-lens-badge');
    expect(session.report().references[0]!.result?.state).toBe('resolved');
    const states = [...document.querySelectorAll('evidence-lens-badge')].map((b) => b.shadowRoot?.querySelector('button')?.textContent);
    expect(states).toContain('◆Review');
    expect(badge).not.toBeNull();
    session.destroy();
  });
});
