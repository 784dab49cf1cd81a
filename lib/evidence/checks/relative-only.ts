import type { CheckDefinition } from './types';

// "from 5% to 4%", "3.1% vs 3.6%", "2 in 1,000", "percentage points", "number needed to treat",
// "eight fewer people with worsening disability for every 100 treated" (a multiple sclerosis page).
const ABSOLUTE_NEARBY =
  /\bfrom \d+(\.\d+)?\s*%\s*to\b|\b\d+(\.\d+)?\s*%\s*(vs\.?|versus|compared with|against)\s*\d+(\.\d+)?\s*%|\b\d[\d,]*\s+(in|out of)\s+(every\s+)?\d[\d,]*\b|\bpercentage points?\b|\bnumber needed to treat\b|\bNNT\b|\babsolute (risk|difference|reduction)\b|\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+(fewer|more|extra|additional)\b[^.;]{0,60}?\b(for|in|out of|per)\s+(every\s+|each\s+)?(\d|hundred|thousand)/i;

/** A relative change with no absolute figure in the claim or its paragraph (scheme §8). */
export const relativeOnly: CheckDefinition = {
  code: 'relative-only',
  scope: 'claim',
  wording: {
    noBaseline: ({ figure }) =>
      `“${figure}” is a relative change with no baseline: it does not say how many people it made a difference for.`,
  },
  run({ claim }) {
    const relative = claim.effects.find((e) => e.relative === true);
    if (!relative || claim.effects.some((e) => e.relative === false) || ABSOLUTE_NEARBY.test(claim.paragraph || claim.text)) return null;
    return { severity: 'info', message: { key: 'noBaseline', values: { figure: relative.text } }, evidence: `Page: “${claim.text}”` };
  },
};
