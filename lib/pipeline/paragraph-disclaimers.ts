import type { PageSignals } from '../evidence/page-checklist';
import { disclaimerKinds, disclosureHeadingKind, opensDisclosure, type DisclaimerKind } from '../text/disclaimers';
import type { Sentence } from '../text/sentences';
import { noteSentenceSignals } from './sentence-signals';
import type { Disclaimer } from './types';

/** The block a paragraph's sentences come from, as the disclaimer collection needs it. */
export interface DisclaimerBlock {
  text: string;
  heading: boolean;
  inArticle: boolean;
  teaser?: boolean;
}

/** What the collection passes from one paragraph to the next: the disclosure a heading just introduced ("Funding:"). */
export interface DisclosureContext {
  disclosure: DisclaimerKind | null;
}

/**
 * Reads one paragraph's sentences for disclaimers and checklist signals, adding them to `out`, and
 * returns the sentences that are no disclaimer (the prose the claims are read from).
 */
export function collectParagraphDisclaimers(
  sentences: readonly Sentence[],
  { text, heading, inArticle, teaser }: DisclaimerBlock,
  out: { disclaimers: Disclaimer[]; signals: PageSignals },
  context: DisclosureContext,
): Sentence[] {
  // Consecutive sentences of one kind in one block are one disclaimer.
  let previousSentence: Disclaimer[] = [];
  const proseSentences: Sentence[] = [];
  // A paragraph that opens with "Disclosures:" discloses to its end ("… reports employment with …").
  let opened: DisclaimerKind[] = [];
  for (const sentence of sentences) {
    noteSentenceSignals(sentence.text, out.signals, inArticle);
    // A heading is no disclaimer ("Disclaimer"), except a sponsor's label; it can introduce one ("Funding:").
    // A teaser card's "Medically reviewed by" speaks of the article it links to.
    const found = (heading ? disclaimerKinds(sentence.text).filter((kind) => kind === 'sponsored') : disclaimerKinds(sentence.text)).filter(
      (kind) => !(teaser === true && kind === 'medical-review'),
    );
    const introduced = !heading && context.disclosure && sentence === sentences[0] ? [context.disclosure] : [];
    const kinds = [...new Set([...found, ...introduced, ...opened])];
    if (!heading && sentence === sentences[0] && opensDisclosure(sentence.text)) opened = kinds;
    if (kinds.length === 0) proseSentences.push(sentence);
    previousSentence = kinds.map((kind) => {
      const continued = previousSentence.find((d) => d.kind === kind);
      if (continued) {
        continued.text += ` ${sentence.text}`;
        return continued;
      }
      const disclaimer = { kind, text: sentence.text };
      out.disclaimers.push(disclaimer);
      return disclaimer;
    });
  }
  context.disclosure = heading ? disclosureHeadingKind(text) : null;
  return proseSentences;
}
