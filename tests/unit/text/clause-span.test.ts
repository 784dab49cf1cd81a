import { describe, expect, it } from 'vitest';
import { clauseSpan } from '../../../lib/text/clause-span';

const COMMAS = /[,;]/g;

describe('the clause around some words', () => {
  it.each([
    // The words' own clause, between the boundaries either side.
    ['In the trial, the drug halved relapses, the authors said.', 'halved', ' the drug halved relapses'],
    // No boundary before: from the start; none after: to the end.
    ['The cream cleared the rash in most children.', 'cleared', 'The cream cleared the rash in most children.'],
    // A boundary inside the words does not split them.
    ['Doses of 5, 10 or 20 mg were given; all were safe.', '5, 10', 'Doses of 5, 10 or 20 mg were given'],
  ])('“%s” around “%s”', (text, words, clause) => {
    const index = text.indexOf(words);
    const { start, end } = clauseSpan(text, index, words.length, COMMAS);
    expect(text.slice(start, end)).toBe(clause);
  });

  it('ends at a boundary right at the index, and takes the boundaries the caller gives', () => {
    expect(clauseSpan('Given 5 mg: daily', 10, 0, /[:]/g).end).toBe(10);
    expect(clauseSpan('Given 5 mg: daily', 10, 0, /[,]/g).end).toBe(17);
  });
});
