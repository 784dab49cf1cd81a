import { describe, expect, it } from 'vitest';
import { clinicalTrialsStudyUrl, lookUpClinicalTrial, registryFacts, StudySchema } from '../../../lib/resolver/adapters/clinicaltrials';
import { readFixture, readShared } from '../../helpers/shared-data';

const answering =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });

describe('ClinicalTrials.gov adapter', () => {
  it('builds the v2 study URL from a validated NCT id', () => {
    expect(clinicalTrialsStudyUrl('NCT03548311')).toBe('https://clinicaltrials.gov/api/v2/studies/NCT03548311');
  });

  it('reads all ten real recorded studies, including a withdrawn one with enrolment 0 and a terminated one with results', () => {
    const { studies } = JSON.parse(readShared('api-samples/clinicaltrials/studies_search_page_10_full_records.json')) as {
      studies: unknown[];
    };
    const facts = studies.map((study) => registryFacts(StudySchema.parse(study)));
    expect(facts).toHaveLength(10);
    expect(facts.find((f) => f.nct === 'NCT01511679')).toMatchObject({ status: 'WITHDRAWN', enrollment: 0 });
    expect(facts.find((f) => f.nct === 'NCT01126879')).toMatchObject({
      status: 'TERMINATED',
      hasResults: true,
      allocation: 'RANDOMIZED',
      masking: 'DOUBLE',
      enrollment: 12,
      enrollmentActual: true,
    });
  });

  it('maps the JETALS registry record: randomised, quadruple masking, 130 enrolled, result publication', async () => {
    const result = await lookUpClinicalTrial(answering(readFixture('api/clinicaltrials/NCT03548311.json')), 'NCT03548311');
    expect(result).toEqual({
      state: 'resolved',
      facts: expect.objectContaining({
        nct: 'NCT03548311',
        status: 'COMPLETED',
        phases: ['PHASE3'],
        allocation: 'RANDOMIZED',
        masking: 'QUADRUPLE',
        enrollment: 130,
        enrollmentActual: true,
        industrySponsored: false,
        resultPmids: ['35532908'],
      }),
    });
  });

  it.each([
    ['an unknown id (plain-text 404)', answering('NCT number NCT99999999 not found', 404), { state: 'not-found' }],
    ['a 503', answering('busy', 503), { state: 'unavailable', reason: 'HTTP 503' }],
    ['a body of the wrong shape', answering('{"studies":[]}'), { state: 'unavailable', reason: 'unexpected response' }],
  ])('maps %s', async (_, fetch, expected) => {
    expect(await lookUpClinicalTrial(fetch, 'NCT99999999')).toEqual(expected);
  });
});
