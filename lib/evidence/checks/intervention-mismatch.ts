import { SAME_DOSE_TOLERANCE } from '../doses';
import { ROUTE_WORDS } from '../fact-words';
import { findPhrase, pageQuote } from './quote';
import type { CheckDefinition } from './types';

/** How each route is named in a message. */
export const ROUTE_PHRASES: Record<string, string> = {
  oral: 'by mouth',
  injected: 'by injection or infusion',
  topical: 'on the skin',
  inhaled: 'by inhaling it',
};

/**
 * The treatment as the page describes it against the one the source's Methods describe: the route
 * (by mouth against injected), then the dose in comparable units. Words of the Background or of the
 * participants' history are not read, so an oral trial that mentions an injected alternative is fine.
 */
export const interventionMismatch: CheckDefinition = {
  code: 'intervention-mismatch',
  scope: 'source',
  wording: {
    route: ({ page, source }) => `The page speaks of the treatment taken ${page}; the study gave it ${source}.`,
    dose: ({ page, source }) => `The page gives a dose of ${page}; the study used ${source}.`,
  },
  run({ claim, facts }, { detail, design }) {
    const routes = detail.routes;
    // Cells in a dish are not given a treatment by any route; a paragraph that names the study's route has it right.
    const mentionsSourceRoute = routes?.value.some((route) => ROUTE_WORDS.find(([r]) => r === route)![1].test(claim.paragraph));
    if (facts.route && routes && design !== 'in-vitro' && !mentionsSourceRoute && !routes.value.includes(facts.route.value)) {
      return {
        severity: 'warning',
        message: {
          key: 'route',
          values: { page: ROUTE_PHRASES[facts.route.value]!, source: routes.value.map((r) => ROUTE_PHRASES[r]).join(' or ') },
        },
        evidence: `${pageQuote(claim.text, findPhrase(claim.text, facts.route.phrase.text))}; source: ${routes.evidence}`,
      };
    }
    const dose = facts.dose;
    const doses = detail.doses.filter((d) => dose && d.unit === dose.unit);
    if (dose && doses.length > 0 && !doses.some((d) => Math.abs(d.amount - dose.amount) <= d.amount * SAME_DOSE_TOLERANCE)) {
      return {
        severity: 'warning',
        message: {
          key: 'dose',
          values: { page: claim.dose?.amount + ' ' + claim.dose?.unit, source: doses.map((d) => d.text).join(', ') },
        },
        evidence: `${pageQuote(claim.text, findPhrase(claim.text, String(claim.dose?.amount ?? '')))}; source methods: ${doses.map((d) => `“${d.text}”`).join(', ')}`,
      };
    }
    return null;
  },
};
