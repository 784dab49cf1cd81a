/**
 * `npm run measure`: the scanner's accuracy on the labelled datasets in ../shared/datasets, read in
 * place. Prints, for each, what was measured, on how many items, and the figure.
 *  - identifier extraction: DOI recall and precision on the real reference strings of
 *    crossref-reference-matching that carry a DOI in their text;
 *  - reference parsing: field accuracy against anystyle-parser-data's gold.xml;
 *  (Claim strength is measured by tests/measure/claim-strength.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseReferenceFields } from '../../lib/scanner/reference-entry';
import { findDois } from '../../lib/shared/identifiers';
import { SHARED_DIR } from '../helpers/shared-data';

const DATASETS = join(SHARED_DIR, 'datasets');
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}% (${n}/${d})`;

function identifierRecall(): void {
  const rows = JSON.parse(readFileSync(join(DATASETS, 'crossref-reference-matching/real-2k-comparison-reasons.json'), 'utf8')) as Array<{
    ref_string: string;
    gt: string | null;
  }>;
  const carrying = rows.filter((row) => /\b10\.\d{4,9}\//.test(row.ref_string));
  const withTruth = carrying.filter((row) => row.gt);
  let found = 0;
  let extracted = 0;
  let correct = 0;
  for (const row of withTruth) {
    const dois = findDois(row.ref_string);
    extracted += dois.length > 0 ? 1 : 0;
    if (dois.includes(row.gt!.toLowerCase())) found += 1;
    if (dois[0] === row.gt!.toLowerCase()) correct += 1;
  }
  console.log('Identifier extraction (crossref-reference-matching, real-2k)');
  console.log(
    `  reference strings: ${rows.length}; with a DOI written in the text: ${carrying.length}; of those with a verified DOI: ${withTruth.length}`,
  );
  console.log(`  recall (verified DOI among the DOIs found): ${pct(found, withTruth.length)}`);
  console.log(`  precision (first DOI found is the verified one, where any was found): ${pct(correct, extracted)}`);
}

interface Sequence {
  author?: string;
  title?: string;
  journal?: string;
  'container-title'?: string;
  date?: string;
  volume?: string;
  pages?: string;
}

const squash = (text: string | null | undefined) =>
  (text ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');

function referenceParsing(): void {
  const parser = new XMLParser({
    ignoreAttributes: true,
    isArray: (name) => name === 'sequence',
    textNodeName: '#text',
    parseTagValue: false,
    trimValues: true,
  });
  const data = parser.parse(readFileSync(join(DATASETS, 'anystyle-parser-data/gold.xml'), 'utf8')) as {
    dataset: { sequence: Array<Record<string, unknown>> };
  };
  const text = (value: unknown): string =>
    Array.isArray(value)
      ? value.map(text).join(' ')
      : typeof value === 'object' && value
        ? String((value as Record<string, unknown>)['#text'] ?? '')
        : String(value ?? '');
  const fields = { firstAuthor: [0, 0], year: [0, 0], title: [0, 0], journal: [0, 0], volume: [0, 0], pages: [0, 0] } as Record<
    string,
    [number, number]
  >;
  const count = (field: string, ok: boolean) => {
    fields[field]![1] += 1;
    if (ok) fields[field]![0] += 1;
  };
  const sequences = data.dataset.sequence;
  for (const raw of sequences) {
    const sequence = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, text(value)])) as Sequence & Record<string, string>;
    const referenceString = Object.entries(sequence)
      .filter(([key]) => key !== 'citation-number')
      .map(([, value]) => value)
      .join(' ');
    const parsed = parseReferenceFields(referenceString);
    if (sequence.author) {
      const surname = /^[^,\s]+(?:\s+[^,\s]+)?(?=,)/u.exec(sequence.author)?.[0] ?? sequence.author.split(/\s+/)[0]!;
      count(
        'firstAuthor',
        squash(parsed.authors[0]) === squash(surname) ||
          (squash(sequence.author).startsWith(squash(parsed.authors[0])) && squash(parsed.authors[0]).length > 1),
      );
    }
    const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(sequence.date ?? '')?.[1];
    if (year) count('year', String(parsed.year) === year);
    if (sequence.title) count('title', squash(parsed.title) === squash(sequence.title));
    const journal = sequence.journal ?? sequence['container-title'];
    if (journal) count('journal', squash(parsed.journal) === squash(journal));
    if (sequence.volume) count('volume', squash(parsed.volume) === squash(sequence.volume));
    if (sequence.pages) count('pages', squash(parsed.pages) === squash(sequence.pages.replace(/^pp?\.\s*/, '')));
  }
  console.log('\nReference parsing (anystyle-parser-data, gold.xml; exact match after lower-casing and dropping punctuation)');
  console.log(`  reference strings: ${sequences.length}`);
  for (const [field, [ok, total]] of Object.entries(fields)) console.log(`  ${field.padEnd(12)} ${pct(ok, total)}`);
}

identifierRecall();
referenceParsing();
