import { NUMBER, parseNumber } from '../text/numbers';

/** A dose stated in a text, in a unit that can be compared. */
export interface StatedDose {
  amount: number;
  /** `mg` for masses (grams and micrograms converted), `mg/kg` for masses by body weight, `iu`, `ml` as written. */
  unit: 'mg' | 'mg/kg' | 'iu' | 'ml';
  text: string;
}

// A concentration or lab value ("130 mg/dL", "2 mg per litre") is not a dose given; a dose by body weight ("0.15 mg/kg") is, in its own unit;
// a daily dose ("at least 300 mg/day of allopurinol", a gout trial) is a dose.
// A list shares its unit: "200 or 300 mg", "5, 10 or 15 mg".
const DOSE =
  /\b(\d+(?:[.,]\d+)?(?:\s*(?:,|or|and|to|–)\s*\d+(?:[.,]\d+)?)*)\s*-?\s*(mg|g|mcg|µg|μg|ug|iu|international units|ml|milligrams?|grams?|micrograms?)\b(\s*(?:\/|per\s+)(?:kg|kilogram)\b)?(?!\s*(?:\/|per\s+)\s*(?:dl|l|ml|litre|liter|decilitre|deciliter)\b)/gi;

// One amount of a list: a comma followed by three digits is a thousands separator ("1,000 mg"),
// a comma and a space separates the list's amounts ("5, 10 or 15 mg").
const AMOUNT = new RegExp(String.raw`(?:${NUMBER})(?!\d)`, 'g');

const TO_MG: Record<string, number> = {
  mg: 1,
  milligram: 1,
  milligrams: 1,
  g: 1000,
  gram: 1000,
  grams: 1000,
  mcg: 0.001,
  µg: 0.001,
  μg: 0.001,
  ug: 0.001,
  microgram: 0.001,
  micrograms: 0.001,
};

/** The doses a text states, masses in milligrams, so "1 g" and "1,000 mg" compare equal. */
export function dosesIn(text: string): StatedDose[] {
  return [...text.matchAll(DOSE)].flatMap((match) =>
    (match[1]!.match(AMOUNT) ?? []).map((amount) =>
      match[3]
        ? perWeight(parseNumber(amount), match[2]!, `${amount} ${match[2]}/kg`)
        : toDose(parseNumber(amount), match[2]!, `${amount} ${match[2]}`),
    ),
  );
}

/** Names of international units: pages write "400 units of vitamin D" or "10 units of insulin" for what Methods give in IU. */
export const IU_NAMES: ReadonlySet<string> = new Set(['iu', 'international units', 'international unit', 'units', 'unit', 'u']);

/** One dose in comparable units, or null when its unit is not one the checks compare. */
export function comparableDose(amount: number | null, unit: string | null): StatedDose | null {
  // A dose of nothing is a misread number ("2,000" split at its separator), not a dose given.
  if (amount === null || unit === null || amount <= 0) return null;
  const u = unit.toLowerCase();
  const byWeight = /^(.+)\/kg$/.exec(u);
  if (byWeight) return byWeight[1]! in TO_MG ? perWeight(amount, byWeight[1]!, `${amount} ${unit}`) : null;
  if (!(u in TO_MG) && !IU_NAMES.has(u) && u !== 'ml') return null;
  return toDose(amount, u, `${amount} ${unit}`);
}

/** A mass by body weight in mg/kg ("150 µg/kg" is 0.15 mg/kg); another unit by weight is left as a mass. */
function perWeight(amount: number, unit: string, text: string): StatedDose {
  const u = unit.toLowerCase();
  return u in TO_MG ? { amount: amount * TO_MG[u]!, unit: 'mg/kg', text } : toDose(amount, u, text);
}

function toDose(amount: number, unit: string, text: string): StatedDose {
  const u = unit.toLowerCase();
  if (u in TO_MG) return { amount: amount * TO_MG[u]!, unit: 'mg', text };
  return { amount, unit: u === 'ml' ? 'ml' : 'iu', text };
}

// "two 100 mg doxycycline tablets" (a doxycycline trial) is a dose of 200 mg taken as two units.
const UNITS_BEFORE = /\b(two|three|four|2|3|4)\s+(?:x\s+|×\s*)?$/i;
const UNIT_NOUN_AFTER =
  /^\s*(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:tablets|capsules|pills|sachets|lozenges|puffs|sprays|drops|patches|pessaries|suppositories)\b/iu;
// The first dose only: a copy without the global flag, so `exec` keeps no position between texts.
const FIRST_DOSE = new RegExp(DOSE.source, 'i');
const UNIT_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };

/**
 * How many units the first dose a text states is taken as ("two 100 mg tablets" is 2), or 1. The
 * amount that was given at once is then the units' total, which is what Methods often state.
 */
export function unitsOfDose(text: string): number {
  const first = FIRST_DOSE.exec(text);
  if (!first) return 1;
  const before = UNITS_BEFORE.exec(text.slice(Math.max(0, first.index - 12), first.index));
  if (!before || !UNIT_NOUN_AFTER.test(text.slice(first.index + first[0].length))) return 1;
  return UNIT_COUNTS[before[1]!.toLowerCase()] ?? 1;
}

/** Doses within this share of each other are the same dose, written with rounding. */
export const SAME_DOSE_TOLERANCE = 0.1;
