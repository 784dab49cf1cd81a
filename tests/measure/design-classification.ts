/**
 * `npm run measure` (part): design classification on the real PubMed records of
 * ../shared/datasets/metapub-pubmed-xml. The reference label of a record comes from its curated
 * publication types and MeSH tags, read with the scheme's rules (§1); records whose tags name no
 * design (a bare "Journal Article") have no label and are counted apart. Two figures: the
 * classifier as it runs (publication types first), and the same records with their publication
 * types removed, which shows how far title, abstract and MeSH wording alone go.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyDesign } from '../../lib/evidence/classify-design';
import type { DesignCode } from '../../lib/shared/design-codes';
import { parsePubmedXml } from '../../lib/resolver/adapters/pubmed';
import type { SourceRecord } from '../../lib/shared/source-record';
import { SHARED_DIR } from '../helpers/shared-data';

const DIR = join(SHARED_DIR, 'datasets/metapub-pubmed-xml/pmid_xml');
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}% (${n}/${d})`;

// The scheme's order of trust: the first tag that names a design is the label.
const LABELS: ReadonlyArray<[RegExp, DesignCode]> = [
  [/^meta-analysis$/i, 'meta-analysis'],
  [/^systematic review$/i, 'systematic-review'],
  [/^(practice )?guideline$/i, 'guideline'],
  [/^randomized controlled trial$/i, 'rct'],
  [/^(clinical trial|controlled clinical trial)(, phase [iv]+)?$/i, 'non-randomised-trial'],
  [/^observational study$/i, 'cohort'],
  [/^case reports$/i, 'case-report'],
  [/^review$/i, 'narrative-review'],
  [/^(editorial|comment|letter|news)$/i, 'opinion'],
];

/** PubMed's "Observational Study" covers every observational design: the curated MeSH design tag says which. */
function observationalLabel(record: SourceRecord): DesignCode {
  const mesh = record.meshTerms.map((term) => term.toLowerCase());
  if (mesh.includes('cross-sectional studies')) return 'cross-sectional';
  if (mesh.includes('case-control studies')) return 'case-control';
  return 'cohort';
}

/** The design a record's curated tags name, or null when they name none. */
function labelOf(record: SourceRecord): DesignCode | null {
  for (const [pattern, design] of LABELS)
    if (record.publicationTypes.some((type) => pattern.test(type))) return design === 'cohort' ? observationalLabel(record) : design;
  const mesh = record.meshTerms.map((term) => term.toLowerCase());
  if (mesh.includes('animals') && !mesh.includes('humans')) return 'animal';
  return null;
}

function main(): void {
  const records = readdirSync(DIR)
    .filter((file) => file.endsWith('.xml'))
    .flatMap((file) => parsePubmedXml(readFileSync(join(DIR, file), 'utf8'), new Date(0)));
  const labelled = records.flatMap((record) => {
    const label = labelOf(record);
    return label ? [{ record, label }] : [];
  });
  const withTypes = labelled.filter(({ record, label }) => classifyDesign(record).design === label).length;
  const wordsOnly = labelled.filter(({ record, label }) => classifyDesign({ ...record, publicationTypes: [] }).design === label).length;
  const byLabel = new Map<string, [number, number]>();
  for (const { record, label } of labelled) {
    const [ok, total] = byLabel.get(label) ?? [0, 0];
    byLabel.set(label, [ok + (classifyDesign(record).design === label ? 1 : 0), total + 1]);
  }
  const unlabelled = records.filter((record) => !labelOf(record));
  const unlabelledDesigns = new Map<string, number>();
  for (const record of unlabelled) {
    const design = classifyDesign(record).design;
    unlabelledDesigns.set(design, (unlabelledDesigns.get(design) ?? 0) + 1);
  }
  console.log(`Design classification (metapub-pubmed-xml: ${records.length} PubMed records)`);
  console.log(`  records whose publication types or MeSH name a design: ${labelled.length}`);
  console.log(`  accuracy as the extension runs (publication types first): ${pct(withTypes, labelled.length)}`);
  console.log(`  accuracy from title, abstract and MeSH alone (publication types removed): ${pct(wordsOnly, labelled.length)}`);
  for (const [label, [ok, total]] of [...byLabel].sort((a, b) => b[1][1] - a[1][1]))
    console.log(`    ${label.padEnd(20)} ${pct(ok, total)}`);
  console.log(
    `  records with no design in their tags: ${unlabelled.length}; classified as ${[...unlabelledDesigns]
      .sort((a, b) => b[1] - a[1])
      .map(([design, n]) => `${design} ${n}`)
      .join(', ')}`,
  );
}

main();
