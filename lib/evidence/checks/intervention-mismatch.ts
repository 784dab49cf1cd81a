import { clauseSpan } from '../../text/clause-span';
import { SAME_DOSE_TOLERANCE } from '../doses';
import { frequenciesIn, SAME_FREQUENCY_TOLERANCE } from '../frequencies';
import { sectionText } from '../abstract-sections';
import { ROUTE_WORDS } from '../fact-words';
import { nearbyAboutOther } from '../nearby-subject';
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
    frequency: ({ page, source }) => `The page speaks of a dose taken ${page}; the study gave it ${source}.`,
  },
  run(view, source) {
    const { claim, facts } = view;
    const { detail, design } = source;
    const routes = detail.routes;
    // Cells in a dish are not given a treatment by any route; a paragraph that names the study's route has it right.
    const mentionsSourceRoute = routes?.value.some((route) => ROUTE_WORDS.find(([r]) => r === route)![1].test(claim.paragraph));
    if (
      facts.route &&
      routes &&
      design !== 'in-vitro' &&
      !mentionsSourceRoute &&
      !routes.value.includes(facts.route.value) &&
      !sourceNamesSameForm(facts.route.phrase.text, source.record.title ?? '', sectionText(detail.sections, 'methods')) &&
      // Beside the finding, "steroid injections are another option" names another treatment.
      !nearbyAboutOther(view, source, facts.route.phrase.index)
    ) {
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
    // The dose's whole clause names its drug: "combining 200 mg of ibuprofen with 500 mg of paracetamol".
    const doseClauseEnd = claim.dose ? endOfClause(claim.text, claim.text.indexOf(String(claim.dose.amount))) : 0;
    if (
      dose &&
      doses.length > 0 &&
      !doses.some((d) =>
        [dose.amount, dose.amount * facts.doseUnits].some((amount) => Math.abs(d.amount - amount) <= d.amount * SAME_DOSE_TOLERANCE),
      ) &&
      // Beside the finding, "standard care is 1,000 mg of metformin" gives another treatment's dose.
      !nearbyAboutOther(view, source, doseClauseEnd)
    ) {
      const doseTexts = [...new Set(doses.map((d) => d.text))];
      return {
        severity: 'warning',
        message: { key: 'dose', values: { page: claim.dose?.amount + ' ' + claim.dose?.unit, source: doseTexts.join(', ') } },
        evidence: `${pageQuote(claim.text, findPhrase(claim.text, String(claim.dose?.amount ?? '')))}; source methods: ${doseTexts.map((text) => `“${text}”`).join(', ')}`,
      };
    }
    // The schedule: only where the page states one and speaks of the treatment (a dose or route), and the source is a trial that gave it.
    const onPage = frequenciesIn(claim.text);
    const schedules = detail.frequencies;
    const same = (a: number, b: number) => Math.abs(a - b) <= b * SAME_FREQUENCY_TOLERANCE;
    if (
      onPage.length === 1 &&
      claim.dose &&
      TRIALS.has(design) &&
      schedules.length > 0 &&
      !schedules.some((s) => same(onPage[0]!.perWeek, s.perWeek)) &&
      // Beside the finding, "pegloticase, an enzyme given as a drip every two weeks" is another treatment's schedule.
      !nearbyAboutOther(view, source, onPage[0]!.index)
    ) {
      return {
        severity: 'warning',
        message: { key: 'frequency', values: { page: onPage[0]!.text, source: schedules.map((s) => s.text).join(' or ') } },
        evidence: `${pageQuote(claim.text, { text: onPage[0]!.text, index: onPage[0]!.index })}; source methods: ${schedules.map((s) => `“${s.text}”`).join(', ')}`,
      };
    }
    return null;
  },
};

/**
 * Words that name what a product is (a gel, a cream), not the way it goes in: the source may inject
 * or implant that very form ("a single intratympanic injection of a hyaluronic acid hydrogel"), and a
 * page that calls it "the gel" names it as the study does (a hearing-loss study in mice).
 */
export const PRODUCT_FORM = /^(gel|cream|ointment|lotion|patch|serum)(e?s)?$/i;

/** Whether the page's route word names a product form the source's title or Methods name too ("gel" in "hydrogel"). */
function sourceNamesSameForm(pageWord: string, title: string, methods: string): boolean {
  const form = PRODUCT_FORM.exec(pageWord.trim());
  if (!form) return false;
  return `${title} ${methods}`.toLowerCase().includes(form[1]!.toLowerCase());
}

const DOSE_CLAUSE_BOUNDARY = /[,;:—–()]/g;

/** Where the clause that holds `index` ends: its next comma, semicolon, colon, dash or bracket, or the sentence's end. */
function endOfClause(text: string, index: number): number {
  return clauseSpan(text, Math.max(0, index), 0, DOSE_CLAUSE_BOUNDARY).end;
}

/** Designs that gave a treatment on a schedule. */
const TRIALS: ReadonlySet<string> = new Set(['rct', 'non-randomised-trial']);
