/** Criteria of the page checklist (evidence scheme §7). */
export const CHECKLIST_CRITERIA = [
  'sources-cited',
  'primary-sources-linked',
  'benefit-quantified-absolute',
  'harms-mentioned',
  'costs-mentioned',
  'evidence-quality-discussed',
  'alternatives-mentioned',
  'conflicts-disclosed',
  'author-named',
  'date-shown',
  'disclaimer-present',
  'sensational-language',
] as const;

/** A checklist criterion. */
export type ChecklistCriterion = (typeof CHECKLIST_CRITERIA)[number];
