import { ANIMAL_WORDS, CELL_WORDS } from '../fact-words';
import { PRECLINICAL } from './design-groups';
import { SAME_FIGURE_TOLERANCE } from '../figure-outcome';
import { statesMarkerStatus } from '../marker-status';
import { findPhrase, pageQuote } from './quote';
import type { CheckDefinition, ClaimView, Finding, SourceView } from './types';

/**
 * True when a claim citing an animal or cell study speaks of people: it names people, or it states
 * a finding without saying (in its sentence or its paragraph) that it was found in animals or cells.
 */
export function carriesPreclinicalToPeople({ claim, facts, pageParagraphs }: ClaimView, source: SourceView): boolean {
  if (!PRECLINICAL.has(source.design) || facts.preclinical) return false;
  // A page that says "in rats" in its story, and names no people here, is still telling of the rats (an anorexia-model study).
  if (facts.people === null && pageParagraphs.some((paragraph) => ANIMAL_WORDS.test(paragraph) || CELL_WORDS.test(paragraph))) return false;
  return facts.people !== null || claim.strength >= 2 || (facts.reportsFinding && claim.effects.length > 0);
}

/** Who was studied: people against animals or cells, children against adults, women against men (scheme §4). */
export const populationMismatch: CheckDefinition = {
  code: 'population-mismatch',
  scope: 'source',
  wording: {
    preclinical: ({ studied }) => `The page presents this as true of people, but the cited study was done ${studied}, and does not say so.`,
    subgroup: ({ marker }) =>
      `The page speaks of patients in general; the cited study was only of patients with a ${marker} marker, and the page does not say so.`,
    subgroupLevel: ({ restriction }) =>
      `The page speaks of patients in general; the cited study was only of patients with ${restriction}, and the page does not say so.`,
    subgroupBenefit: ({ restriction }) =>
      `The page gives this result for everyone; the cited study found it only in people with ${restriction}, and no benefit in the others.`,
    ageGroup: ({ page, source }) => `The page speaks of ${page}; the cited study was of ${source}.`,
    sex: ({ page, source }) => `The page speaks of ${page}; the cited study was only of ${source}.`,
  },
  run(view, source): Finding | null {
    const { claim, facts } = view;
    if (carriesPreclinicalToPeople(view, source)) {
      return {
        severity: 'warning',
        message: { key: 'preclinical', values: { studied: source.design === 'animal' ? 'in animals' : 'in cells or in the laboratory' } },
        // The same study told as one of people in several sentences is one mistake: the reader is told once.
        oncePerPage: true,
        evidence: `${source.detail.population?.evidence ?? `Source design: ${source.design}`}; ${pageQuote(claim.text, facts.people).replace(/^Page/, 'page')}`,
      };
    }
    const subgroup = source.detail.subgroup;
    if (subgroup && facts.people && facts.reportsFinding) {
      const named = new RegExp(String.raw`\b${subgroup.value.replace(/[^A-Za-z0-9]/g, '.?')}`, 'i');
      // The page may say who was studied once, anywhere ("842 patients whose oestrogen-receptor-positive…");
      // a level is named by naming what is measured ("people with many eosinophils").
      const statedOnPage = view.pageParagraphs.some((p) => (subgroup.threshold ? named.test(p) : statesMarkerStatus(p, subgroup.value)));
      if (!named.test(`${claim.text} ${claim.paragraph}`) && !statedOnPage)
        return {
          severity: 'warning',
          message: subgroup.threshold
            ? { key: 'subgroupLevel', values: { restriction: subgroup.threshold } }
            : { key: 'subgroup', values: { marker: subgroup.value } },
          evidence: `${pageQuote(claim.text, facts.people)}; ${subgroup.evidence.replace(/^Source/, 'source')}`,
          oncePerPage: true,
        };
    }
    const benefit = subgroupResultForAll(view, source);
    if (benefit) return benefit;
    const page = facts.ageGroup;
    const studied = source.detail.ageGroup;
    if (page && studied && page.value !== studied.value && (page.value === 'children' || studied.value === 'children')) {
      return {
        severity: 'warning',
        message: { key: 'ageGroup', values: { page: page.value, source: studied.value } },
        evidence: `${pageQuote(claim.text, page.phrase)}; ${studied.evidence.replace(/^Source/, 'source')}`,
        // "children" said in several sentences of one study's report is one mistake, told once.
        oncePerPage: true,
      };
    }
    const sex = facts.sex;
    const studiedSex = source.detail.sex;
    if (sex && studiedSex && facts.reportsFinding && sex.value !== studiedSex.value) {
      return {
        severity: 'warning',
        message: { key: 'sex', values: { page: sex.value, source: studiedSex.value } },
        evidence: `${pageQuote(claim.text, sex.phrase)}; ${studiedSex.evidence.replace(/^Source/, 'source')}`,
        oncePerPage: true,
      };
    }
    return null;
  },
};

/**
 * A figure the source states for a subgroup only ("In participants with intermediate AMD, 20% …"),
 * given on the page without any word that names that subgroup, while the source says the others
 * got no benefit.
 */
function subgroupResultForAll({ claim }: ClaimView, source: SourceView): Finding | null {
  const benefit = source.detail.subgroupBenefit;
  const figure = claim.effects.find((e) => e.unit === '%' && benefit?.figures.some((f) => Math.abs(f - e.value) <= SAME_FIGURE_TOLERANCE));
  if (!benefit || !figure) return null;
  const page = `${claim.text} ${claim.paragraph}`.toLowerCase();
  if (benefit.telling.some((word) => page.includes(word))) return null;
  return {
    severity: 'warning',
    message: { key: 'subgroupBenefit', values: { restriction: benefit.restriction } },
    evidence: `${pageQuote(claim.text, findPhrase(claim.text, figure.text))}; ${benefit.evidence.replace(/^Source/, 'source')}`,
  };
}
