import { describe, expect, it } from 'vitest';
import { statesMarkerStatus } from '../../../lib/evidence/marker-status';

describe('statesMarkerStatus: a page saying who a marker-defined trial enrolled', () => {
  it.each([
    ['ER', 'The trial enrolled 842 patients whose oestrogen-receptor-positive, HER2-negative cancer had grown.'],
    ['ER', 'Women with estrogen receptor positive tumours took part.'],
    ['EGFR', 'People with EGFR exon 20 insertion-positive lung cancer took part.'],
    ['ACPA', 'All had anti-citrullinated protein antibody-positive arthritis.'],
    ['BRCA', 'Women who carry a mutation in BRCA1 were enrolled.'],
    ['HER2', 'Only HER2-low cancers were included, and all were HER2 negative by the old test.'],
    ['PSMA', 'In the trial, 468 men whose cancer showed up strongly on a PSMA scan were randomly assigned.'],
    ['HER2', 'Women were eligible only if their tumours stained strongly in a HER2 test.'],
  ] as const)('reads the %s status in “%s”', (marker, text) => expect(statesMarkerStatus(text, marker)).toBe(true));

  it.each([
    ['EGFR', 'The drug blocks EGFR, a growth signal that is switched on in many lung cancers.'],
    ['ER', 'The drug targets the estrogen receptor.'],
    ['ER', 'Patients tested positive for the virus.'],
    ['JAK2', 'Inhibitors of JAK2 are used in several blood cancers.'],
    ['PSMA', 'Patients had a PSMA scan before treatment to see where the cancer had spread.'],
  ] as const)('reads no %s status in “%s”', (marker, text) => expect(statesMarkerStatus(text, marker)).toBe(false));
});
