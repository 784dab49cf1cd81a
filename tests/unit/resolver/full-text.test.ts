import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../lib/cli/check-command';
import type { CheckReport } from '../../../lib/cli/check-report';
import { europePmcFullTextUrl, MAX_FULL_TEXT_BYTES, parseFullText } from '../../../lib/resolver/adapters/europepmc-full-text';
import { figureInRecord } from '../../../lib/evidence/figure-in-source';
import { replayFetch } from '../../helpers/api-replay';
import { FIXTURES_DIR, readFixture } from '../../helpers/shared-data';
import { testResolver } from '../../helpers/test-resolver';
import { DEFAULT_SETTINGS } from '../../../lib/shared/settings';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const NOW = new Date('2026-11-25T00:00:00Z');
const PERICARDITIS = 'doi:10.5555/el.oa.pericarditis';
const jats = (pmcid: string) => readFixture(`api/europepmc/fulltext/${pmcid}.xml`);

describe('parseFullText (Europe PMC JATS)', () => {
  it('reads Methods, Results and Conclusions by sec-type, and the tables one row a line', () => {
    const text = parseFullText(jats('PMC9990001'), 'PMC9990001', NOW)!;
    expect(text.methods).toMatch(/^Methods\nTrial design and participants\nThis multicentre, double-blind trial/);
    expect(text.results).toContain('240 were randomised, 120 to each group');
    expect(text.results).not.toContain('20 (16.7)');
    expect(text.conclusions).toMatch(/^Conclusions\nIn adults with a first episode/);
    expect(text.tables.split('\n')).toEqual([
      'Table 2 Primary and secondary outcomes',
      'Outcome | Colchicine (n = 120) | Placebo (n = 120) | Hazard ratio (95% CI)',
      'Recurrence at 18 months, n (%) | 20 (16.7) | 39 (32.5) | 0.48 (0.31–0.74)',
      'Hospital admission, n (%) | 4 (3.3) | 11 (9.2) | 0.35 (0.11–1.10)',
    ]);
    expect(text).toMatchObject({ pmcid: 'PMC9990001', readAt: NOW.toISOString() });
  });

  it('finds sections by their titles when sec-type is absent (another field: dermatology)', () => {
    const text = parseFullText(jats('PMC9990002'), 'PMC9990002', NOW)!;
    expect(text.methods).toMatch(/^Materials and methods/);
    expect(text.conclusions).toMatch(/^Conclusion\n/);
    expect(text.tables).toContain('Clear or almost clear, n (%) | 38 (31.9) | 30 (25.4)');
  });

  it('answers null for what is not a JATS article with a body', () => {
    expect(parseFullText('<html><body>no</body></html>', 'PMC1', NOW)).toBeNull();
    expect(parseFullText('<article><front/></article>', 'PMC1', NOW)).toBeNull();
  });
});

describe('figureInRecord', () => {
  const pericarditis = {
    abstract: 'Results: 240 patients were randomised. Hazard ratio 0.48.',
    fullText: parseFullText(jats('PMC9990001'), 'PMC9990001', NOW),
  };
  it('finds a figure that is only in a Results table once the full text is read', () => {
    expect(figureInRecord(16.7, '%', { abstract: pericarditis.abstract }).kind).toBe('absent');
    expect(figureInRecord(16.7, '%', pericarditis)).toMatchObject({ kind: 'stated', fullTextRead: true });
  });
  it('keeps a figure absent that is nowhere in the full text either', () => {
    expect(figureInRecord(58, '%', { abstract: '', fullText: parseFullText(jats('PMC9990002'), 'PMC9990002', NOW) })).toEqual({
      kind: 'absent',
      fullTextRead: true,
    });
  });
});

