import { describe, expect, it } from 'vitest';
import { classifyDesign } from '../../../lib/evidence/classify-design';
import { assessSource } from '../../../lib/evidence/source-notes';
import type { SourceRecord } from '../../../lib/shared/source-record';
import { readFixture } from '../../helpers/shared-data';
import { makeRecord } from '../../helpers/source-record';

const seed = JSON.parse(readFixture('seed/records.json')) as SourceRecord[];
const assess = (record: SourceRecord) => assessSource(record, classifyDesign(record).design);
const codes = (record: SourceRecord) => assess(record).notes.map((n) => n.code);

describe('assessSource on the seed’s sources (shared/seed/sources.md)', () => {
  it('→2 JETALS: 130 participants, 16 weeks, primary end point met, registered NCT03548311', () => {
    const { facts, notes } = assess(seed[1]!);
    expect(facts).toMatchObject({ participants: 130, durationWeeks: 16, primaryEndpoint: 'met' });
    expect(facts.primaryEndpointEvidence).toContain('P = .01');
    expect(notes.map((n) => n.code)).toEqual(['short-duration', 'registered-trial']);
    expect(notes[1]).toMatchObject({
      message: 'Registered in advance as NCT03548311 (completed, 130 enrolled).',
      evidence: 'ClinicalTrials.gov NCT03548311',
    });
  });

  it('→4 Kaji: 373 participants, primary endpoint not met, post hoc finding, names its registration', () => {
    const { facts, notes } = assess(seed[2]!);
    expect(facts).toMatchObject({ participants: 373, primaryEndpoint: 'not-met' });
    expect(notes.map((n) => n.code)).toEqual(['primary-endpoint-not-met', 'post-hoc-finding', 'registered-trial']);
    expect(notes[0]!.evidence).toContain('Neither primary endpoint differed significantly');
    expect(notes[1]!.evidence).toContain('post hoc analyses');
  });

  it('→5 Birch: in vitro, not human', () => {
    expect(assess(seed[3]!).notes).toEqual([
      {
        code: 'not-human',
        severity: 'warning',
        message: 'Studied in cells or in the laboratory, not in people.',
        evidence: 'Design: in-vitro',
      },
    ]);
  });

  it('→1 Fang: a secondary analysis with no abstract gets no note and an unclear endpoint, not a guess', () => {
    expect(assess(seed[0]!)).toMatchObject({ notes: [], facts: { participants: null, primaryEndpoint: 'unclear' } });
  });
});

describe('assessSource rules', () => {
  it.each([
    [
      { notices: [{ type: 'retraction' as const, date: '2010-02-06', noticeDoi: '10.1016/x', source: 'Crossref (retraction-watch)' }] },
      'retracted',
    ],
    [{ notices: [{ type: 'expression-of-concern' as const, date: null, noticeDoi: null, source: 'Europe PMC' }] }, 'expression-of-concern'],
    [{ notices: [{ type: 'correction' as const, date: null, noticeDoi: null, source: 'PubMed (ErratumIn)' }] }, 'corrected'],
    [{ isPreprint: true, title: 'A preprint' }, 'preprint'],
    [
      {
        publicationTypes: ['Randomized Controlled Trial'],
        abstract: 'Results: A total of 46 adults were randomized to magnesium or placebo for 8 weeks.',
      },
      'small-sample',
    ],
    [{ meshTerms: ['Animals', 'Mice'] }, 'not-human'],
  ])('%o → %s', (facts, code) => {
    expect(codes(makeRecord(facts))).toContain(code);
  });

  it('notes an industry sponsor from the registry', () => {
    const record = makeRecord({
      ids: { doi: '10.5555/x', pmid: null, pmcid: null, nct: ['NCT00000001'] },
      publicationTypes: ['Randomized Controlled Trial'],
      registry: {
        nct: 'NCT00000001',
        title: null,
        status: 'COMPLETED',
        studyType: 'INTERVENTIONAL',
        phases: [],
        allocation: 'RANDOMIZED',
        masking: null,
        enrollment: 400,
        enrollmentActual: true,
        hasResults: true,
        leadSponsor: 'VitaCorp Inc.',
        industrySponsored: true,
        startDate: null,
        completionDate: null,
        resultPmids: [],
      },
    });
    expect(assess(record).notes.map((n) => [n.code, n.message])).toEqual([
      ['registered-trial', 'Registered in advance as NCT00000001 (completed, 400 enrolled, results posted).'],
      ['industry-funded', "The trial's sponsor is a company: VitaCorp Inc."],
    ]);
  });
});
