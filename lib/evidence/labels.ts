import type { ClaimCheckCode } from './checks/types';
import type { ChecklistCriterion } from './page-checklist';

/** Short words a reader sees for each claim check (scheme §4); the codes stay stable, these may change. */
export const CHECK_LABELS: Record<ClaimCheckCode, string> = {
  'sample-size-mismatch': 'Number of people differs',
  'duration-mismatch': 'Length of study differs',
  'number-not-in-source': 'Figure not in the source',
  'effect-misstated': 'Result misstated',
  'design-overstated': 'Kind of study overstated',
  'population-mismatch': 'Different population',
  'intervention-mismatch': 'Different treatment',
  'causal-overreach': 'Cause and effect not shown',
  'contradicts-source': 'Contradicts the source',
  'relative-only': 'Relative figure only',
  'safety-overreach': 'Safety not shown',
  'uncited-claim': 'No source cited',
  'hype-language': 'Promotional wording',
  exaggeration: 'Stated more strongly than the source',
};

/** The question each checklist criterion answers (scheme §7). */
export const CHECKLIST_QUESTIONS: Record<ChecklistCriterion, string> = {
  'sources-cited': 'Does it cite its sources?',
  'primary-sources-linked': 'Does it identify the studies themselves?',
  'benefit-quantified-absolute': 'Is the benefit given in absolute numbers?',
  'harms-mentioned': 'Does it describe possible harms?',
  'costs-mentioned': 'Does it mention costs?',
  'evidence-quality-discussed': 'Does it discuss the limits of the evidence?',
  'alternatives-mentioned': 'Does it mention other options?',
  'conflicts-disclosed': 'Does it disclose funding or conflicts of interest?',
  'author-named': 'Is the author named?',
  'date-shown': 'Is a date shown?',
  'disclaimer-present': 'Is there a medical disclaimer?',
  'sensational-language': 'Does it use sensational wording?',
};

/** The answer to each criterion that a careful reader hopes for. */
export function isGoodAnswer(criterion: ChecklistCriterion, answer: 'yes' | 'no' | 'unclear'): boolean | null {
  if (answer === 'unclear') return null;
  return criterion === 'sensational-language' ? answer === 'no' : answer === 'yes';
}
