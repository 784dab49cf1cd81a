/** The part of a structured abstract a passage belongs to. */
export type SectionKind = 'background' | 'methods' | 'results' | 'conclusions' | 'registration';

/** One labelled part of an abstract. */
export interface AbstractSection {
  kind: SectionKind;
  label: string;
  text: string;
}

/** Section labels of structured abstracts (PubMed, JAMA, BMJ, Lancet styles), by what they hold. */
export const SECTION_LABELS: ReadonlyArray<[SectionKind, RegExp]> = [
  ['background', /^(background|introduction|importance|context|rationale|objectives?|aims?|purpose|study objective)$/i],
  [
    'methods',
    /^(methods?|design|setting|participants|patients|subjects|interventions?|exposures?|main outcomes?(?: and measures?)?|outcomes?|measurements?|methods and findings|design,? setting,? and participants|materials and methods|study design|population|data sources|eligibility criteria)$/i,
  ],
  // "Measurements and Main Results" is the American Thoracic Society journals' label (a bronchiectasis trial).
  ['results', /^(results?|findings|(?:measurements and )?main results)$/i],
  ['conclusions', /^(conclusions?(?: and relevance)?|interpretation|significance|implications)$/i],
  ['registration', /^(trial registration(?: number)?|registration|clinical trial registration|funding)$/i],
];

const HEADING = /(?:^|(?<=[.!?)]\s))([A-Z][A-Za-z,]*(?: [A-Za-z,]+){0,5}):\s/g;

/**
 * Splits a structured abstract into its labelled sections. An abstract without labels gives one
 * section per sentence kind it can tell from the sentence itself: sentences that assign or give
 * something are methods, the last sentence concludes, the others are results.
 */
export function abstractSections(abstract: string | null): AbstractSection[] {
  if (!abstract) return [];
  const headings = [...abstract.matchAll(HEADING)].flatMap((match) => {
    const kind = SECTION_LABELS.find(([, pattern]) => pattern.test(match[1]!.trim()))?.[0];
    return kind ? [{ kind, label: match[1]!, index: match.index, start: match.index + match[0].length }] : [];
  });
  if (headings.length === 0) return unlabelledSections(abstract);
  const sections: AbstractSection[] = [];
  if (headings[0]!.index > 0) sections.push({ kind: 'background', label: '', text: abstract.slice(0, headings[0]!.index).trim() });
  headings.forEach((heading, i) => {
    const end = headings[i + 1]?.index ?? abstract.length;
    sections.push({ kind: heading.kind, label: heading.label, text: abstract.slice(heading.start, end).trim() });
  });
  return sections;
}

const METHODS_SENTENCE =
  /\b(randomi[sz]ed|randomly assigned|were assigned|allocated|received|were given|was given|took|enrolled|recruited|administered|underwent|we (studied|followed|included|analy[sz]ed|tested|treated|exposed|fed|injected|gave))\b/i;

function unlabelledSections(abstract: string): AbstractSection[] {
  const sentences = abstract.split(/(?<=[.!?])\s+(?=[A-Z(])/);
  return sentences.map((text, i) => ({
    kind:
      i === sentences.length - 1 && sentences.length > 1
        ? 'conclusions'
        : METHODS_SENTENCE.test(text) && !/\bp\s*[<=]/i.test(text)
          ? 'methods'
          : 'results',
    label: '',
    text,
  }));
}

/** The text of an abstract's sections of the given kinds, joined in order. */
export function sectionText(sections: readonly AbstractSection[], ...kinds: SectionKind[]): string {
  return sections
    .filter((section) => kinds.includes(section.kind))
    .map((section) => section.text)
    .join(' ');
}
