/**
 * Causal strength of a sentence (evidence scheme §5): 0 no relationship, 1 correlational,
 * 2 conditional causal, 3 direct causal.
 */
export type CausalStrength = 0 | 1 | 2 | 3;

// Calls for more research and recommendations state no finding, even when they name an effect.
const NO_FINDING =
  /\bshould (be|not)\b|\b(are|is|were|be) (urgently |still |also )?(needed|required|necessary|warranted)\b|\b(should|must) (be )?(explore|evaluat|investigat|examin|stud|assess|focus|consider|includ|part)\w*|\b(future|further|more|larger|additional|prospective) (\w+ )?(studies|research|trials|work|investigation)\b|\bto (determine|evaluate|investigate|understand|assess|explore|clarify|confirm|test|see|find out|learn) (whether|if|the)\b/i;

// Negated or comparative findings still state a (null) relationship between variables.
const NEGATED_OR_COMPARED =
  /\b(no|not|neither|nor|without)\b[^.;]{0,40}\b(significant(ly)?|difference|differ(ed)?|association|associated|correlat\w*|related)\b|\bdiffer\w*\b[^.;]{0,40}\bbetween\b|\b(similar|comparable)\b[^.;]{0,40}\b(between|in both|across|irrespective|regardless)\b|\b(higher|lower|greater|more|less|worse|better|severe|common|prevalent)\b(?:[^.;]|\.(?=\d)){0,50}\b(than|among|compared|versus|vs\.?|in (women|men|patients|children|those|individuals))\b|\b(prognostic|risk|predictive) (factors?|markers?)\b|\bmarkers? of\b/i;

// "Some studies link multivitamin use to a reduced risk" (a multivitamin page): the verb "link … to" is a link too; "the link below to book" is a web link.
const CORRELATIONAL =
  /\b((?<!-)associat\w*|correlat\w*|linked (to|with)|link between|(?<!\b(?:the|a|this|that|our|your) )links?(?= (?:[\w-]+ ){1,5}to\b)|relationship (between|with)|related to|relation (to|with|between)|predict\w*|risk factors?|in parallel with|co-?occur\w*|accompanied by|coincid\w*|dependent on|depends on|varied with|tended to)\b/i;

// Comparisons of risk that a causal verb outranks: "resulted in a lower rate" is causal, "had a lower rate" a link.
const COMPARED_RISK =
  /\b((more|less) likely|higher (risk|odds|rates?|incidence|prevalence)|lower (risk|odds|rates?|incidence|prevalence)|odds ratio|hazard ratio|relative risk|(increased|reduced|decreased|elevated) (risk|odds|likelihood|incidence|prevalence))\b/i;

// "more likely", "less likely" compare risks between groups: a result, not a hedge.
const HEDGE =
  /\b(may|might|could|can potentially|possibly|possible|potential(ly)?|perhaps|appear(s|ed)? to|seem(s|ed)? to|(?<!\b(more|less|as|most|least) )likely|unlikely|plausibl\w*|hypothes\w*|promis\w*|warrant\w*|speculat\w*|probabl\w*)\b/i;

