import { describe, expect, it } from 'vitest';
import { findDois, findNctIds, findPmcids, findPmids, normaliseDoi, parseIdKey } from '../../../lib/shared/identifiers';

describe('normaliseDoi', () => {
  it.each([
    ['10.1001/jamaneurol.2022.0901', '10.1001/jamaneurol.2022.0901'],
    ['doi:10.1001/JAMANEUROL.2022.0901', '10.1001/jamaneurol.2022.0901'],
    ['DOI: 10.1001/jamaneurol.2022.0901', '10.1001/jamaneurol.2022.0901'],
    ['https://doi.org/10.1136/jnnp-2018-319294', '10.1136/jnnp-2018-319294'],
    ['http://dx.doi.org/10.1136/jnnp-2018-319294', '10.1136/jnnp-2018-319294'],
    ['https://doi.org/10.1016%2FS1474-4422%2818%2930054-1', '10.1016/s1474-4422(18)30054-1'],
    ['10.1016/S1474-4422(18)30054-1.', '10.1016/s1474-4422(18)30054-1'],
    ['10.1016/S1474-4422(18)30054-1),', '10.1016/s1474-4422(18)30054-1'],
    ['10.1000/xyz123;', '10.1000/xyz123'],
    ['10.1000/abc”', '10.1000/abc'],
    ['10.1000/abc]', '10.1000/abc'],
    [
      '10.1002/(sici)1097-0258(19980815/30)17:15/16<1661::aid-sim968>3.0.co;2-2',
      '10.1002/(sici)1097-0258(19980815/30)17:15/16<1661::aid-sim968>3.0.co;2-2',
    ],
    ['10.1002/ptr.4639/abstract', '10.1002/ptr.4639'],
    ['10.1056/NEJMoa1805819/full', '10.1056/nejmoa1805819'],
    ['https://doi.org/10.1001/jamaneurol.2022.0901?utm_source=feed&utm_medium=rss', '10.1001/jamaneurol.2022.0901'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseDoi(raw)).toBe(expected);
  });

  it.each(['10.1/x', '11.1000/abc', 'doi:', '10.1000/', '%E0%A4%A'])('refuses %s', (raw) => {
    expect(normaliseDoi(raw)).toBeNull();
  });
});

describe('findDois', () => {
  it('finds DOIs in running text, trims sentence punctuation and keeps balanced brackets', () => {
    expect(
      findDois(
        'See doi:10.1016/S1474-4422(18)30054-1. Also (https://doi.org/10.1001/jamaneurol.2022.0901), and 10.1136/jnnp-2018-319294, too.',
      ),
    ).toEqual(['10.1016/s1474-4422(18)30054-1', '10.1001/jamaneurol.2022.0901', '10.1136/jnnp-2018-319294']);
  });

  it('joins a DOI broken at a dot by a stray space, as PDFs copy them', () => {
    expect(findDois('J Neuroscience 24(20):4832–4839. doi: 10.1523/jneurosci. 0300-04.2004')).toEqual(['10.1523/jneurosci.0300-04.2004']);
    expect(findDois('Future Cardiol 11(1):27–37. doi:10.2217/fca .14.82')).toEqual(['10.2217/fca.14.82']);
    expect(findDois('see doi:10.1000/abc. 2019 was a good year')).toEqual(['10.1000/abc']);
  });

  it('finds the DOI inside a publisher URL, without the path that follows it', () => {
    expect(
      findDois('https://onlinelibrary.wiley.com/doi/10.1002/ptr.4639/abstract and https://www.nejm.org/doi/full/10.1056/NEJMoa1805819'),
    ).toEqual(['10.1002/ptr.4639', '10.1056/nejmoa1805819']);
  });

  it('returns each DOI once', () => {
    expect(findDois('10.1000/a 10.1000/A')).toEqual(['10.1000/a']);
  });
});

describe('PubMed, PMC and trial registry ids', () => {
  it('finds PMIDs written out and in PubMed links, not bare numbers', () => {
    expect(findPmids('PMID: 35532908; https://pubmed.ncbi.nlm.nih.gov/30636701/ and 12345678 alone')).toEqual(['35532908', '30636701']);
  });
  it('finds PMC ids and upper-cases them', () => {
    expect(findPmcids('pmc9086935 and PMC6581107')).toEqual(['PMC9086935', 'PMC6581107']);
  });
  it('finds NCT numbers of exactly eight digits', () => {
    expect(findNctIds('NCT03548311, nct00444613, NCT123')).toEqual(['NCT03548311', 'NCT00444613']);
  });
});

describe('parseIdKey', () => {
  it.each([
    ['doi:10.1001/jamaneurol.2022.0901', { kind: 'doi', value: '10.1001/jamaneurol.2022.0901' }],
    ['pmid:35532908', { kind: 'pmid', value: '35532908' }],
    ['pmcid:PMC9086935', { kind: 'pmcid', value: 'PMC9086935' }],
    ['nct:NCT03548311', { kind: 'nct', value: 'NCT03548311' }],
  ])('accepts %s', (key, expected) => {
    expect(parseIdKey(key)).toEqual(expected);
  });

  it.each([
    'doi:10.1001/ABC',
    'doi:10.1001/a b',
    'doi:10.1001/a"OR"1',
    'pmid:0123',
    'pmid:12345678901',
    'constructor:x',
    '__proto__:1',
    'url:https://x',
    'nothing',
  ])('refuses %s', (key) => {
    expect(parseIdKey(key)).toBeNull();
  });
});
