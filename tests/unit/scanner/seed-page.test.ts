import { describe, expect, it } from 'vitest';
import { scanPage } from '../../../lib/scanner/scan-page';
import { keysOfEntry } from '../../../lib/scanner/reference-keys';
import { parseHtml } from '../../helpers/dom';
import { readShared } from '../../helpers/shared-data';

describe('scanPage on the seed article (HTML form)', () => {
  const document = parseHtml(readShared('seed/greenmedinfo-als-b12.html'));
  const findings = scanPage(document);

  it('finds the five reference entries with their DOIs', () => {
    expect(findings.references.map((r) => [r.number, r.ids.doi])).toEqual([
      [1, '10.1016/s1474-4422(18)30054-1'],
      [2, '10.1001/jamaneurol.2022.0901'],
      [3, null],
      [4, '10.1136/jnnp-2018-319294'],
      [5, '10.1016/j.freeradbiomed.2009.04.023'],
    ]);
  });

  it('links the short form "Oki et al. 2022" to entry 2', () => {
    expect(findings.references[2]).toMatchObject({ id: 'ref-3', sameAs: 'ref-2' });
    expect(keysOfEntry(findings.references[2]!, findings.references)).toEqual(['doi:10.1001/jamaneurol.2022.0901']);
  });

  it('links the five superscript markers to their entries with their sentences', () => {
    expect(findings.citations.map((c) => [c.marker, c.referenceIds])).toEqual([
      ['1', ['ref-1']],
      ['2', ['ref-2']],
      ['3', ['ref-3']],
      ['4', ['ref-4']],
      ['5', ['ref-5']],
    ]);
    expect(findings.citations[0]!.sentence).toBe('Few pharmaceutical treatments for ALS have proven effective so far.');
    expect(findings.citations[3]!.sentence).toMatch(/^The effects were similar to those seen in a previous trial/);
  });
});
