import { describe, expect, it } from 'vitest';
import { identifierLinks, referenceSearchLink } from '../../../lib/popup/identifier-links';
import { parseLookup } from '../../../lib/popup/lookup-input';

describe('parseLookup', () => {
  it.each([
    ['10.1001/jamaneurol.2022.0901', 'doi:10.1001/jamaneurol.2022.0901'],
    ['doi: 10.1001/JAMANEUROL.2022.0901.', 'doi:10.1001/jamaneurol.2022.0901'],
    ['https://doi.org/10.1136/bmj.m3379', 'doi:10.1136/bmj.m3379'],
    ['https://www.nejm.org/doi/full/10.1056/NEJMoa2034577', 'doi:10.1056/nejmoa2034577'],
    ['35532908', 'pmid:35532908'],
    ['PMID: 30636701', 'pmid:30636701'],
    ['https://pubmed.ncbi.nlm.nih.gov/30636701/', 'pmid:30636701'],
    ['https://europepmc.org/article/MED/30636701', 'pmid:30636701'],
    ['PMC9086935', 'pmcid:PMC9086935'],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC6581107/', 'pmcid:PMC6581107'],
    ['NCT03548311', 'nct:NCT03548311'],
    ['https://clinicaltrials.gov/study/NCT00444613', 'nct:NCT00444613'],
  ])('%s → %s', (input, key) => {
    expect(parseLookup(input)).toBe(key);
  });

  it.each([
    // Links and words that name no identifier are refused, not guessed at.
    'https://www.example.org/health/article-2022',
    'vitamin B12 ALS trial',
    '0123',
    'NCT123',
    '',
    '   ',
  ])('%j → null', (input) => {
    expect(parseLookup(input)).toBeNull();
  });
});

describe('identifierLinks', () => {
  it('builds DOI, PubMed, PMC and registry links from validated keys only', () => {
    const links = identifierLinks([
      'doi:10.1016/s1474-4422(18)30054-1',
      'pmid:30636701',
      'pmcid:PMC6581107',
      'nct:NCT00444613',
      'doi:javascript:alert(1)',
    ]);
    expect(links.map((link) => link.href)).toEqual([
      'https://doi.org/10.1016/s1474-4422(18)30054-1',
      'https://pubmed.ncbi.nlm.nih.gov/30636701/',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC6581107/',
      'https://clinicaltrials.gov/study/NCT00444613',
    ]);
    expect(links[0]!.pubmedSearch).toBe('https://pubmed.ncbi.nlm.nih.gov/?term=10.1016%2Fs1474-4422(18)30054-1%5Bdoi%5D');
  });

  it('searches PubMed for a reference’s own words, capped, and not for a stub', () => {
    expect(referenceSearchLink('Smith J. Statins & strokes. Lancet. 2020')).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/?term=Smith%20J.%20Statins%20%26%20strokes.%20Lancet.%202020',
    );
    expect(decodeURIComponent(referenceSearchLink('x'.repeat(400))!.split('term=')[1]!)).toHaveLength(250);
    expect(referenceSearchLink('Ibid.')).toBeNull();
  });
});
