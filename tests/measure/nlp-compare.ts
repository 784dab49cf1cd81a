/**
 * `npx tsx tests/measure/nlp-compare.ts`: which English NLP library pays for the claim engine. On
 * the tune half of the development set only, each library decides for every claim the scanner
 * finds whether it has a finite verb (a claim must; "Observational studies", "Placebo (n=40)" do
 * not). Prints how many annotated findings and how many false claims each would keep, the time per
 * sentence, and the minified size each adds to a bundle (esbuild, same run).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { scanPage } from '../../lib/scanner/scan-page';
import { hasFiniteVerb } from '../../lib/text/finite-verb';
import { corpusHtml } from '../corpus/corpus-pages';
import { AnnotationSchema, matchSentences } from './devset-match';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const wink = winkNLP(model);
const its = wink.its;

const TOOLS: Record<string, (sentence: string) => boolean> = {
  'word rules (lib/text/finite-verb)': hasFiniteVerb,
  compromise: (sentence) => nlp(sentence).has('(#PastTense|#PresentTense|#Modal|#Copula|#Auxiliary)'),
  'wink-nlp + web model': (sentence) => {
    const tokens = wink.readDoc(sentence).tokens();
    const pos = tokens.out(its.pos) as string[];
    const text = tokens.out(its.normal) as string[];
    return pos.some((tag, i) => tag === 'AUX' || (tag === 'VERB' && !text[i]!.endsWith('ing') && text[i - 1] !== 'to'));
  },
};

async function bundleKb(source: string): Promise<number> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
  });
  return result.outputFiles[0]!.contents.length / 1024;
}

async function main(): Promise<void> {
  const { pages } = JSON.parse(readFileSync(join(ROOT, 'tests/devset/pages.json'), 'utf8')) as {
    pages: Array<{ id: string; path: string; half: string }>;
  };
  const dirAt = process.argv.indexOf('--annotations');
  const dir = dirAt > 0 ? resolve(process.argv[dirAt + 1]!) : join(ROOT, 'tests/devset/annotations');
  const sentences: Array<{ text: string; finding: boolean }> = [];
  for (const page of pages.filter((p) => p.half === 'tune')) {
    const file = join(dir, `${page.id}.json`);
    if (!existsSync(file)) continue;
    const annotation = AnnotationSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const window = new Window({
      url: 'https://localhost.invalid/',
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
    });
    window.document.write(corpusHtml(page.path));
    const claims = scanPage(window.document as unknown as Document).claims.map((c) => c.text);
    const matched = new Set(
      matchSentences(
        annotation.findings.map((f) => f.text),
        claims,
      ).map(([, j]) => j),
    );
    claims.forEach((text, j) => sentences.push({ text, finding: matched.has(j) }));
    void window.happyDOM.close();
  }
  const findings = sentences.filter((s) => s.finding).length;
  console.log(`NLP libraries on the tune half: ${sentences.length} claims found, ${findings} of them annotated findings`);
  const sizes: Record<string, number> = {
    'word rules (lib/text/finite-verb)': await bundleKb(`export { hasFiniteVerb } from './lib/text/finite-verb';`),
    compromise: await bundleKb(`import nlp from 'compromise'; export const f = (s) => nlp(s).has('#Verb');`),
    'wink-nlp + web model': await bundleKb(`import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; export const f = w(m);`),
  };
  for (const [name, tool] of Object.entries(TOOLS)) {
    for (const s of sentences.slice(0, 5)) tool(s.text);
    const start = performance.now();
    const kept = sentences.filter((s) => tool(s.text));
    const ms = (performance.now() - start) / Math.max(sentences.length, 1);
    const keptFindings = kept.filter((s) => s.finding).length;
    const dropped = sentences.filter((s) => !s.finding && !tool(s.text));
    console.log(
      `  ${name.padEnd(36)} findings kept ${keptFindings}/${findings}, false claims dropped ${dropped.length}/${sentences.length - findings}, ${ms.toFixed(3)} ms per sentence, bundle +${sizes[name]!.toFixed(0)} kB minified`,
    );
    if (process.argv.includes('--show'))
      for (const s of sentences.filter((x) => !tool(x.text)))
        console.log(`      dropped ${s.finding ? 'FINDING' : 'noise  '}: ${s.text.slice(0, 120)}`);
  }
}

await main();
