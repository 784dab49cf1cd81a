/**
 * `npm run measure` (part): disclaimers and disclosures on the extra pages of
 * tests/devset/disclaimer-extra (pages of ../shared/corpus outside the development set, annotated for
 * their disclaimers only), with precision, recall and counts per kind. Pages are read in place and
 * scanned as `lens scan` does (happy-dom, no page scripts). Writes bench-results/disclaimers-extra.json.
 *
 * The pages come in two halves (`half` in each file, `tune` where absent): the tune half may be read
 * page by page, the held-out half is only summed. `--errors` prints each tune page's false and missed
 * disclaimers, never a held-out page's. `--tune` adds the development set's tune half, summed on its
 * own; the development set's held-out half is never read here.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { corpusHtml } from '../corpus/corpus-pages';
import { scanCorpusHtml } from './scan-corpus-html';
import { AnnotationSchema, scorePage, type Ratio } from './devset-match';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEVSET = join(ROOT, 'tests/devset');
const EXTRA = join(DEVSET, 'disclaimer-extra');
const OUT = join(ROOT, 'bench-results/disclaimers-extra.json');

const ExtraSchema = AnnotationSchema.extend({ path: z.string(), half: z.enum(['tune', 'held-out']).default('tune') });
const PagesSchema = z.object({ pages: z.array(z.object({ id: z.string(), path: z.string(), half: z.enum(['tune', 'held-out']) })) });

/** Counts of one kind: found by the scanner, annotated, and found that are annotated (and the reverse). */
interface KindCount {
  found: number;
  foundRight: number;
  annotated: number;
  annotatedFound: number;
}

interface Totals {
  pages: number;
  precision: Ratio;
  recall: Ratio;
  kinds: Record<string, KindCount>;
}

const emptyTotals = (): Totals => ({ pages: 0, precision: { right: 0, of: 0 }, recall: { right: 0, of: 0 }, kinds: {} });
const kindOf = (totals: Totals, kind: string): KindCount =>
  (totals.kinds[kind] ??= { found: 0, foundRight: 0, annotated: 0, annotatedFound: 0 });

function measurePage(id: string, path: string, annotation: z.infer<typeof AnnotationSchema>, totals: Totals, showErrors: boolean): void {
  const scanned = scanCorpusHtml(corpusHtml(path));
  const { score, errors } = scorePage(annotation, scanned);
  totals.pages += 1;
  totals.precision.right += score.disclaimersPrecision.right;
  totals.precision.of += score.disclaimersPrecision.of;
  totals.recall.right += score.disclaimersRecall.right;
  totals.recall.of += score.disclaimersRecall.of;
  for (const found of scanned.disclaimers) {
    kindOf(totals, found.kind).found += 1;
    kindOf(totals, found.kind).foundRight += 1;
  }
  for (const wrong of errors.falseDisclaimers) kindOf(totals, wrong.kind).foundRight -= 1;
  for (const annotated of annotation.disclaimers) {
    kindOf(totals, annotated.kind).annotated += 1;
    kindOf(totals, annotated.kind).annotatedFound += 1;
  }
  for (const missed of errors.missedDisclaimers) kindOf(totals, missed.kind).annotatedFound -= 1;
  if (!showErrors || (errors.falseDisclaimers.length === 0 && errors.missedDisclaimers.length === 0)) return;
  console.log(`  ${id}`);
  for (const d of errors.falseDisclaimers) console.log(`    not annotated: ${d.kind}: ${d.text.slice(0, 200)}`);
  for (const d of errors.missedDisclaimers) console.log(`    missed: ${d.kind}: ${d.text.slice(0, 200)}`);
}

const figure = ({ right, of }: Ratio) => (of === 0 ? 'n/a (0/0)' : `${((100 * right) / of).toFixed(1)}% (${right}/${of})`);

function report(title: string, totals: Totals): void {
  console.log(`  ${title}: ${totals.pages} pages`);
  console.log(`    disclaimers precision ${figure(totals.precision).padEnd(16)} recall ${figure(totals.recall)}`);
  for (const [kind, c] of Object.entries(totals.kinds).sort(([a], [b]) => a.localeCompare(b))) {
    const precision = figure({ right: c.foundRight, of: c.found });
    const recall = figure({ right: c.annotatedFound, of: c.annotated });
    console.log(
      `      ${kind.padEnd(24)} found ${String(c.found).padStart(3)}  precision ${precision.padEnd(16)} annotated ${String(c.annotated).padStart(3)}  recall ${recall}`,
    );
  }
}

function main(): void {
  const showErrors = process.argv.includes('--errors');
  const withTune = process.argv.includes('--tune');
  console.log('Disclaimers and disclosures on the extra pages (tests/devset/disclaimer-extra)');
  const extra = emptyTotals();
  const extraHeldOut = emptyTotals();
  for (const file of readdirSync(EXTRA)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const annotation = ExtraSchema.parse(JSON.parse(readFileSync(join(EXTRA, file), 'utf8')));
    if (annotation.half === 'tune') measurePage(annotation.id, annotation.path, annotation, extra, showErrors);
    else measurePage(annotation.id, annotation.path, annotation, extraHeldOut, false);
  }
  report('extra pages, tune half', extra);
  report('extra pages, held-out half', extraHeldOut);
  const results: Record<string, Totals> = { extra, extraHeldOut };
  if (withTune) {
    const tune = emptyTotals();
    const { pages } = PagesSchema.parse(JSON.parse(readFileSync(join(DEVSET, 'pages.json'), 'utf8')));
    for (const page of pages.filter((p) => p.half === 'tune')) {
      const annotation = AnnotationSchema.parse(JSON.parse(readFileSync(join(DEVSET, 'annotations', `${page.id}.json`), 'utf8')));
      measurePage(page.id, page.path, annotation, tune, showErrors);
    }
    report('development set, tune half', tune);
    results.tune = tune;
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`  written: ${OUT.slice(ROOT.length + 1)}`);
}

main();
