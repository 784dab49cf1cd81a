import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../lib/cli/check-command';
import { CheckReportSchema } from '../../../lib/cli/check-report';
import { scanCommand } from '../../../lib/cli/scan-command';
import { FIXTURES_DIR, SHARED_DIR } from '../../helpers/shared-data';
import { PROJECT_ROOT } from '../../helpers/project-root';

const SEED_HTML = join(SHARED_DIR, 'seed/greenmedinfo-als-b12.html');
const SEED_TEXT = join(SHARED_DIR, 'seed/greenmedinfo-als-b12.txt');
const RECORDS = join(FIXTURES_DIR, 'seed/records.json');

describe('lens scan', () => {
  it('prints the seed text form as JSON in the documented shape, missing values as null', async () => {
    const report = JSON.parse(await scanCommand(SEED_TEXT, true));
    expect(Object.keys(report)).toEqual(['url', 'page', 'references', 'citations', 'claims', 'disclaimers']);
    expect(report.references).toHaveLength(5);
    expect(report.references[2]).toMatchObject({
      id: 'ref-3',
      sameAs: 'ref-2',
      ids: { doi: null, pmid: null, pmcid: null, nct: [], url: null },
    });
    expect(report.claims.find((c: { participants: number | null }) => c.participants === 130)).toBeDefined();
  });

  it('prints a readable summary without --json', async () => {
    const text = await scanCommand(SEED_HTML, false);
    expect(text).toContain('References (5)');
    expect(text).toContain('Disclaimers (4)');
  });
});

describe('lens check --offline --records', () => {
  it('shows the four distinct works with design fields, and the JETALS registry record on the Oki paper', async () => {
    const report = CheckReportSchema.parse(JSON.parse(await checkCommand(SEED_HTML, { offline: true, recordsFile: RECORDS, json: true })));
    expect(report.sources.map((s) => [s.referenceIds, s.state, s.design])).toEqual([
      [['ref-1'], 'resolved', 'secondary-analysis'],
      [['ref-2', 'ref-3'], 'resolved', 'rct'],
      [['ref-4'], 'resolved', 'rct'],
      [['ref-5'], 'resolved', 'in-vitro'],
    ]);
    const oki = report.sources[1]!;
    expect(oki.publicationTypes).toContain('Randomized Controlled Trial');
    expect(oki.meshTerms).toContain('Humans');
    expect(oki.abstract).toMatch(/^Importance: /);
    expect(oki.ids.nct).toEqual(['NCT03548311']);
    expect(oki.registry).toMatchObject({ nct: 'NCT03548311', enrollment: 130, masking: 'QUADRUPLE' });
    expect(oki.links.registry).toBe('https://clinicaltrials.gov/study/NCT03548311');
    expect(report.sources[3]!.abstract).toBeNull();
  });

  it('reports works missing from the records as not found, and refuses a file that is not records', async () => {
    const empty = join(FIXTURES_DIR, 'pages/no-references.html');
    expect(JSON.parse(await checkCommand(empty, { offline: true, recordsFile: RECORDS, json: true })).sources).toEqual([]);
    await expect(
      checkCommand(SEED_HTML, { offline: true, recordsFile: join(FIXTURES_DIR, 'golden/news-site.expected.json'), json: true }),
    ).rejects.toThrow(/not a JSON array of source records/);
  });

  it('with --offline and an empty cache, says every source is unavailable and fetches nothing', async () => {
    const report = JSON.parse(
      await checkCommand(SEED_HTML, {
        offline: true,
        recordsFile: null,
        json: true,
        cacheFile: join(tmpdir(), 'evidence-lens-test-empty-cache', 'never-written.json'),
      }),
    );
    expect(report.sources.map((s: { state: string }) => s.state)).toEqual(['unavailable', 'unavailable', 'unavailable', 'unavailable']);
  });
});

/** Starting a second Node process that compiles the CLI takes several seconds on a busy machine. */
const CHILD_PROCESS_TIMEOUT_MS = 60_000;

describe('lens schema', () => {
  it('prints the JSON Schemas of source records and check reports', { timeout: CHILD_PROCESS_TIMEOUT_MS }, () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'lib/cli/main.ts'), 'schema'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    const schemas = JSON.parse(output);
    expect(schemas.sourceRecord.properties.registry).toBeDefined();
    expect(schemas.checkReport.properties.sources.type).toBe('array');
  });
});
