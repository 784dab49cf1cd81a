import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { cslItems, cslName } from '../../../lib/popup/csl-items';
import { exportCitations, formattedReferences } from '../../../lib/popup/export-citations';
import { NO_LOOKUPS } from '../../../lib/popup/page-verdict';
import { makeReference, makeReport, resolvedResult } from '../../helpers/page-report';

const page = makeReport({
  references: [
    makeReference({
      id: 'r2',
      number: 2,
      keys: ['doi:10.1001/jamaneurol.2022.0901'],
      result: resolvedResult('doi:10.1001/jamaneurol.2022.0901', {
        ids: { doi: '10.1001/jamaneurol.2022.0901', pmid: '35532908', pmcid: 'PMC9086935', nct: [] },
        title: 'Efficacy and Safety of Ultrahigh-Dose Methylcobalamin in Early-Stage Amyotrophic Lateral Sclerosis.',
        authors: ['Oki R', 'Izumi Y'],
        journal: 'JAMA neurology',
        year: 2022,
      }),
    }),
    makeReference({ id: 'r3', number: 3, text: 'Oki et al. 2022', sameAs: 'r2', keys: ['doi:10.1001/jamaneurol.2022.0901'] }),
    makeReference({ id: 'r4', number: 4, text: 'Jones P. Knee surgery outcomes. Orthopaedic Notes 2019;4:12-19.' }),
  ],
});
const items = cslItems(page, NO_LOOKUPS, 'Not found in a scholarly database.');

describe('cslItems', () => {
  it('lists each work once, a resolved one from its record and an unresolved one as the page wrote it', () => {
    expect(items).toEqual([
      {
        id: 'ref-2',
        type: 'article-journal',
        title: 'Efficacy and Safety of Ultrahigh-Dose Methylcobalamin in Early-Stage Amyotrophic Lateral Sclerosis',
        author: [
          { family: 'Oki', given: 'R.' },
          { family: 'Izumi', given: 'Y.' },
        ],
        'container-title': 'JAMA neurology',
        issued: { 'date-parts': [[2022]] },
        DOI: '10.1001/jamaneurol.2022.0901',
        PMID: '35532908',
        PMCID: 'PMC9086935',
      },
      {
        id: 'ref-4',
        type: 'document',
        title: 'Jones P. Knee surgery outcomes. Orthopaedic Notes 2019;4:12-19.',
        note: 'Not found in a scholarly database.',
      },
    ]);
  });

  it.each([
    ['Oki R', { family: 'Oki', given: 'R.' }],
    ['Kaji RJ', { family: 'Kaji', given: 'R. J.' }],
    ['Tao Fang', { family: 'Fang', given: 'Tao' }],
    ['Christina S. Birch', { family: 'Birch', given: 'Christina S.' }],
    ['WHO', { literal: 'WHO' }],
  ])('reads the author %s', (author, name) => {
    expect(cslName(author)).toEqual(name);
  });
});

describe('exportCitations', () => {
  it('writes BibTeX that Citation.js reads back to the same works', () => {
    const bibtex = exportCitations(items, 'bibtex');
    expect(bibtex).toContain('@article{');
    const back = new Cite(bibtex).data;
    expect(back).toHaveLength(2);
    expect(back[0]).toMatchObject({
      type: 'article-journal',
      title: 'Efficacy and Safety of Ultrahigh-Dose Methylcobalamin in Early-Stage Amyotrophic Lateral Sclerosis',
      DOI: '10.1001/jamaneurol.2022.0901',
      'container-title': 'JAMA neurology',
      issued: { 'date-parts': [[2022]] },
      author: [
        { family: 'Oki', given: 'R.' },
        { family: 'Izumi', given: 'Y.' },
      ],
    });
    expect(back[1]).toMatchObject({ title: 'Jones P. Knee surgery outcomes. Orthopaedic Notes 2019;4:12-19.' });
  });

  it('writes RIS and CSL-JSON with the identifiers', () => {
    const ris = exportCitations(items, 'ris');
    expect(ris).toMatch(/^TY {2}- JOUR$/m);
    expect(ris).toMatch(/^DO {2}- 10\.1001\/jamaneurol\.2022\.0901$/m);
    const csl = JSON.parse(exportCitations(items, 'csl')) as Array<Record<string, unknown>>;
    expect(csl.map((item) => item.DOI ?? null)).toEqual(['10.1001/jamaneurol.2022.0901', null]);
    expect(csl[0]).not.toHaveProperty('_graph');
  });

  it('formats a numbered Vancouver reference list', () => {
    const text = formattedReferences(items);
    expect(text).toMatch(/^1\. Oki R, Izumi Y\. Efficacy and Safety/m);
    expect(text).toMatch(/^2\. Jones P\. Knee surgery outcomes/m);
  });
});
