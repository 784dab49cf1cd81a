import type { CheckedClaim } from '../../lib/evidence/claim-checks';

/** A claim as the checks read it: cites ref-1 by a marker and says nothing, unless told otherwise. */
export function checkedClaim(over: Partial<CheckedClaim> = {}): CheckedClaim {
  return {
    text: '',
    paragraph: '',
    referenceIds: ['ref-1'],
    citedBy: 'marker',
    design: null,
    designWords: [],
    participants: null,
    duration: null,
    dose: null,
    effects: [],
    strength: 0,
    safety: false,
    ...over,
  };
}