// Verb forms only: nouns ("reduction", "treatment", "prevention") name a topic, not a finding.
// "A text reminder brings more women in for screening" (a screening trial) is a cause too: it moves people to act.
const CAUSAL =
  /\b(caus(e|es|ed|ing)|lead(s|ing)? to|led to|result(s|ed|ing)? in|reduc(e|es|ed|ing)|increas(e|es|ed|ing)|improv(e|es|ed|ing)|decreas(e|es|ed|ing)|lower(s|ed|ing)|rais(e|es|ed|ing)|prevent(s|ed|ing)?|slow(s|ed|ing)?|enhanc(e|es|ed|ing)|boost(s|ed|ing)?|cur(e|es|ed|ing)|protect(s|ed|ing)?|protective|effective(ly|ness)?|efficacious|efficacy|beneficial|benefit(s|ed|ted)?|induc(e|es|ed|ing)|inhibit(s|ed|ing)?|promot(e|es|ed|ing)|attenuat(e|es|ed|ing)|alleviat(e|es|ed|ing)|ameliorat(e|es|ed|ing)|worsen(s|ed|ing)?|trigger(s|ed|ing)?|help(s|ed|ing)?|restor(e|es|ed|ing)|stimulat(e|es|ed|ing)|suppress(es|ed|ing)?|block(s|ed|ing)?|eliminat(e|es|ed|ing)|exacerbat(e|es|ed|ing)|mitigat(e|es|ed|ing)|impair(s|ed|ing)?|augment(s|ed|ing)?|accelerat(e|es|ed|ing)|delay(s|ed|ing)?|extend(s|ed|ing)?|prolong(s|ed|ing)?|shorten(s|ed|ing)?|retain(s|ed|ing)?|preserv(e|es|ed|ing)|plays? (an? )?(important |key |major |central |crucial |critical )?roles?|contribut(e|es|ed|ing)|confer(s|red|ring)?|exert(s|ed|ing)?|precipitat(e|es|ed|ing)|involved in|minimi[sz](e|es|ed|ing)|diabetogenic|causal(ity)?|responsible for|due to|because of|owing to|affect(s|ed|ing)?|impact(s|ed|ing)? (on|the)|influenc(e|es|ed|ing)|modulat(e|es|ed|ing)|regulat(e|es|ed|ing)|mediat(e|es|ed|ing)|counter(s|ed|ing)?|treats?|is safe|are safe|was safe|were safe|well[- ]tolerated|superior|inferior|outperform(s|ed|ing)?|produc(e|es|ed|ing)|activat(e|es|ed|ing)|elevat(e|es|ed|ing)|normali[sz](e|es|ed|ing)|rescu(e|es|ed|ing)(?! (medicines?|medications?|therap(y|ies)|treatments?|inhalers?|drugs?|doses?))|revers(e|es|ed|ing)|halt(s|ed|ing)?|strengthen(s|ed|ing)?|weaken(s|ed|ing)?|damag(e|es|ed|ing)|kill(s|ed|ing)?|destroy(s|ed|ing)?|fight(s|ing)?|combat(s|ed|ing)?|effects? (of|on)|favou?rable effect|roles? (of|in|for)|determinants?|attribut(ed|able) to|amplif(y|ies|ied|ying)|alter(s|ed|ing)?|determin(es|ed)|key (role|elements?)|fundamental to|critical (in|for)|toxic|harm(s|ed|ful)|(works?|worked) (as well as|better than)|stop(s|ped|ping)|stop(?= (it|them|this|these|the|a|an|[a-z]+s)\b)|cut(s|ting)?|halv(e|es|ed|ing)|doubl(e|es|ed|ing)(?![- ]blind)|tripl(e|es|ed|ing)|sav(e|es|ed|ing) lives|shrank|shrink(s|ing)?|(hold|holds|held|holding|keep|keeps|kept|keeping) (the |their |his |her |its )?([\w-]+ )?(cancers?|disease|tumou?rs?|it|them|symptoms|decline|progression|growth|infections?|relapses?|attacks?|migraines?|seizures?|pain) (back|at bay|in check)|spar(e|es|ed|ing)|clear(s|ed) (the|infection)|heal(s|ed|ing)?|relie(ve|ves|ved|ving)|eas(es|ed|ing)|(provid|achiev|yield|produc|offer|deliver)(e|es|ed|ing|s)?\b[^.;]{0,40}\b(reductions?|improvements?|benefits?|protection|gains?|relief|decreases?|increases?)|(bring|brings|brought|bringing|gets?|got|getting|encourag(e|es|ed|ing)|persuad(e|es|ed|ing)|prompt(s|ed|ing)?|motivat(e|es|ed|ing)|nudg(e|es|ed|ing)) (more|fewer) (people|women|men|patients|children|adults|parents|families|teenagers|students|smokers|drinkers|users) (in|into|to|forward|back)\b)\b/i;

