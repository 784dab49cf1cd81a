import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { checkReport, fromRecords, keysOfFindings } from '../../lib/cli/check-command';
import type { CheckReport } from '../../lib/cli/check-report';
import { scanDom } from '../../lib/scanner/scan-page';
import { SourceRecordSchema } from '../../lib/shared/source-record';
import { parseHtml } from './dom';
import { FIXTURES_DIR } from './shared-data';

const ExpectedSchema = z.object({
  description: z.string(),
  /** The page reports its sources faithfully: any warning on a claim is a false alarm. */
  faithful: z.boolean(),
  sources: z.record(z.string(), z.object({ design: z.string(), level: z.string(), notes: z.array(z.string()) })),
  /** Exactly the warning-level claim checks the page deserves. */
  warnings: z.array(z.string()),
  /** Information-level checks that must appear (others may). */
  infos: z.array(z.string()),
  checklist: z.optional(z.record(z.string(), z.string())),
  summary: z.optional(z.string()),
  /** Written cases: the field of medicine, and whether rules may be tuned on it. */
  field: z.optional(z.string()),
  half: z.optional(z.enum(['tune', 'held-out'])),
  why: z.optional(z.string()),
});

/** One written case: a page snippet, the records of what it cites and what a reader should see. */
export interface EvidenceCase {
  name: string;
  expected: z.infer<typeof ExpectedSchema>;
  report: CheckReport;
}

/** The folder of the first written cases, written alongside the rules. */
export const CASES_DIR = join(FIXTURES_DIR, 'evidence-cases');

/** The folder of written cases in other fields of medicine, in a tune half and a held-out half. */
export const WRITTEN_CASES_DIR = join(FIXTURES_DIR, 'written-cases');

/** Runs every case of a folder through the same report `lens check --records` prints. */
export function runEvidenceCases(dir = CASES_DIR): EvidenceCase[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'expected.json')) && existsSync(join(dir, name, 'records.json')))
    .sort()
    .map((name) => {
      const read = (file: string) => readFileSync(join(dir, name, file), 'utf8');
      const records = z.array(SourceRecordSchema).parse(JSON.parse(read('records.json')));
      const dom = scanDom(parseHtml(read('page.html')));
      const report = checkReport(dom, null, fromRecords(keysOfFindings(dom), records));
      return { name, expected: ExpectedSchema.parse(JSON.parse(read('expected.json'))), report };
    });
}

/** The codes of a report's claim checks at one severity, sorted. */
export function codesAt(report: CheckReport, severity: 'warning' | 'info'): string[] {
  return report.claimChecks
    .filter((check) => check.severity === severity)
    .map((check) => check.code)
    .sort();
}
