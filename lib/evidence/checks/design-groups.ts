import type { DesignCode } from '../../shared/design-codes';

/** Designs that watch rather than assign: they show links, not causes. */
export const OBSERVATIONAL: ReadonlySet<DesignCode> = new Set(['cohort', 'case-control', 'cross-sectional', 'case-report']);

/** Designs done outside people. */
export const PRECLINICAL: ReadonlySet<DesignCode> = new Set(['animal', 'in-vitro']);

/** Designs weaker than a trial, that "trial" or "proven" would overstate. */
export const WEAKER_THAN_A_TRIAL: ReadonlySet<DesignCode> = new Set([...OBSERVATIONAL, ...PRECLINICAL, 'narrative-review', 'opinion']);

/** Designs without a randomised control group, that cannot prove an effect: "proven" overstates them (a single-arm or historically controlled study, as well as the weaker designs). */
export const UNABLE_TO_PROVE: ReadonlySet<DesignCode> = new Set([...WEAKER_THAN_A_TRIAL, 'non-randomised-trial']);

/** How a message names each design. */
export const DESIGN_PHRASES: Record<DesignCode, string> = {
  'meta-analysis': 'a meta-analysis',
  'systematic-review': 'a systematic review',
  rct: 'a randomised trial',
  'non-randomised-trial': 'a trial without randomisation',
  cohort: 'an observational study',
  'case-control': 'an observational (case-control) study',
  'cross-sectional': 'a survey or cross-sectional study',
  'secondary-analysis': 'a secondary analysis of earlier data',
  'case-report': 'a case report',
  'narrative-review': 'a narrative review',
  animal: 'an animal study',
  'in-vitro': 'a laboratory study in cells',
  guideline: 'a guideline',
  opinion: 'an opinion piece',
  'trial-registration': 'a registry record',
  unknown: 'of unknown design',
};
