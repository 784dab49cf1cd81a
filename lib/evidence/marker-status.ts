import { MARKER_STATUS_AFTER } from './fact-words';

/** Words the marker's name stands for may be written between it and its status: "EGFR exon 20 insertion-positive". */
const WORDS_TO_STATUS = 4;

/**
 * True when a text states the marker status a source's patients were chosen by: its name with a
 * status ("HER2-negative", "EGFR-mutated", "a BRCA mutation"), or the name spelled out whose
 * initials are the marker's ("oestrogen-receptor-positive" for ER, "anti-citrullinated protein
 * antibody-positive" for ACPA). A name alone ("the drug blocks EGFR") does not say who was studied.
 */
export function statesMarkerStatus(text: string, marker: string): boolean {
  const name = marker.replace(/[^A-Za-z0-9]/g, '.?');
  const named = new RegExp(String.raw`\b${name}\d*\b((?:[\s-]+[\p{L}\d]+){0,${WORDS_TO_STATUS}})`, 'giu');
  for (const match of text.matchAll(named)) if (MARKER_STATUS_AFTER.test(match[1]!)) return true;
  if (new RegExp(String.raw`\b(?:mutations?|variants?)\s+(?:in|of)\s+(?:the\s+)?${name}\d*\b`, 'i').test(text)) return true;
  if (new RegExp(String.raw`${CHOSEN_BY}[^.;]{0,60}?\b${name}\d*[\s-]+${TEST_NOUN}`, 'i').test(text)) return true;
  const letters = marker.replace(/[^A-Za-z]/g, '').toLowerCase();
  for (const status of text.matchAll(SPELLED_STATUS)) {
    const words = text
      .slice(Math.max(0, status.index - SPELLED_REACH), status.index)
      .split(/[^\p{L}]+/u)
      .filter((w) => w !== '');
    // The spelled-out name is the last one to five words before the status.
    for (let count = 1; count <= Math.min(SPELLED_WORDS, words.length); count++) if (initials(words.slice(-count)) === letters) return true;
  }
  return false;
}

/**
 * Patients chosen by a test of the marker: "men whose cancer showed up strongly on a PSMA scan" (a
 * prostate-cancer page), "women whose tumours stained strongly in a HER2 test". Having the test is
 * not enough: "patients had a PSMA scan before treatment" says nothing of who was enrolled.
 */
const CHOSEN_BY = String.raw`\b(?:whose|selected|chosen|eligible|only if|only when)\b`;
const TEST_NOUN = String.raw`(?:scans?|tests?|testing|PET|imaging|staining|biops(?:y|ies))\b`;

/** A status a spelled-out marker name is joined to: "oestrogen-receptor-positive", "antibody negative". */
const SPELLED_STATUS = /(?<=[\s-])(?:positive|negative|mutated|mutant|deficient)\b/giu;

/** A spelled-out marker name has at most five words ("anti-citrullinated protein antibody"), read from 80 characters back. */
const SPELLED_WORDS = 5;
const SPELLED_REACH = 80;

/** The first letters of words, British spellings folded ("oestrogen" is an E, as in "ER"). */
function initials(words: readonly string[]): string {
  return words.map((word) => word.toLowerCase().replace(/^(oe|ae)/, 'e')[0]).join('');
}