// A difference between a treated group and its control is an experiment's causal result, not a link.
const ARM_COMPARISON =
  /\b(than|compared with|compared to|versus|vs\.?|relative to)\s+(the\s+)?((those|people|patients|mice|rats|children|women|men|participants) (given|on|taking|receiving|in the)\s+)?(a\s+)?(placebo|sham|controls?|untreated|usual care|standard care|no treatment|the control group)\b|\b(treated|untreated) (mice|rats|animals|cells|patients|group)\b[^.;]*\b(than|compared)\b/i;

// "aimed at reducing", "needed to improve": a purpose, not an effect that was found.
const PURPOSE =
  /\b(in order to|so as to|aimed at|aiming at|aims? to|designed to|needed to|necessary to|needs to|used to|strateg(y|ies) to|measures to|interventions? to|in an effort to)\s+\w+/i;
// A global copy for blanking every purpose out: `.test()` on a global pattern would carry `lastIndex` from one sentence to the next.
const EVERY_PURPOSE = new RegExp(PURPOSE.source, 'gi');

// "28% of daily users reported having stopped smoking": the verb tells what the people counted did, not what caused it.
const SHARE_OF_PEOPLE_BEFORE =
  /\b\d+(?:\.\d+)?\s*(%|per ?cent)\s+of\s+([\p{L}-]+\s+){0,4}?(who\s+)?((reported|said|were|had)\s+(having\s+|been\s+)?)?$/iu;

// "Despite claims of a miracle cure, …", "Although hoped to improve sleep, …": what the concession names is not the finding.
const CONCESSION = /^\s*(despite|although|though|even though|while|whereas|contrary to)\b[^,;]*,/i;

// "Orvanbrutinib, a tablet that blocks an enzyme, has been tested": what a thing is, not what the study found.
const DESCRIBING_APPOSITIVE = /,\s+an?\s+[^,;]{0,60}?\b(?:that|which)\b[^,;]{0,80},/gi;

// "needed rescue medicines to raise their platelets": what a treatment is for, not an effect that was found.
const TREATMENT_PURPOSE =
  /(?<=\b(?:medicines?|medications?|drugs?|treatments?|therap(?:y|ies)|pills?|tablets?|injections?|procedures?|operations?)\s+)to\s+(?:help\s+)?[\p{L}-]+/giu;

// "Falls that caused an injury were about as common in both groups": a relative clause in the subject
// says which events were counted; the finding is the main verb after it ("were … halved", "were as common").
const SUBJECT_RELATIVE =
  /^\s*(?:(?:the|those|all|any|serious)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:that|which|who)\s+[^,;]{1,60}?(?=\s+(?:were|was|are|is|had|have|occurred|remained|did)\b)/iu;

// "adults whose field of vision had continued to shrink", "patients who had relapsed twice": what happened
// to the people before the study, the way they were chosen (a glaucoma trial), not what it found.
const HISTORY_OF_PEOPLE = /\b(?:who|whose(?: [\p{L}-]+){1,3}) had (?!no\b|not\b)[^,;:]*/giu;

// "heavy drinkers who cut down were less likely to …": what the people counted did is the exposure
// (a cohort of drinkers), not a cause the study found; the finding is the verb after it.
const PEOPLE_WHO_DID =
  /(?<=\b(?:people|patients|adults|men|women|children|participants|those|[\p{L}]+ers)\s+)who\s+(?!had\b)[^;.]{1,80}?(?=\s+(?:were|was|are|is|had|have|did|showed|developed|lived)\b)/giu;

// "rather than randomly asking some of them to cut down": what a study did not do (an alcohol cohort's caveat).
const NOT_DONE = /\b(?:rather than|instead of)\b[^,;.]*/gi;

// "a difference small enough to be due to chance": a finding of no difference, not a cause.
// ("put down to chance" holds "down to chance").
const CHANCE = String.raw`(?:due to|down to|explained by) chance\b`;
const BY_CHANCE = new RegExp(String.raw`\b(?:be |been |is |was |were |are )?${CHANCE}`, 'gi');

