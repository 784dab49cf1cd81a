import { describe, expect, it } from 'vitest';
import { lookUpPubmed, parsePubmedXml, pubmedFetchUrl } from '../../../lib/resolver/adapters/pubmed';
import type { LookupId } from '../../../lib/resolver/adapters/types';
import { classifyDesign } from '../../../lib/evidence/classify-design';
import { readShared } from '../../helpers/shared-data';

const NOW = new Date('2026-11-25T00:00:00Z');
const sample = (name: string) => readShared(`api-samples/pubmed/${name}`);
const pmid = (value: string): LookupId => ({ key: `pmid:${value}`, kind: 'pmid', value });

describe('PubMed adapter (NCBI efetch XML)', () => {
  it('names the tool and, when given, the contact and key NCBI asks for', () => {
    const url = new URL(pubmedFetchUrl(['1', '2'], { email: 'reader@example.org', apiKey: 'k' }));
    expect(url.origin + url.pathname).toBe('https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      db: 'pubmed',
      id: '1,2',
      retmode: 'xml',
      tool: 'evidence-lens',
      email: 'reader@example.org',
      api_key: 'k',
    });
  });

  it('reads an RCT with its registry link, labelled abstract and MeSH terms (SYGMA 1, real record)', () => {
    const [record] = parsePubmedXml(sample('efetch_29768149_rct_with_nct.xml'), NOW);
    expect(record).toMatchObject({
      ids: { pmid: '29768149', doi: '10.1056/nejmoa1715274', nct: ['NCT02149199'] },
      title: 'Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma.',
      journal: 'The New England journal of medicine',
      year: 2018,
    });
    expect(record!.publicationTypes).toContain('Randomized Controlled Trial');
    expect(record!.abstract).toMatch(
      /^Background: In patients with mild asthma, as-needed use of an inhaled glucocorticoid plus a fast-acting β ?2-agonist/,
    );
    expect(record!.abstract).not.toMatch(/<sub>/);
    expect(classifyDesign(record!).design).toBe('rct');
  });

  it('reads an animal and cell-line study without Humans as animal (real record)', () => {
    const [record] = parsePubmedXml(sample('efetch_32306807_animal_mice_cell-line.xml'), NOW);
    expect(record!.meshTerms).toEqual(expect.arrayContaining(['Animals', 'Mice']));
    expect(classifyDesign(record!).design).toBe('animal');
  });

  it('reads the Meta-Analysis publication type and an ErratumIn correction (real records)', () => {
    expect(classifyDesign(parsePubmedXml(sample('efetch_37729413_meta-analysis.xml'), NOW)[0]!).design).toBe('meta-analysis');
    expect(parsePubmedXml(sample('efetch_38147649_erratum-in.xml'), NOW)[0]!.notices).toEqual([
      expect.objectContaining({ type: 'correction' }),
    ]);
  });

  it('reads a retraction from the Retracted Publication type and RetractionIn', () => {
    const xml = `<?xml version="1.0"?><PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">9500320</PMID><Article><Journal><Title>Lancet</Title><JournalIssue><PubDate><Year>1998</Year></PubDate></JournalIssue></Journal><ArticleTitle>Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children.</ArticleTitle><PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType><PublicationType UI="D016441">Retracted Publication</PublicationType></PublicationTypeList></Article><CommentsCorrectionsList><CommentsCorrections RefType="RetractionIn"><RefSource>Lancet. 2010 Feb 6;375(9713):445</RefSource><PMID Version="1">20137807</PMID></CommentsCorrections></CommentsCorrectionsList></MedlineCitation></PubmedArticle></PubmedArticleSet>`;
    const [record] = parsePubmedXml(xml, NOW);
    expect(record!.notices).toEqual([
      { type: 'retraction', date: '2010-02-06', noticeDoi: null, noticePmid: '20137807', source: 'PubMed' },
    ]);
  });

  it('answers each PMID of a batch, not found where the set lacks it, unavailable on failure', async () => {
    const ok = await lookUpPubmed(async () => new Response(sample('efetch_29768149_rct_with_nct.xml')), [pmid('29768149'), pmid('1')], NOW);
    expect([ok.get('pmid:29768149')?.state, ok.get('pmid:1')?.state]).toEqual(['resolved', 'not-found']);
    const failed = await lookUpPubmed(
      async () => new Response('{"error":"API rate limit exceeded","count":"4","limit":"3"}', { status: 429 }),
      [pmid('1')],
      NOW,
    );
    expect(failed.get('pmid:1')).toEqual({ state: 'unavailable', reason: 'HTTP 429' });
  });
});
