import { CHECKLIST_CRITERIA, type ChecklistCriterion } from '../shared/checklist-criteria';
import { isBenefitFigure } from '../text/effect-figures';
import { isLabelText } from '../text/label-text';

export { CHECKLIST_CRITERIA, type ChecklistCriterion };

/** One answered criterion, with what the answer rests on. For `sensational-language`, `yes` is bad. */
export interface ChecklistItem {
  criterion: ChecklistCriterion;
  answer: 'yes' | 'no' | 'unclear';
  evidence: string;
}

/**
 * What the scanner noticed on the page for the checklist: for each, a quote of the first place
 * that says it, or null. Plain data, so it can be sent from the content script to the background.
 */
export interface PageSignals {
  author: string | null;
  date: string | null;
  harms: string | null;
  /** A sentence that waves harms away ("negligible side effects") rather than describing them. */
  harmsDismissed: string | null;
  costs: string | null;
  limitations: string | null;
  alternatives: string | null;
  conflicts: string | null;
  /** Quotes of sensational wording, the headline's first. */
  sensational: string[];
  /** Whether the page reads as a health article (`readsAsHealthPage`); the health-only questions are asked only then. */
  aboutHealth: boolean;
  /** The page is itself a scholarly article (its metadata says so): its own results cite nothing. */
  scholarlyArticle: boolean;
}

/** Signals of a page that says nothing: the start for a scan, and what a page without text has. */
export const NO_SIGNALS: PageSignals = {
  author: null,
  date: null,
  harms: null,
  harmsDismissed: null,
  costs: null,
  limitations: null,
  alternatives: null,
  conflicts: null,
  sensational: [],
  aboutHealth: true,
  scholarlyArticle: false,
};

/** What the checklist reads from the page besides its signals. */
export interface ChecklistInput {
  signals: PageSignals;
  /** The page's reference entries; `identified` when one carries its paper's identifier (DOI, PubMed, PMC, arXiv, registry). */
  references: ReadonlyArray<{ identified: boolean }>;
  markerCount: number;
  claims: ReadonlyArray<{ text?: string; effects: ReadonlyArray<{ text: string; relative: boolean | null; unit: string }> }>;
  disclaimers: ReadonlyArray<{ kind: string; text: string }>;
}

const DISCLOSURE_KINDS = new Set(['conflict-of-interest', 'sponsored', 'affiliate']);

/**
 * A disclosure of this article: a statement of its kind, not the title of a sponsor's box ("Health
 * Solutions From Our Sponsors", "Sponsored Links"), which labels adverts beside it.
 */
const disclosesArticle = ({ kind, text }: { kind: string; text: string }) => DISCLOSURE_KINDS.has(kind) && !isLabelText(text);
const ADVICE_KINDS = new Set(['medical-advice', 'consult-professional', 'not-evaluated']);

