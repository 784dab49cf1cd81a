import { findElementMarkers } from '../../lib/scanner/citation-markers';
import { findPaperLinks } from '../../lib/scanner/paper-links';
import { findReferenceEntries } from '../../lib/scanner/reference-list';
import { scanPage } from '../../lib/scanner/scan-page';
import { textBlocks } from '../../lib/scanner/text-blocks';
import { splitSentences } from '../../lib/scanner/sentences';
import { analyseClaim } from '../../lib/scanner/claim-analysis';
import { disclaimerKinds } from '../../lib/scanner/disclaimers';

function t(run: () => unknown): number {
  const start = performance.now();
  let n = 0;
  do {
    run();
    n += 1;
  } while (performance.now() - start < 30);
  return (performance.now() - start) / n;
}
(globalThis as any).__profile = () => {
  const refs = findReferenceEntries(document);
  const blocks = [...textBlocks(document.body)];
  const sentences = blocks.flatMap((b) => splitSentences(b.text));
  return {
    walkerMs: t(() => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let s = 0;
      for (let n = w.nextNode(); n; n = w.nextNode()) s += n.nodeValue!.length;
      return s;
    }),
    referencesMs: t(() => findReferenceEntries(document)),
    elementMarkersMs: t(() => findElementMarkers(document, refs)),
    paperLinksMs: t(() => findPaperLinks(document, refs)),
    blocksMs: t(() => [...textBlocks(document.body)]),
    sentencesMs: t(() => blocks.flatMap((b) => splitSentences(b.text))),
    claimsMs: t(() => sentences.map((s) => analyseClaim(s.text))),
    disclaimersMs: t(() => sentences.map((s) => disclaimerKinds(s.text))),
    fullMs: t(() => scanPage(document)),
    blocks: blocks.length,
    sentences: sentences.length,
    textKB: Math.round(blocks.reduce((a, b) => a + b.text.length, 0) / 1024),
  };
};