describe('SourceResolver.readFullText', () => {
  it('reads no full text when the reader has switched full-text reading off', async () => {
    const log: string[] = [];
    const resolver = testResolver(replayFetch(log), { settings: async () => ({ ...DEFAULT_SETTINGS, fullTextReading: false }) });
    await resolver.resolve([PERICARDITIS]);
    log.length = 0;
    await resolver.readFullText([PERICARDITIS]);
    expect(log).toEqual([]);
    const [result] = await resolver.resolve([PERICARDITIS]);
    expect(result!.record!.fullText).toBeUndefined();
  });

  it('reads the open full text of a cited source once, sending only its PMCID, and keeps it in the cache', async () => {
    const log: string[] = [];
    const resolver = testResolver(replayFetch(log));
    await resolver.resolve([PERICARDITIS]);
    log.length = 0;
    await resolver.readFullText([PERICARDITIS]);
    expect(log).toEqual([europePmcFullTextUrl('PMC9990001')]);
    expect(log[0]).toBe('https://www.ebi.ac.uk/europepmc/webservices/rest/PMC9990001/fullTextXML');
    const [result] = await resolver.resolve([PERICARDITIS]);
    expect(result!.record!.fullText!.tables).toContain('39 (32.5)');
    await resolver.readFullText([PERICARDITIS]);
    expect(log).toHaveLength(1);
  });

  it('reads nothing for a source that is not open access (the seed trial) or not resolved', async () => {
    const log: string[] = [];
    const resolver = testResolver(replayFetch(log));
    await resolver.resolve(['doi:10.1001/jamaneurol.2022.0901']);
    log.length = 0;
    await resolver.readFullText(['doi:10.1001/jamaneurol.2022.0901', 'doi:10.9999/never.resolved']);
    expect(log).toEqual([]);
  });

  it('leaves the record as it was when the body is too large, and remembers a paper with no full text', async () => {
    const replay = replayFetch();
    const huge = async (url: string) =>
      url.endsWith('/fullTextXML') ? new Response('<article>' + 'x'.repeat(MAX_FULL_TEXT_BYTES) + '</article>') : replay(url);
    const resolver = testResolver(huge);
    await resolver.resolve([PERICARDITIS]);
    await resolver.readFullText([PERICARDITIS]);
    expect((await resolver.resolve([PERICARDITIS]))[0]!.record!.fullText).toBeUndefined();
    const missing = testResolver(async (url) => (url.endsWith('/fullTextXML') ? new Response('', { status: 404 }) : replay(url)));
    await missing.resolve([PERICARDITIS]);
    await missing.readFullText([PERICARDITIS]);
    expect((await missing.resolve([PERICARDITIS]))[0]!.record!.fullText).toBeNull();
  });
});

describe('lens check reads the full text of an open-access trial a claim cites', () => {
  const check = async (page: string, fetch = replayFetch()) =>
    JSON.parse(
      await checkCommand(join(FIXTURES_DIR, 'pages', page), {
        json: true,
        offline: false,
        recordsFile: null,
        cacheFile: join(mkdtempSync(join(tmpdir(), 'lens-')), 'cache.json'),
        fetch,
      }),
    ) as CheckReport;

  it('finds the figures of the Results table (cardiology): no number-not-in-source', async () => {
    const report = await check('open-access-pericarditis.html');
    expect(report.sources[0]!.fullTextRead).toEqual({ pmcid: 'PMC9990001', readAt: expect.any(String) });
    expect(report.claimChecks.map((c) => c.code)).not.toContain('number-not-in-source');
  });

  it('says only "info" for the same page when the full text could not be read', async () => {
    const replay = replayFetch();
    const report = await check('open-access-pericarditis.html', async (url) =>
      url.endsWith('/fullTextXML') ? new Response('', { status: 404 }) : replay(url),
    );
    expect(report.sources[0]!.fullTextRead).toBeNull();
    expect(report.claimChecks.find((c) => c.code === 'number-not-in-source')).toMatchObject({ severity: 'info' });
  });

  it('warns of a figure found nowhere in the full text (dermatology)', async () => {
    const report = await check('open-access-acne.html');
    expect(report.claimChecks.find((c) => c.code === 'number-not-in-source')).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining(
        '“58%” appears nowhere in the source: not in its abstract, nor in the methods, results, tables or conclusions',
      ),
    });
  });
});