/** Answers the page checklist. Every answer quotes the page, or says what was looked for and not found. */
export function pageChecklist(input: ChecklistInput): ChecklistItem[] {
  const { signals, references, claims, disclaimers } = input;
  const item = (criterion: ChecklistCriterion, answer: ChecklistItem['answer'], evidence: string): ChecklistItem => ({
    criterion,
    answer,
    evidence,
  });
  const quoted = (text: string) => `“${text}”`;
  const found = (criterion: ChecklistCriterion, quote: string | null, missing: string) =>
    quote ? item(criterion, 'yes', quoted(quote)) : item(criterion, 'no', missing);
  const identified = references.filter((r) => r.identified).length;
  const disclosure = disclaimers.find(disclosesArticle);
  const advice = disclaimers.find((d) => ADVICE_KINDS.has(d.kind));
  return healthOnly(signals.aboutHealth, [
    references.length > 0
      ? item('sources-cited', 'yes', `${references.length} references, ${input.markerCount} in-text citation markers`)
      : item('sources-cited', 'no', 'No reference list, citation or link to a study was found'),
    identified > 0
      ? item(
          'primary-sources-linked',
          'yes',
          `${identified} of ${references.length} references carry their paper’s identifier (DOI, PubMed, PMC, arXiv or trial registry)`,
        )
      : item(
          'primary-sources-linked',
          'no',
          references.length > 0
            ? 'No reference carries its paper’s identifier (DOI, PubMed, PMC, arXiv or trial registry)'
            : 'No sources are cited, so none is linked',
        ),
    benefitAnswer(claims),
    signals.harms
      ? item('harms-mentioned', 'yes', quoted(signals.harms))
      : signals.harmsDismissed
        ? item('harms-mentioned', 'no', `Harms are only waved away, not described: ${quoted(signals.harmsDismissed)}`)
        : item('harms-mentioned', 'no', 'No mention of side effects, risks or harms was found'),
    found('costs-mentioned', signals.costs, 'No mention of cost, price or insurance cover was found'),
    found(
      'evidence-quality-discussed',
      signals.limitations,
      'Nothing on the limits of the evidence (size, design, need for more research) was found',
    ),
    found('alternatives-mentioned', signals.alternatives, 'No other treatment or option is mentioned'),
    signals.conflicts || disclosure
      ? item('conflicts-disclosed', 'yes', quoted(signals.conflicts ?? disclosure!.text))
      : item('conflicts-disclosed', 'no', 'No funding, sponsorship or conflict-of-interest statement was found'),
    found('author-named', signals.author, 'No author or byline was found'),
    found('date-shown', signals.date, 'No publication or update date was found'),
    advice ? item('disclaimer-present', 'yes', quoted(advice.text)) : item('disclaimer-present', 'no', 'No medical disclaimer was found'),
    signals.sensational.length > 0
      ? item('sensational-language', 'yes', signals.sensational.map(quoted).join('; '))
      : item('sensational-language', 'no', 'No sensational wording was found'),
  ]);
}

/** Questions that only a health article should answer: a page about a stone tool owes no side effects. */
export const HEALTH_ONLY_CRITERIA: ReadonlySet<ChecklistCriterion> = new Set([
  'benefit-quantified-absolute',
  'harms-mentioned',
  'costs-mentioned',
  'alternatives-mentioned',
  'disclaimer-present',
]);

/** Evidence of a health-only question not asked of a page that does not read as a health article. */
export const NOT_HEALTH_EVIDENCE = 'Not asked: the page does not read as a health article';

/**
 * On a page that is not about health, the health-only questions are not asked: neither failed (a
 * stone tool owes no side effects) nor passed by a figure of another field (a software survey's
 * "66% of respondents" is no benefit in absolute numbers).
 */
function healthOnly(aboutHealth: boolean, items: ChecklistItem[]): ChecklistItem[] {
  if (aboutHealth) return items;
  return items.map((entry) =>
    HEALTH_ONLY_CRITERIA.has(entry.criterion) ? { criterion: entry.criterion, answer: 'unclear', evidence: NOT_HEALTH_EVIDENCE } : entry,
  );
}

function benefitAnswer(claims: ChecklistInput['claims']): ChecklistItem {
  const effects = claims.flatMap((claim) => claim.effects.filter((e) => e.unit === '%' || e.unit === 'points'));
  // Only a figure of a study's result counts: an arm's rate against another's, a change, points; not a share.
  const absolute = claims
    .flatMap((claim) => claim.effects.map((effect) => ({ claim, effect })))
    .find(({ claim, effect }) => (claim.text === undefined ? effect.relative === false : isBenefitFigure(claim.text, effect)))?.effect;
  if (absolute) return { criterion: 'benefit-quantified-absolute', answer: 'yes', evidence: `“${absolute.text}”` };
  const relative = effects.filter((e) => e.relative === true);
  if (relative.length > 0)
    return {
      criterion: 'benefit-quantified-absolute',
      answer: 'no',
      evidence: `Only relative figures: ${relative.map((e) => `“${e.text}”`).join(', ')}`,
    };
  if (claims.length === 0)
    return { criterion: 'benefit-quantified-absolute', answer: 'unclear', evidence: 'The page reports no study result' };
  return {
    criterion: 'benefit-quantified-absolute',
    answer: 'no',
    evidence: 'The page reports study results without any figure for the benefit',
  };
}
