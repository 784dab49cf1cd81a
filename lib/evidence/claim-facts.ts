import type { CheckedClaim } from './checks/types';
import {
  ABSOLUTE_SAFETY,
  ANIMAL_WORDS,
  BARE_CELLS,
  CELL_WORDS,
  COMPARED_SAFETY,
  OBSERVED_SAFETY,
  QUESTIONED_SAFETY,
  DECLINE_ON_PAGE,
  GAIN_ON_PAGE,
  NEITHER_NOR_DENIAL,
  PEOPLE_WORDS,
  ROUTE_WORDS,
  SEX_WORDS,
  type Route,
  type Sex,
} from './fact-words';
import { ageGroupIn } from './age-group';
import { comparableDose, unitsOfDose, type StatedDose } from './doses';
import { negatedFinding } from '../text/causal-strength';

/** A phrase of the claim and where it stands. */
export interface Phrase {
  text: string;
  index: number;
}

/** The structured facts of a claim that checks compare with the source's. */
export interface ClaimFacts {
  /** People words of the claim sentence itself ("patients", "children"). */
  people: Phrase | null;
  /** Words in the claim, or in its paragraph when the claim names no people, that report an animal or cell study. */
  preclinical: Phrase | null;
  ageGroup: { value: string; phrase: Phrase } | null;
  /** The one sex the claim names ("women", "men"), or null when it names both or neither. */
  sex: { value: Sex; phrase: Phrase } | null;
  route: { value: Route; phrase: Phrase } | null;
  dose: StatedDose | null;
  /** How many units the dose is taken as ("two 100 mg tablets": 2), else 1. */
  doseUnits: number;
  /** "more function", "improved memory", with no word of decline. */
  gain: Phrase | null;
  /** "safe", "no side effects", not a comparison with a control group. */
  absoluteSafety: Phrase | null;
  /** The claim reports a finding: a causal or correlational statement, a figure or a head count. */
  reportsFinding: boolean;
  /** The claim says the effect was not found ("did not reduce", "Neither … nor … improved"). */
  deniesEffect: boolean;
}

function phrase(pattern: RegExp, text: string): Phrase | null {
  const match = pattern.exec(text);
  return match ? { text: match[0], index: match.index } : null;
}

/** Words of an animal or laboratory study in a text; "cells" alone counts only where `bareCells` (the text names no people). */
function preclinicalPhrase(text: string, bareCells: boolean): Phrase | null {
  return phrase(ANIMAL_WORDS, text) ?? phrase(CELL_WORDS, text) ?? (bareCells ? phrase(BARE_CELLS, text) : null);
}

/**
 * "cells from people without CF", "the patients' cells": people who gave the cells a laboratory
 * study used, not people the finding is about (a cystic-fibrosis and a Parkinson's page).
 */
const DONORS =
  /(?<=\b(?:cells?|neurons|organoids|tissues?|samples?)\s+(?:[\p{L}-]+\s+){0,2}?from\s+(?:the\s+|\d+\s+|[\p{L}]+\s+)?)(?:people|patients|persons|donors|volunteers|adults|children|women|men)\b|\b(?:people|patients|donors)['’]s?(?=\s+(?:own\s+)?(?:[\p{L}-]+\s+)?(?:cells|neurons|tissues?|samples)\b)/giu;

/** The text with the people who gave a laboratory study its cells blanked out, offsets kept. */
function withoutDonors(text: string): string {
  return text.replace(DONORS, (m) => ' '.repeat(m.length));
}

/** Reads the facts of one claim. Pure. */
export function claimFacts(claim: CheckedClaim): ClaimFacts {
  const { text } = claim;
  const people = phrase(PEOPLE_WORDS, withoutDonors(text));
  const ownPreclinical = preclinicalPhrase(text, people === null);
  // The paragraph may already have said "in mice": a claim that then names no people stays in mice.
  const paragraphPreclinical = people ? null : preclinicalPhrase(claim.paragraph, true);
  const age = ageGroupIn(text);
  const routeText = claim.dose?.route ?? text;
  const route = ROUTE_WORDS.map(([value, pattern]) => ({ value, phrase: phrase(pattern, routeText) })).find((r) => r.phrase !== null);
  const gain = DECLINE_ON_PAGE.test(text) ? null : phrase(GAIN_ON_PAGE, text);
  const asserted = phrase(ABSOLUTE_SAFETY, text);
  const safety = asserted && !QUESTIONED_SAFETY.test(text.slice(Math.max(0, asserted.index - 60), asserted.index)) ? asserted : null;
  return {
    people,
    preclinical: ownPreclinical ?? (paragraphPreclinical ? { text: paragraphPreclinical.text, index: -1 } : null),
    ageGroup: age ? { value: age.value, phrase: { text: age.text, index: age.index } } : null,
    sex: oneSex(text),
    route: route ? { value: route.value, phrase: route.phrase! } : null,
    dose: claim.dose ? comparableDose(claim.dose.amount, claim.dose.unit) : null,
    doseUnits: claim.dose ? unitsOfDose(text) : 1,
    gain,
    absoluteSafety: safety && !COMPARED_SAFETY.test(text) && !OBSERVED_SAFETY.test(text) ? safety : null,
    reportsFinding: claim.strength > 0 || claim.participants !== null || claim.effects.length > 0,
    deniesEffect: negatedFinding(text) || NEITHER_NOR_DENIAL.test(text),
  };
}

/** The one sex a text names, with its words; null when it names both or neither. */
export function oneSex(text: string): { value: Sex; phrase: Phrase } | null {
  const named = SEX_WORDS.map(([value, pattern]) => ({ value, phrase: phrase(pattern, text) })).filter((s) => s.phrase !== null);
  return named.length === 1 ? { value: named[0]!.value, phrase: named[0]!.phrase! } : null;
}
