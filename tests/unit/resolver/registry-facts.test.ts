import { describe, expect, it } from 'vitest';
import {
  clinicalTrialsSecondaryIdUrl,
  lookUpTrialBySecondaryId,
  registryFacts,
  StudySchema,
} from '../../../lib/resolver/adapters/clinicaltrials';
import { datesWords, enrolmentWords } from '../../../lib/evidence/registry-words';
import { assessSource } from '../../../lib/evidence/source-notes';
import type { RegistryFacts } from '../../../lib/shared/source-record';
import { readShared } from '../../helpers/shared-data';
import { makeRecord } from '../../helpers/source-record';
import { testResolver } from '../../helpers/test-resolver';

const PAGE = readShared('api-samples/clinicaltrials/studies_search_page_10_full_records.json');
/** A study as JSON, loose enough to change one field of it in a test. */
type StudyJson = { protocolSection: { identificationModule: { nctId: string }; sponsorCollaboratorsModule: { collaborators: unknown[] } } };
const studies = () => (JSON.parse(PAGE) as { studies: StudyJson[] }).studies;
const facts = (nct: string, change: (study: StudyJson) => void = () => {}): RegistryFacts => {
  const study = studies().find((s) => s.protocolSection.identificationModule.nctId === nct)!;
  change(study);
  return registryFacts(StudySchema.parse(study));
};
const notesFor = (registry: RegistryFacts) =>
  assessSource(makeRecord({ ids: { doi: null, pmid: null, pmcid: null, nct: [registry.nct] }, registry }), 'rct').notes;

describe('registry facts from the ten real ClinicalTrials.gov studies', () => {
  it('keeps why a trial stopped and says it (NCT01126879, terminated, oncology)', () => {
    const terminated = facts('NCT01126879');
    expect(terminated.whyStopped).toBe('Closed due to low accrual');
    expect(notesFor(terminated).find((n) => n.code === 'registered-trial')!.message).toBe(
      'Registered in advance as NCT01126879 (terminated, 12 enrolled, stopped early: “Closed due to low accrual”, results posted).',
    );
    // A completed trial in another field says nothing of stopping.
    expect(notesFor(facts('NCT05013879')).find((n) => n.code === 'registered-trial')!.message).not.toMatch(/stopped/);
  });

  it('words an estimated count by the status: "planned" only while recruiting', () => {
    expect(enrolmentWords(facts('NCT00517179'))).toBe('about 40 (estimated)'); // completed, count estimated
    expect(enrolmentWords(facts('NCT06714279'))).toBe('144 planned'); // not yet recruiting
    expect(enrolmentWords(facts('NCT05013879'))).toBe('65 enrolled'); // actual
  });

  it('marks dates as happened or expected', () => {
    expect(datesWords(facts('NCT05602779'))).toBe('started 2023-10-08, expected to end 2027-09-30');
    expect(datesWords(facts('NCT06714279'))).toBe('expected to start 2025-01, expected to end 2025-01');
    expect(datesWords(facts('NCT01126879'))).toBe('started 2011-02-03, ended 2013-12-28');
  });

  it('notes a company among the collaborators; a public collaborator is not one', () => {
    // NCT01126879 lists the National Cancer Institute (class NIH) as collaborator.
    expect(notesFor(facts('NCT01126879')).map((n) => n.code)).not.toContain('industry-funded');
    const withCompany = facts('NCT01126879', (study) => {
      study.protocolSection.sponsorCollaboratorsModule.collaborators[0] = { name: 'Example Pharma Inc.', class: 'INDUSTRY' };
    });
    expect(withCompany.industryCollaborators).toEqual(['Example Pharma Inc.']);
    expect(notesFor(withCompany).find((n) => n.code === 'industry-funded')).toMatchObject({
      message: 'A company collaborates on the trial: Example Pharma Inc.',
      evidence: 'ClinicalTrials.gov NCT01126879: collaborators',
    });
  });
});

describe('trials registered elsewhere', () => {
  it('asks ClinicalTrials.gov for the other registry id and accepts only a study listing exactly it', async () => {
    expect(clinicalTrialsSecondaryIdUrl('ISRCTN75784880')).toBe(
      'https://clinicaltrials.gov/api/v2/studies?query.id=ISRCTN75784880&pageSize=5',
    );
    const answer = async () => new Response(PAGE);
    const found = await lookUpTrialBySecondaryId(answer, 'NCI-2010-00941');
    expect(found.state === 'resolved' && found.facts.nct).toBe('NCT01126879');
    expect(await lookUpTrialBySecondaryId(answer, 'ISRCTN75784880')).toEqual({ state: 'not-found' });
  });
});

describe('the resolver and a trial registered elsewhere', () => {
  it('attaches the ClinicalTrials.gov record that lists the ISRCTN number Crossref gives (real PLoS ONE item)', async () => {
    const page2 = JSON.parse(readShared('api-samples/crossref/journals_1932-6203_works_cursor_page2.json')) as {
      message: { items: Array<{ DOI: string }> };
    };
    const work = page2.message.items.find((item) => item.DOI === '10.1371/journal.pone.0000542')!;
    // A real study, listing the ISRCTN number among its secondary ids for this test.
    const study = studies().find((s) => s.protocolSection.identificationModule.nctId === 'NCT05600179')!;
    Object.assign(study.protocolSection.identificationModule, { secondaryIdInfos: [{ id: 'ISRCTN75784880' }] });
    const asked: string[] = [];
    const fetch = async (url: string) => {
      asked.push(url);
      const { hostname, pathname } = new URL(url);
      if (hostname === 'api.crossref.org') return new Response(JSON.stringify({ status: 'ok', message: { items: [work] } }));
      if (hostname === 'clinicaltrials.gov' && pathname === '/api/v2/studies') return new Response(JSON.stringify({ studies: [study] }));
      return new Response(JSON.stringify({ hitCount: 0, resultList: { result: [] } }));
    };
    const [result] = await testResolver(fetch).resolve(['doi:10.1371/journal.pone.0000542']);
    expect(result!.record).toMatchObject({ ids: { trials: ['ISRCTN75784880'], nct: ['NCT05600179'] }, registry: { nct: 'NCT05600179' } });
    expect(asked).toContain(clinicalTrialsSecondaryIdUrl('ISRCTN75784880'));
  });
});
