/**
 * Lay words and their clinical names for the same outcome, as pages and abstracts write them: a
 * page's "dying" is an abstract's "mortality", its "clot" the "haematoma". Each word maps to one
 * name, so a page's words can be matched with a source's outcomes (a brain-bleed page gave the
 * clot's shrinkage as the fall in "the risk of dying").
 */
export const OUTCOME_SYNONYMS: Readonly<Record<string, string>> = {
  dying: 'mortality',
  died: 'mortality',
  death: 'mortality',
  deaths: 'mortality',
  clot: 'haematoma',
  clots: 'haematoma',
  hematoma: 'haematoma',
  admission: 'hospitalisation',
  admitted: 'hospitalisation',
  hospitalization: 'hospitalisation',
  fits: 'seizure',
  wheeze: 'wheezing',
};

/** The clinical name of an outcome word, or the word itself. */
export function outcomeName(word: string): string {
  return OUTCOME_SYNONYMS[word] ?? word;
}
