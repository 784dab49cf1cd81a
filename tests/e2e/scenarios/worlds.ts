import type { StandInWorld } from '../support/extension-page-server';
import { makeClaim, makeReference, makeReport, resolvedResult } from '../../helpers/page-report';

/** The fixture page `unreachable-sources.html` as its content script reports it when every service failed. */
export const OFFLINE_REPORT = {
  title: 'Coffee and heart rhythm: what the studies say',
  status: 'done',
  markerCount: 2,
  references: [
    {
      id: 'ref-1',
      number: 1,
      text: 'Rivera M, Chen L. Coffee intake and incident arrhythmia in a prospective cohort. Heart J Test. 2021;12(3):101-109. doi:10.5555/heart.2021.0101',
      sameAs: null,
      keys: ['doi:10.5555/heart.2021.0101'],
      result: { key: 'doi:10.5555/heart.2021.0101', state: 'unavailable', record: null, assessment: null },
      match: null,
    },
    {
      id: 'ref-2',
      number: 2,
      text: 'Okafor A, et al. Caffeine and ectopic beats: a randomised crossover trial. Test Cardiol. 2023;4:22-30.',
      sameAs: null,
      keys: [],
      result: null,
      match: null,
    },
  ],
  claims: [
    {
      text: 'A cohort of 3,000 adults found no rise in arrhythmia with coffee.',
      referenceIds: ['ref-1'],
      citedBy: 'marker',
      design: 'cohort',
      participants: 3000,
      duration: null,
      effects: [],
      strength: 1,
    },
  ],
  disclaimers: [],
  evaluation: {
    claimChecks: [],
    checklist: [],
    summary: '2 sources: 2 not resolved; 1 claim: none checked against a source; 1 not checked (service unavailable)',
  },
  timing: null,
};

/** A tab on news.example.org whose every source failed to answer, one source stored in the cache. */
export const OFFLINE_WORLD: StandInWorld = {
  report: OFFLINE_REPORT,
  site: 'news.example.org',
  sync: {},
  local: { 'source:doi:10.1001/x': { version: 2 }, 'source-index': {} },
};

const DERMATOLOGY_DOIS = ['10.1001/jamadermatol.2020.0001', '10.1111/bjd.2021.0002'] as const;

/** A dermatology page whose two sources resolved: what the export is made from. */
export const RESOLVED_WORLD: StandInWorld = {
  report: makeReport({
    title: 'Isotretinoin and acne: two trials',
    markerCount: 2,
    references: DERMATOLOGY_DOIS.map((doi, i) =>
      makeReference({
        id: `ref-${i + 1}`,
        number: i + 1,
        keys: [`doi:${doi}`],
        result: resolvedResult(`doi:${doi}`, {
          ids: { doi, pmid: null, pmcid: null, nct: [] },
          title: i === 0 ? 'Low-dose isotretinoin for moderate acne: a randomized trial' : 'Isotretinoin relapse after ten years: a cohort',
          authors: [i === 0 ? 'Lopez A' : 'Nakamura A'],
          journal: i === 0 ? 'JAMA Dermatology' : 'British Journal of Dermatology',
          year: 2020 + i,
        }),
      }),
    ),
    claims: [makeClaim('A randomized trial of 200 adults found low doses cleared acne in 70%.', ['ref-1'])],
  }),
  site: 'skin.example.org',
  sync: {},
  local: {},
};

/** The DOIs an export of `RESOLVED_WORLD` must carry, in page order. */
export const RESOLVED_DOIS = [...DERMATOLOGY_DOIS];