const blank = (m: string) => ' '.repeat(m.length);

/** The sentence with its purposes, concession and describing appositives blanked out, offsets kept. */
function findingText(sentence: string): string {
  return sentence
    .replace(EVERY_PURPOSE, blank)
    .replace(TREATMENT_PURPOSE, blank)
    .replace(DESCRIBING_APPOSITIVE, blank)
    .replace(CONCESSION, blank)
    .replace(HISTORY_OF_PEOPLE, blank)
    .replace(PEOPLE_WHO_DID, blank)
    .replace(NOT_DONE, blank)
    .replace(BY_CHANCE, blank)
    .replace(SUBJECT_RELATIVE, (m) => m.replace(/\b(?:that|which|who)\b[\s\S]*$/i, blank));
}

// "an increased risk", "with reduced kidney function", "Raised CRP was found in 21%": a participle used as an
// adjective names a state, not a cause (Yu et al. count "had an increased risk" as a link), and so does
// "a weakened immune system" (a diverticulitis trial's exclusions).
const PARTICIPLE =
  /^(increased|reduced|decreased|elevated|raised|lowered|improved|impaired|enhanced|prolonged|delayed|altered|worsened|suppressed|weakened|damaged|strengthened|shortened)$/i;
// "assigned to enhanced mouth care": after "to" a participle is an adjective (the verb would be "to enhance").
// "of freshly raised flaps", "with significantly reduced pain": an adverb between the article and the participle keeps it an adjective.
const ADJECTIVE_SLOT = /(?:^\s*|\b(?:(?:a|an|the|with|of|for|to)\s+(?:[\p{L}]+ly\s+)?|persistently\s+|chronically\s+))$/iu;

// "A heart rate so slow it needed treatment" (a septic-shock trial's harms): after a degree word or a copula, "slow" is an adjective.
const BARE_ADJECTIVE = /^slow$/i;
const DEGREE_OR_COPULA_BEFORE = /\b(?:so|too|very|as|how|more|less|is|was|were|are|be|been|remained|stayed)\s+$/i;

// "affecting 4.7% of patients", "affects about one in ten adults": how many have it, not what caused it.
const AFFECT = /^affect/i;
const HOW_MANY_AFTER =
  /^\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|up to\s+|more than\s+)?(?:\d|one in\b|(?:two|three|four|five|six|seven|eight|nine|ten) in\b)/i;

// "18% had a worsening of their curve" (a scoliosis cohort): after an article and before "of", an -ing form is a noun
// naming what was counted, not a verb of cause.
const GERUND_SLOT = /\b(?:a|an|the)\s+(?:[\p{L}]+\s+)?$/iu;
const ING_FORM = /ing$/i;
const OF_AFTER = /^\s+of\b/i;

/** The first causal wording of a sentence's finding: outside purposes and concessions, not a verb of the people counted. */
function findingCause(sentence: string): RegExpExecArray | null {
  const findings = findingText(sentence);
  const all = new RegExp(CAUSAL.source, 'gi');
  for (let match = all.exec(findings); match; match = all.exec(findings)) {
    const before = findings.slice(Math.max(0, match.index - 80), match.index);
    if (PARTICIPLE.test(match[0]) && ADJECTIVE_SLOT.test(before)) continue;
    if (BARE_ADJECTIVE.test(match[0]) && DEGREE_OR_COPULA_BEFORE.test(before)) continue;
    const after = findings.slice(match.index + match[0].length);
    if (AFFECT.test(match[0]) && HOW_MANY_AFTER.test(after)) continue;
    if (ING_FORM.test(match[0]) && GERUND_SLOT.test(before) && OF_AFTER.test(after)) continue;
    if (!SHARE_OF_PEOPLE_BEFORE.test(before)) return match;
  }
  return null;
}

/** The causal wording of a sentence's finding and where it stands ("prevent" in "hearing aids prevent dementia"), or null. */
export function causalWordingIn(sentence: string): { text: string; index: number } | null {
  const match = findingCause(sentence);
  return match ? { text: match[0], index: match.index } : null;
}

