import type { DesignCode } from '../shared/design-codes';
import type { SourceRecord } from '../shared/source-record';
import { abstractSections, sectionText, type AbstractSection } from './abstract-sections';
import { quoteAround } from './classify-design';
import { oneSex } from './claim-facts';
import {
  GAIN_IN_SOURCE,
  BLOOD_MARKER_SUBGROUP,
  MARKER_SUBGROUP,
  PEOPLE_WORDS,
  ROUTE_WORDS,
  SLOWER_DECLINE,
  type Route,
  type Sex,
} from './fact-words';
import { ageGroupIn } from './age-group';
import { dosesIn, type StatedDose } from './doses';
import { frequenciesIn, type StatedFrequency } from './frequencies';
import { subgroupBenefitOf, type SubgroupBenefit } from './subgroup-benefit';

/** A fact with the words it was read from. */
export interface Quoted<T> {
  value: T;
  evidence: string;
}

/** Who a source studied: people, animals or cells. */
export type PopulationKind = 'people' | 'animals' | 'cells';

/** The structured facts of a source that claim checks compare (read from its record, never guessed). */
export interface SourceDetail {
  sections: AbstractSection[];
  population: Quoted<PopulationKind> | null;
  ageGroup: Quoted<string> | null;
  /** The one sex the source studied: from MeSH ("Male" without "Female"), else from the Methods' words. */
  sex: Quoted<Sex> | null;
  /** Routes by which the studied treatment was given: read from the title and the Methods, never the Background. */
  routes: Quoted<Route[]> | null;
  /** Doses the Methods state. */
  doses: StatedDose[];
  /** Dosing frequencies the Methods state (of every arm, and of any schedule they describe). */
  frequencies: StatedFrequency[];
  /**
   * A marker-defined subgroup the title restricts the patients to ("BRCA"), with its words; for a
   * blood or sputum level ("eosinophil"), `threshold` holds the title's restriction.
   */
  subgroup: (Quoted<string> & { threshold?: string }) | null;
  /** A result with figures the Results state for a subgroup only, while others got no benefit. */
  subgroupBenefit: SubgroupBenefit | null;
  /** How the results are stated: a slower decline (with no gain stated), or null. */
  slowerDecline: Quoted<true> | null;
  /** Whether the open full text was read, so a figure missing from it is missing from the paper. */
  fullTextRead: boolean;
}

/** Reads the structured facts of one source from its record and design. */
export function sourceDetail(record: SourceRecord, design: DesignCode): SourceDetail {
  const sections = abstractSections(record.abstract);
  const methods = [record.title ?? '', sectionText(sections, 'methods'), record.fullText?.methods ?? ''].join(' ');
  const findings = sectionText(sections, 'results', 'conclusions');
  return {
    sections,
    population: populationOf(record, design, methods),
    ageGroup: ageGroupOf(methods),
    sex: sexOf(record, sectionText(sections, 'methods')),
    routes: routesOf(methods),
    doses: dosesIn(methods),
    frequencies: frequenciesIn(methods),
    slowerDecline: slowerDeclineOf(findings),
    subgroupBenefit: subgroupBenefitOf(findings),
    subgroup: subgroupOf(record.title ?? ''),
    fullTextRead: Boolean(record.fullText),
  };
}

function populationOf(record: SourceRecord, design: DesignCode, methods: string): Quoted<PopulationKind> | null {
  if (design === 'animal') return { value: 'animals', evidence: `Source design: animal study` };
  if (design === 'in-vitro') return { value: 'cells', evidence: `Source design: laboratory study in cells` };
  if (record.meshTerms.some((term) => term.toLowerCase() === 'humans')) return { value: 'people', evidence: 'MeSH: Humans' };
  const people = PEOPLE_WORDS.exec(methods);
  return people ? { value: 'people', evidence: `Source: “${quoteAround(methods, people.index, people[0].length, 30)}”` } : null;
}

function ageGroupOf(methods: string): Quoted<string> | null {
  const age = ageGroupIn(methods);
  return age ? { value: age.value, evidence: `Source: “${quoteAround(methods, age.index, age.text.length, 30)}”` } : null;
}

function routesOf(methods: string): Quoted<Route[]> | null {
  const found = ROUTE_WORDS.flatMap(([route, pattern]) => {
    const match = pattern.exec(methods);
    return match ? [{ route, match }] : [];
  });
  if (found.length === 0) return null;
  return {
    value: found.map((f) => f.route),
    evidence: found.map(({ match }) => `“${quoteAround(methods, match.index, match[0].length, 40)}”`).join('; '),
  };
}

function slowerDeclineOf(findings: string): Quoted<true> | null {
  const decline = SLOWER_DECLINE.exec(findings);
  if (!decline || GAIN_IN_SOURCE.test(findings)) return null;
  return { value: true, evidence: `Source: “${quoteAround(findings, decline.index, decline[0].length, 50)}”` };
}

function subgroupOf(title: string): SourceDetail['subgroup'] {
  const evidence = (match: RegExpExecArray) => `Source title: “${quoteAround(title, match.index, match[0].length, 40)}”`;
  const match = MARKER_SUBGROUP.exec(title);
  const marker = match?.[1] ?? match?.[2];
  if (match && marker) return { value: marker, evidence: evidence(match) };
  const level = BLOOD_MARKER_SUBGROUP.exec(title);
  return level ? { value: level[1]!, threshold: level[0].replace(/^with /, '').trim(), evidence: evidence(level) } : null;
}

function sexOf(record: SourceRecord, methods: string): Quoted<Sex> | null {
  const mesh = new Set(record.meshTerms.map((term) => term.toLowerCase()));
  if (mesh.has('male') !== mesh.has('female'))
    return { value: mesh.has('male') ? 'men' : 'women', evidence: `MeSH: ${mesh.has('male') ? 'Male' : 'Female'} only` };
  if (mesh.has('male')) return null;
  const sex = oneSex(methods);
  return sex ? { value: sex.value, evidence: `Source: “${quoteAround(methods, sex.phrase.index, sex.phrase.text.length, 30)}”` } : null;
}
