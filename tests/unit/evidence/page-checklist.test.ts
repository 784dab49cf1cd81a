import { describe, expect, it } from 'vitest';
import { HEALTH_ONLY_CRITERIA, NO_SIGNALS, NOT_HEALTH_EVIDENCE, pageChecklist } from '../../../lib/evidence/page-checklist';
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

describe('the checklist’s health-only questions', () => {
  const checklist = (aboutHealth: boolean, harms: string | null = null) =>
    pageChecklist({
      signals: { ...NO_SIGNALS, aboutHealth, harms },
      references: [],
      markerCount: 0,
      claims: [{ text: 'The flake was coated in birch tar, the researchers found.', effects: [] }],
      disclaimers: [],
    });
  const byCriterion = (items: ReturnType<typeof checklist>) => new Map(items.map((i) => [i.criterion, i]));

  it('are left unclear, not failed, on a page that does not read as a health article', () => {
    const items = byCriterion(checklist(false));
    for (const criterion of HEALTH_ONLY_CRITERIA) {
      expect(items.get(criterion)).toEqual({ criterion, answer: 'unclear', evidence: NOT_HEALTH_EVIDENCE });
    }
    // Questions of any article are still asked.
    expect(items.get('sources-cited')?.answer).toBe('no');
    expect(items.get('author-named')?.answer).toBe('no');
  });

  it('are asked as before on a health article (a trial report twin)', () => {
    const items = byCriterion(checklist(true));
    expect(items.get('harms-mentioned')?.answer).toBe('no');
    expect(items.get('costs-mentioned')?.answer).toBe('no');
    expect(items.get('benefit-quantified-absolute')?.answer).toBe('no');
  });

  it('are not asked of a page off health even where its words would answer them', () => {
    expect(byCriterion(checklist(false, 'Two build agents reported memory leaks.')).get('harms-mentioned')?.answer).toBe('unclear');
  });

  it('are answered from the page on a health article', () => {
    expect(byCriterion(checklist(true, 'Two patients reported skin irritation.')).get('harms-mentioned')?.answer).toBe('yes');
  });
});
