import { describe, expect, it } from 'vitest';
import { NO_SIGNALS, pageChecklist } from '../../../lib/evidence/page-checklist';
import { carriesPaperId, type PaperIds } from '../../../lib/evidence/paper-identifier';

const answer = (disclaimers: Array<{ kind: string; text: string }>) =>
  pageChecklist({ signals: NO_SIGNALS, references: [], markerCount: 0, claims: [], disclaimers }).find(
    (i) => i.criterion === 'conflicts-disclosed',
  )?.answer;

describe('the checklist’s conflicts item', () => {
  it('is not set by the title of a sponsor’s box beside the article', () => {
    expect(answer([{ kind: 'sponsored', text: 'Health Solutions From Our Sponsors' }])).toBe('no');
    expect(answer([{ kind: 'sponsored', text: 'Sponsored Links' }])).toBe('no');
  });

  it('is set by a statement that the article is sponsored, or by an affiliate notice', () => {
    expect(answer([{ kind: 'sponsored', text: 'This post is sponsored by Acme Vitamins.' }])).toBe('yes');
    expect(answer([{ kind: 'affiliate', text: 'We may earn a commission from links on this page.' }])).toBe('yes');
  });
});

const NO_IDS: PaperIds = { doi: null, pmid: null, pmcid: null, arxiv: null, nct: [], registry: [] };
const linkedItem = (entries: Array<{ ids: PaperIds }>) =>
  pageChecklist({
    signals: NO_SIGNALS,
    references: entries.map((entry) => ({ identified: carriesPaperId(entry) })),
    markerCount: 0,
    claims: [],
    disclaimers: [],
  }).find((i) => i.criterion === 'primary-sources-linked');

describe('the checklist’s primary-sources item', () => {
  it('counts only references that carry their paper’s identifier, not plain links', () => {
    const item = linkedItem([{ ids: { ...NO_IDS, doi: '10.1056/nejmoa2034577' } }, { ids: NO_IDS }, { ids: NO_IDS }]);
    expect(item).toEqual({
      criterion: 'primary-sources-linked',
      answer: 'yes',
      evidence: '1 of 3 references carry their paper’s identifier (DOI, PubMed, PMC, arXiv or trial registry)',
    });
  });

  it('answers no for a page whose references are all plain links', () => {
    expect(linkedItem([{ ids: NO_IDS }, { ids: NO_IDS }])?.answer).toBe('no');
  });

  it.each([
    ['a DOI', { doi: '10.1001/jama.2020.1' }],
    ['a PubMed number', { pmid: '35532908' }],
    ['a PMC number', { pmcid: 'PMC8049001' }],
    ['an arXiv number', { arxiv: '2101.00001' }],
    ['a trial registration', { nct: ['NCT04368728'] }],
    ['another registry’s number', { registry: ['ISRCTN12345678'] }],
  ])('takes %s as naming the paper', (_, ids) => expect(carriesPaperId({ ids: { ...NO_IDS, ...ids } })).toBe(true));
});
