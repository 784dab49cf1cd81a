import { describe, expect, it } from 'vitest';
import { NO_SIGNALS } from '../../../lib/evidence/page-checklist';
import { collectParagraphDisclaimers } from '../../../lib/pipeline/paragraph-disclaimers';
import type { Disclaimer } from '../../../lib/pipeline/types';
import { splitSentences } from '../../../lib/text/sentences';

function collect(text: string, heading = false): { disclaimers: Disclaimer[]; prose: string[] } {
  const out = { disclaimers: [] as Disclaimer[], signals: { ...NO_SIGNALS, sensational: [] } };
  const prose = collectParagraphDisclaimers(splitSentences(text), { text, heading, inArticle: true }, out, { disclosure: null });
  return { disclaimers: out.disclaimers, prose: prose.map((s) => s.text) };
}

describe('the disclaimers of one paragraph', () => {
  it('reads a paragraph that opens with “Disclosures:” to its end as one disclosure', () => {
    const { disclaimers, prose } = collect(
      "Editors' Disclosures: Christine Laine, MD, reports that her spouse has stock options with Targeted Diagnostics. " +
        'Christina C. Wee, MD, reports employment with Beth Israel Deaconess Medical Center. ' +
        'Sankey V. Williams, MD, reports that he has no financial relationships or interests to disclose.',
    );
    expect(disclaimers).toHaveLength(1);
    expect(disclaimers[0]!.kind).toBe('conflict-of-interest');
    expect(disclaimers[0]!.text).toContain('Sankey V. Williams');
    expect(prose).toEqual([]);
  });

  it('does not carry a disclosure without a label into the next sentence', () => {
    const { disclaimers, prose } = collect('The author owns shares in Pfizer. Statins lower cholesterol in most adults.');
    expect(disclaimers).toEqual([{ kind: 'conflict-of-interest', text: 'The author owns shares in Pfizer.' }]);
    expect(prose).toEqual(['Statins lower cholesterol in most adults.']);
  });

  it('takes a sponsor’s box title from a heading, and no other kind', () => {
    expect(collect('Health Solutions From Our Sponsors', true).disclaimers).toEqual([
      { kind: 'sponsored', text: 'Health Solutions From Our Sponsors' },
    ]);
    expect(collect('Medically reviewed by Daniel Murrell, MD', true).disclaimers).toEqual([]);
  });
});
