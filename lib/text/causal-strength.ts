/**
 * Causal strength of a sentence (evidence scheme §5): 0 no relationship, 1 correlational,
 * 2 conditional causal, 3 direct causal.
 */
export type CausalStrength = 0 | 1 | 2 | 3;

// Calls for more research and recommendations state no finding, even when they name an effect.
const NO_FINDING =
  /\bshould (be|not)\b|\b(are|is|were|be) (urgently |still |also )?(needed|required|necessary|warranted)\b|\b(should|must) (be )?(explore|evaluat|investigat|examin|stud|assess|focus|consider|includ|part)\w*|\b(future|further|more|larger|additional|prospective) (\w+ )?(studies|research|trials|work|investigation)\b|\bto (determine|evaluate|investigate|understand|assess|explore|clarify|confirm) (whether|if|the)\b/i;

// Negated or comparative findings still state a (null) relationship between variables.
const NEGATED_OR_COMPARED =
  /\b(no|not|neither|nor|without)\b[^.;]{0,40}\b(significant(ly)?|difference|differ(ed)?|association|associated|correlat\w*|related)\b|\bdiffer\w*\b[^.;]{0,40}\bbetween\b|\b(similar|comparable)\b[^.;]{0,40}\b(between|in both|across|irrespective|regardless)\b|\b(higher|lower|greater|more|less|worse|better|severe|common|prevalent)\b[^.;]{0,50}\b(than|among|compared|versus|vs\.?|in (women|men|patients|children|those|individuals))\b|\b(prognostic|risk|predictive) (factors?|markers?)\b|\bmarkers? of\b/i;

const CORRELATIONAL =
  /\b(associat\w*|correlat\w*|linked (to|with)|link between|relationship (between|with)|related to|relation (to|with|between)|predict\w*|risk factors?|(more|less) likely|higher (risk|odds|rates?|incidence|prevalence)|lower (risk|odds|rates?|incidence|prevalence)|odds ratio|hazard ratio|relative risk|in parallel with|co-?occur\w*|accompanied by|coincid\w*|dependent on|depends on|varied with|tended to)\b/i;

const HEDGE =
  /\b(may|might|could|can potentially|possibly|possible|potential(ly)?|perhaps|appear(s|ed)? to|seem(s|ed)? to|suggest\w*|likely|unlikely|plausibl\w*|hypothes\w*|promis\w*|warrant\w*|speculat\w*|probabl\w*|indicat\w*)\b/i;

const CAUSAL =
  /\b(caus\w*|lead(s|ing)? to|led to|result(s|ed|ing)? in|reduc\w*|increas\w*|improv\w*|decreas\w*|lower(s|ed|ing)?|rais(e|es|ed|ing)|prevent\w*|slow(s|ed|ing)?|enhanc\w*|boost\w*|cur(e|es|ed|ing)|protect\w*|effective(ly|ness)?|efficac\w*|benefi\w*|induc\w*|inhibit\w*|promot\w*|attenuat\w*|alleviat\w*|ameliorat\w*|worsen\w*|trigger\w*|help(s|ed|ing)?|restor\w*|stimulat\w*|suppress\w*|block(s|ed|ing)?|eliminat\w*|exacerbat\w*|mitigat\w*|impair\w*|augment\w*|accelerat\w*|delay(s|ed|ing)?|extend(s|ed|ing)?|prolong\w*|shorten\w*|retain(s|ed|ing)?|preserv\w*|plays? (an? )?(important |key |major |central |crucial |critical )?roles?|contribut\w* to|responsible for|due to|because of|owing to|affect(s|ed|ing)?|impact(s|ed|ing)?|influenc\w*|modulat\w*|regulat\w*|mediat\w*|target(s|ed|ing)?|counter(s|ed|ing)?|treat(s|ed|ing)?|is safe|are safe|well[- ]tolerated|superior|outperform\w*|produc(e|es|ed|ing)|activat\w*|elevat\w*|normaliz\w*|normalis\w*|rescu\w*|revers(e|es|ed|ing)|halt\w*|strengthen\w*|weaken\w*|damag\w*|kill\w*|destroy\w*|fight\w*|combat\w*|effects? (of|on)|favou?rable effect|roles? (of|in|for)|determinants?|attribut\w* to|amplif\w*|alter(s|ed|ing)?|determin(es|ed|ing)|key (role|elements?)|fundamental to|critical (in|for)|diabetogenic|toxic\w*|harm\w*|(works?|worked) (as well as|better than)|stop(s|ped|ping)|cut(s|ting)?|halv\w*|doubl\w*|tripl\w*|sav(e|es|ed|ing) lives)\b/i;

// "aimed at reducing", "needed to improve": a purpose, not an effect that was found.
const PURPOSE =
  /\b(in order to|so as to|aimed at|aiming at|aims? to|designed to|needed to|necessary to|needs to|used to|strateg(y|ies) to|measures to|interventions? to|in an effort to)\s+\w+/gi;

/** Classifies the causal strength of one sentence by its wording. */
export function causalStrength(sentence: string): CausalStrength {
  if (NO_FINDING.test(sentence)) return 0;
  if (CORRELATIONAL.test(sentence) || NEGATED_OR_COMPARED.test(sentence)) return 1;
  const findings = sentence.replace(PURPOSE, ' ');
  if (CAUSAL.test(findings)) return HEDGE.test(findings) ? 2 : 3;
  return 0;
}
