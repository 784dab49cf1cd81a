import { describe, expect, it } from 'vitest';
import { classifyDesign, quoteAround } from '../../../lib/evidence/classify-design';
import type { SourceRecord } from '../../../lib/shared/source-record';
import { makeRecord } from '../../helpers/source-record';

const record = makeRecord;

describe('classifyDesign', () => {
  it.each<[Partial<SourceRecord>, string, string, string]>([
    [{ publicationTypes: ['Meta-Analysis', 'Journal Article'] }, 'meta-analysis', '1', 'high'],
    [{ publicationTypes: ['Systematic Review'] }, 'systematic-review', '1', 'high'],
    [{ publicationTypes: ['Randomized Controlled Trial', 'Clinical Trial, Phase III'] }, 'rct', '2', 'high'],
    [{ publicationTypes: ['Clinical Trial, Phase II'] }, 'non-randomised-trial', '3', 'high'],
    [{ publicationTypes: ['Observational Study'] }, 'cohort', '3', 'high'],
    // PubMed's generic observational type: MeSH or the title say which kind (a nutrition survey is no cohort).
    [{ publicationTypes: ['Observational Study'], meshTerms: ['Humans', 'Cross-Sectional Studies'] }, 'cross-sectional', '4', 'high'],
    [{ publicationTypes: ['Observational Study'], meshTerms: ['Humans', 'Prospective Studies'] }, 'cohort', '3', 'high'],
    [{ publicationTypes: ['Observational Study'], title: 'Statins and glioma: a case-control study' }, 'case-control', '4', 'high'],
    [{ publicationTypes: ['Case Reports'] }, 'case-report', '4', 'high'],
    [{ publicationTypes: ['Review', 'Journal Article'] }, 'narrative-review', '5', 'high'],
    [{ publicationTypes: ['Editorial'] }, 'opinion', '5', 'high'],
    [{ meshTerms: ['Animals', 'Mice', 'Cell Line, Tumor'] }, 'animal', 'preclinical', 'high'],
    [
      { title: 'Stage at which riluzole treatment prolongs survival: a retrospective analysis of data from a dose-ranging study' },
      'secondary-analysis',
      '4',
      'medium',
    ],
    [{ title: 'A novel role for vitamin B12: cobalamins are intracellular antioxidants in vitro' }, 'in-vitro', 'preclinical', 'medium'],
    [{ title: 'Coffee and mortality', abstract: 'In this prospective cohort of 90,000 adults…' }, 'cohort', '3', 'low'],
    [{ title: 'Vitamin D and falls: a case-control study' }, 'case-control', '4', 'medium'],
    [{ title: 'Thoughts on vitamins' }, 'unknown', 'unknown', 'low'],
  ])('%o → %s, level %s (%s confidence)', (over, design, level, confidence) => {
    expect(classifyDesign(record(over))).toMatchObject({ design, level, confidence });
  });

  it('says which field the design came from', () => {
    expect(classifyDesign(record({ publicationTypes: ['Randomized Controlled Trial'] })).evidence).toBe(
      'Publication type: Randomized Controlled Trial',
    );
    expect(classifyDesign(record({ title: 'Effects in mice' })).evidence).toBe('Title: “Effects in mice”');
  });

  it('trusts Humans in MeSH over animal words elsewhere', () => {
    expect(classifyDesign(record({ meshTerms: ['Animals', 'Humans'], publicationTypes: ['Randomized Controlled Trial'] })).design).toBe(
      'rct',
    );
  });
});

describe('quoteAround', () => {
  it('quotes whole words around a match', () => {
    const text = 'Patients with amyotrophic lateral sclerosis: a retrospective analysis of data from a dose-ranging study';
    const index = text.indexOf('retrospective');
    expect(quoteAround(text, index, 22, 10)).toBe('…sclerosis: a retrospective analysis of data from…');
  });
});
