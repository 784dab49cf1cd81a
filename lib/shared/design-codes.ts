/** Study design codes of the evidence scheme (§1). */
export const DESIGN_CODES = [
  'meta-analysis',
  'systematic-review',
  'rct',
  'non-randomised-trial',
  'cohort',
  'case-control',
  'cross-sectional',
  'secondary-analysis',
  'case-report',
  'narrative-review',
  'animal',
  'in-vitro',
  'guideline',
  'opinion',
  'trial-registration',
  'unknown',
] as const;

/** A study design code. */
export type DesignCode = (typeof DESIGN_CODES)[number];

/** Strength levels of the evidence scheme (§2). */
export const LEVELS = ['1', '2', '3', '4', '5', 'preclinical', 'unknown'] as const;

/** A strength level for "does this treatment help?". */
export type Level = (typeof LEVELS)[number];

/** Words a lay reader sees for each design. */
export const DESIGN_LABELS: Record<DesignCode, string> = {
  'meta-analysis': 'Meta-analysis',
  'systematic-review': 'Systematic review',
  rct: 'Randomised controlled trial',
  'non-randomised-trial': 'Non-randomised trial',
  cohort: 'Cohort (observational) study',
  'case-control': 'Case-control study',
  'cross-sectional': 'Cross-sectional study or survey',
  'secondary-analysis': 'Secondary analysis of earlier trial data',
  'case-report': 'Case report',
  'narrative-review': 'Narrative review',
  animal: 'Animal study',
  'in-vitro': 'Laboratory (in vitro) study',
  guideline: 'Guideline',
  opinion: 'Opinion, editorial or letter',
  'trial-registration': 'Trial registry record',
  unknown: 'Design unknown',
};

/** The level each design reaches (scheme §2). */
export const LEVEL_OF_DESIGN: Record<DesignCode, Level> = {
  'meta-analysis': '1',
  'systematic-review': '1',
  rct: '2',
  'non-randomised-trial': '3',
  cohort: '3',
  'case-control': '4',
  'cross-sectional': '4',
  'secondary-analysis': '4',
  'case-report': '4',
  'narrative-review': '5',
  opinion: '5',
  guideline: '5',
  animal: 'preclinical',
  'in-vitro': 'preclinical',
  'trial-registration': 'unknown',
  unknown: 'unknown',
};

/** Words a lay reader sees for each level. */
export const LEVEL_LABELS: Record<Level, string> = {
  '1': 'Level 1: pooled evidence from several studies',
  '2': 'Level 2: randomised trial',
  '3': 'Level 3: non-randomised or observational',
  '4': 'Level 4: weaker observational or re-analysis',
  '5': 'Level 5: expert opinion or review',
  preclinical: 'Preclinical: says nothing yet about benefit in people',
  unknown: 'Level unknown',
};

/** Two or three words for a badge, where space is tight. */
export const DESIGN_SHORT_LABELS: Record<DesignCode, string> = {
  'meta-analysis': 'Meta-analysis',
  'systematic-review': 'Syst. review',
  rct: 'RCT',
  'non-randomised-trial': 'Trial',
  cohort: 'Cohort',
  'case-control': 'Case-control',
  'cross-sectional': 'Survey',
  'secondary-analysis': 'Re-analysis',
  'case-report': 'Case report',
  'narrative-review': 'Review',
  animal: 'Animal',
  'in-vitro': 'In vitro',
  guideline: 'Guideline',
  opinion: 'Opinion',
  'trial-registration': 'Registry',
  unknown: 'Source',
};