/** Classifies the causal strength of one sentence by its wording. */
export function causalStrength(sentence: string): CausalStrength {
  if (NO_FINDING.test(sentence)) return 0;
  if (CORRELATIONAL.test(sentence)) return 1;
  const findings = sentence.replace(EVERY_PURPOSE, ' ');
  // "did not reduce" still states a causal question answered; comparisons without a causal verb are links.
  if (findingCause(sentence)) return HEDGE.test(findings) ? 2 : 3;
  if (ARM_COMPARISON.test(findings)) return HEDGE.test(findings) ? 2 : 3;
  if (COMPARED_RISK.test(sentence) || NEGATED_OR_COMPARED.test(sentence) || AS_COMMON_IN_BOTH.test(sentence) || SAME_PACE.test(sentence))
    return 1;
  return 0;
}

// "we can't say that aspirin prevents liver cancer": contractions in either apostrophe deny the cause too.
const NEGATION =
  /\b(no|not|neither|nor|never|without|failed to|did not|does not|do not|was not|were not|cannot|(?:did|does|do|was|were|is|are|ca|could|wo|would)n['’]t)\b/i;

// "about as common in both groups", "as frequent among women as among men": no difference was found.
const AS_COMMON_IN_BOTH =
  /(?<!\b(?:twice|thrice|times|half|third|quarter)\s+)\b(?:about |roughly |almost |nearly |just |equally )?as (?:common|frequent|likely|rare|often|usual)\b(?: [\p{L}-]+){0,3} (?:in both|in each|across (?:the|both|all)|between the|(?:in|among|with) [^.;]{1,40}? as (?:in|among|with))\b/iu;

// "progressed at almost the same pace in both groups", "could be due to chance": no difference was found.
const SAME_PACE = new RegExp(
  String.raw`\bat (?:almost |about |roughly |nearly |much |exactly )?the same (?:pace|rate|speed|level)\b|\b${CHANCE}`,
  'i',
);

const NO_EFFECT_NOUN = /\bno (significant |clear |meaningful )?(difference|effect|benefit|association|improvement|reduction)\b/i;

// "recovered no better than those given a placebo" (a null stroke trial) states no effect; "no more than 2 cups" is a limit, not a comparison.
const NO_BETTER_THAN =
  /\b(no|not any|not) (better|worse|more|less|greater|fewer|faster|slower|sooner|different|more effective|less effective)\b(?: [\p{L}-]+){0,4} (than|from) (?!\d|one\b|two\b|three\b|a (few|couple|quarter|third|half)\b)/iu;

/**
 * True when a sentence states that an effect was not found ("did not reduce falls", "no benefit"):
 * a negation before its first causal wording. Such a finding is direct (strength 3) on Yu et al.'s
 * scale, but it claims no benefit, so it cannot overstate one.
 */
export function negatedFinding(sentence: string): boolean {
  const causal = findingCause(sentence);
  if (!causal)
    return NO_EFFECT_NOUN.test(sentence) || NO_BETTER_THAN.test(sentence) || AS_COMMON_IN_BOTH.test(sentence) || SAME_PACE.test(sentence);
  const before = findingText(sentence).slice(Math.max(0, causal.index - 50), causal.index);
  return NEGATION.test(before);
}

/**
 * The word classes the rules read, one 0/1 value each (no finding, association, compared risk,
 * negation or comparison, hedge, causal verb, arm comparison, purpose, negated finding): the
 * features a fitted model over the rules would take.
 */
export function strengthFeatures(sentence: string): number[] {
  const findings = sentence.replace(EVERY_PURPOSE, ' ');
  return [NO_FINDING, CORRELATIONAL, COMPARED_RISK, NEGATED_OR_COMPARED, HEDGE]
    .map((pattern): number => (pattern.test(sentence) ? 1 : 0))
    .concat([findingCause(sentence) !== null, ARM_COMPARISON.test(findings), PURPOSE.test(sentence), negatedFinding(sentence)].map(Number));
}
