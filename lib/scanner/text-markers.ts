import { isAuthorList } from './affiliation-marks';
import { idsOfNumbers } from './citation-markers';
import type { TextBlock } from './text-blocks';
import type { CitationMarker, ReferenceEntry, TextPosition } from './types';

/** A marker found in a block's text, with where it ends in that text. */
export interface TextMarker {
  marker: CitationMarker;
  /** Offset in the block's text just after the marker. */
  end: number;
}

const BRACKET = /\[(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\]/g;
// A number glued to sentence punctuation after a word: "so far.1", "onset,2-4".
const FLATTENED = /(?<=[\p{L})\]”"’%][.!?,;:]["”’)]?)(\d{1,3}(?:[,–-]\d{1,3})*)(?=\s|$)/gu;
const AUTHOR_YEAR = /([\p{Lu}][\p{L}'’-]+)(?:\s+et al\.?|\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]+)?,?\s+\(?((?:19|20)\d\d)[a-z]?\)?/gu;

/**
 * Finds markers written in the text itself: "[3]", "[2–4]", numbers flattened after punctuation
 * ("so far.1", as copied text shows superscripts) and author–year citations ("(Smith et al.,
 * 2020)", "Smith et al. (2020)"). Text inside element markers (superscripts, links) is left to them.
 */
export function findTextMarkers(
  block: TextBlock,
  byNumber: ReadonlyMap<number, ReferenceEntry>,
  entries: readonly ReferenceEntry[],
  claimed: (node: Text) => boolean,
): TextMarker[] {
  const found: TextMarker[] = [];
  const add = (style: CitationMarker['style'], text: string, start: number, referenceIds: string[]) => {
    const end = start + text.length;
    const position = positionAt(block, end);
    if (referenceIds.length === 0 || !position || claimed(position.node)) return;
    found.push({ marker: { marker: text.replace(/\s+/g, ' '), style, referenceIds, sentence: '', element: null, textEnd: position }, end });
  };
  if (byNumber.size > 0) {
    for (const match of block.text.matchAll(BRACKET)) add('bracket', match[0], match.index, idsOfNumbers(match[1]!, byNumber));
    const flattened = [...block.text.matchAll(FLATTENED)];
    // "Anna Berg,1 Li Wei,2": in an author line, numbers after names are affiliations.
    if (flattened.length > 0 && !isAuthorList(block.text))
      for (const match of flattened) add('flattened', match[0], match.index, idsOfNumbers(match[1]!, byNumber));
  }
  for (const match of block.text.matchAll(AUTHOR_YEAR)) {
    const target = authorYearEntry(entries, match[1]!, Number(match[2]));
    // "(Liu et al., 2022)" is matched from the name on: a closing bracket without its opener is not part of it.
    const text = match[0].endsWith(')') && !match[0].includes('(') ? match[0].slice(0, -1) : match[0];
    if (target) add('author-year', text, match.index, [target.id]);
  }
  return found.sort((a, b) => a.end - b.end);
}

function authorYearEntry(entries: readonly ReferenceEntry[], author: string, year: number): ReferenceEntry | undefined {
  const candidates = entries.filter((e) => e.year === year && e.firstAuthor?.toLowerCase() === author.toLowerCase());
  return candidates.find((e) => e.sameAs === null) ?? candidates[0];
}

/** The text node and offset at a position in the block's text. */
export function positionAt(block: TextBlock, offset: number): TextPosition | null {
  for (let i = block.nodes.length - 1; i >= 0; i -= 1) {
    const { node, start } = block.nodes[i]!;
    if (start < offset || (start === offset && i === 0)) return { node, offset: Math.min(offset - start, node.length) };
  }
  return null;
}
