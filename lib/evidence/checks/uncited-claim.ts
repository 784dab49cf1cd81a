import type { CheckDefinition } from './types';

/** A study result with no citation, that names none of the page's sources either. */
export const uncitedClaim: CheckDefinition = {
  code: 'uncited-claim',
  scope: 'claim',
  wording: {
    uncited: () => 'This reports a study result but cites no source for it.',
  },
  run({ claim, reportsStudy, sourceNamed, onScholarlyArticle }) {
    // A journal article's own results ("Turning 65 was associated with …") need no citation (an Annals article page).
    if (claim.citedBy !== 'none' || !reportsStudy || sourceNamed || onScholarlyArticle) return null;
    return { severity: 'info', message: { key: 'uncited' }, evidence: `Page: “${claim.text}”` };
  },
};
