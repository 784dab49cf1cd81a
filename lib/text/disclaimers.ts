/** Kinds of disclaimer and disclosure (evidence scheme §6, and `medical-review` for "reviewed by"). */
export type DisclaimerKind =
  | 'medical-advice'
  | 'consult-professional'
  | 'not-evaluated'
  | 'affiliate'
  | 'sponsored'
  | 'conflict-of-interest'
  | 'editorial-independence'
  | 'medical-review';

/** One family of wording of one kind: a name for its table test, and the pattern. */
export interface DisclaimerFamily {
  kind: DisclaimerKind;
  family: string;
  pattern: RegExp;
}

const PROFESSIONAL = String.raw`(?:doctor|physician|GP|health ?care (?:professional|provider|practitioner|team)|pharmacist|medical professional|qualified (?:health )?(?:care )?professional|health professional|dietitian|clinician)s?`;

/**
 * Wording of each kind of disclaimer and disclosure, family by family. Copyright lines are none of
 * them, and a form asking the reader to disclose something discloses nothing.
 */
export const DISCLAIMER_FAMILIES: readonly DisclaimerFamily[] = [
  {
    kind: 'not-evaluated',
    family: 'fda-statement',
    pattern: /\bnot been evaluated by the (?:U\.?S\.? )?(?:food and drug administration|FDA)\b/i,
  },
  {
    kind: 'medical-advice',
    family: 'not-advice',
    pattern:
      /\bnot (?:intended|meant|designed) (?:to|as|for)\b[^.]{0,60}\b(?:medical|health) advice\b|\b(?:is|are) not medical advice\b|\bdoes not (?:provide|constitute|offer) (?:medical|health) advice\b/i,
  },
  {
    kind: 'medical-advice',
    family: 'no-substitute',
    pattern:
      /\bnot (?:a substitute|intended (?:to|as a) substitute|to be used as a substitute|meant to (?:replace|substitute)|to replace|intended to replace)\b[^.]{0,40}\b(?:medical|health|professional|doctor|physician|provider)\b|\bshould not be (?:used as a substitute|relied upon)\b/i,
  },
  { kind: 'medical-advice', family: 'information-only', pattern: /\bfor (?:general )?(?:information(?:al)?|educational) purposes only\b/i },
  { kind: 'medical-advice', family: 'not-diagnosis', pattern: /\bnot (?:diagnos\w*|intended to diagnose)\b[^.]{0,30}\btreat\w*/i },
  {
    kind: 'medical-advice',
    family: 'other-languages',
    pattern:
      /\bersetzt (?:keine|nicht die) (?:ärztliche|medizinische) (?:Beratung|Behandlung|Diagnose)\b|\bne remplace pas (?:un avis|une consultation|l'avis) médical/i,
  },
  {
    kind: 'consult-professional',
    family: 'ask-a-professional',
    pattern: new RegExp(
      String.raw`\b(?:consult(?:s|ed|ing)?|seek(?:ing)? the advice of|talk(?:ing)? (?:to|with)|speak(?:ing)? (?:with|to)|check(?:ing)? with|ask)\b[^.]{0,25}\b${PROFESSIONAL}\b`,
      'i',
    ),
  },
  {
    kind: 'affiliate',
    family: 'commission',
    pattern:
      /\baffiliate (?:links?|commissions?|partners?|program)\b|\bwe (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|fee|portion|share)\b|\bearn from qualifying purchases\b|\bmay (?:earn|receive|get) (?:a )?(?:portion of sales|compensation|commission)\b/i,
  },
  {
    kind: 'affiliate',
    family: 'reader-supported',
    pattern: /\b(?:is|are) (?:supported|funded) by (?:its|our) (?:audience|readers)\b|\breader-supported\b/i,
  },
  {
    kind: 'sponsored',
    family: 'sponsored-content',
    pattern:
      /\bsponsored (?:content|post|article|by)\b|\bpaid (?:partnership|promotion|for by)\b|\badvertorial\b|\bthis (?:post|article|content) (?:is|was) sponsored\b|\bin partnership with\b|\bfrom our sponsors\b/i,
  },
  {
    kind: 'conflict-of-interest',
    family: 'interests-declared',
    pattern: /\b(?:conflicts? of interest|competing interests?|financial disclosures?|disclosures?\s*:)/i,
  },
  {
    kind: 'conflict-of-interest',
    family: 'funding',
    pattern:
      /\b(?:funded|financed|paid for|supported|sponsored) (?:in part |partly |wholly )?by\b[^.]{0,80}\b(?:company|inc|ltd|llc|gmbh|corp\w*|pharma\w*|manufacturer|industry|brand|grant|award|institutes?|foundation|council|agency|department|ministry|trust)\b|^\s*(?:primary )?(?:funding(?: source)?|grant support|financial support|sources? of funding)\s*:|\bthis (?:work|study|research|project) was (?:supported|funded)\b/i,
  },
  {
    kind: 'conflict-of-interest',
    family: 'payments-and-holdings',
    pattern:
      /\b(?:the author|authors?|I|we|she|he|dr\.? \w+) (?:owns?|own shares|holds?|sells?|am paid|is paid|are paid|receives?d?|has received|have received|reports?|reported|has|have)\b[^.]{0,60}\b(?:shares|stock(?: options)?|holdings|fees|grants?|patents?|payments?|honoraria|compensation|royalties|equity)\b/i,
  },
  {
    kind: 'conflict-of-interest',
    family: 'employment',
    pattern:
      /\b(?:is|was|are|were|serves? as) (?:a |an |the )?(?:director|employee|consultant|adviser|advisor|board member|founder|co-founder|shareholder|chief \w+ officer|CEO|CMO)\b[^.]{0,30}\b(?:at|of|for|with|to)\b[^.]{0,60}\b(?:company|inc|ltd|llc|corp\w*|pharma\w*|manufacturer|maker|brand|firm|whose product)\b|\bserves? on the (?:scientific )?advisory board\b/i,
  },
  {
    kind: 'editorial-independence',
    family: 'views-not-ours',
    pattern:
      /\b(?:views|opinions) expressed\b[^.]{0,60}\b(?:do not|don't|does not) (?:necessarily )?(?:reflect|represent)\b|\bdo(?:es)? not necessarily (?:reflect|represent) (?:the (?:official )?(?:views|position|policy)|those) of\b|\b(?:views|opinions) expressed by [^.]{0,40} are (?:their|his|her) own\b|\bsolely the responsibility of the authors?\b/i,
  },
  {
    kind: 'editorial-independence',
    family: 'editorial-control',
    pattern:
      /\beditorial(?:ly)? independen\w*\b|\b(?:maintains?|retains?|has) (?:full |complete |sole )?editorial (?:control|independence|responsibility)\b|\bdoes not endorse\b|\bis not responsible for the content of external (?:sites|websites|links)\b/i,
  },
  {
    kind: 'medical-review',
    family: 'reviewed-by',
    pattern:
      /^\s*(?:[Mm]edically |[Cc]linically |[Ee]xpert[- ]|[Ff]act[- ])?(?:[Rr]eviewed|[Cc]hecked|[Vv]etted) by\s+(?:[Dd]r\.?\s+)?[\p{Lu}]|\b[Mm]edical(?:ly)? [Rr]eview(?:er|ed)?\s*(?:by|:)\s*[\p{Lu}]/u,
  },
];

/** Headings that introduce a disclosure: the paragraph under "Funding:" or "Disclosures" is one. */
const DISCLOSURE_HEADING =
  /^\s*(?:(?:primary )?funding(?: source)?|grant support|financial support|sources? of funding|disclosures?|editors'? disclosures?|conflicts? of interest|competing interests?|declaration of interests?|financial disclosures?)\s*:?\s*$/i;

/** The kind of disclosure a heading introduces ("Primary Funding Source:", "Competing interests"), or null. */
export function disclosureHeadingKind(heading: string): DisclaimerKind | null {
  return DISCLOSURE_HEADING.test(heading) ? 'conflict-of-interest' : null;
}

/** A request to disclose ("Please disclose any conflicts…") is a form's prompt, not a disclosure. */
const REQUEST = /^\s*(?:please|kindly)\s+(?:disclose|declare|indicate|state|list)\b/i;

/** The kinds of disclaimer a sentence is (one sentence can disclose an affiliate link and a shareholding). */
export function disclaimerKinds(sentence: string): DisclaimerKind[] {
  if (/^\s*(©|\(c\)|copyright)\b/i.test(sentence) && !/\badvice\b/i.test(sentence)) return [];
  if (REQUEST.test(sentence)) return [];
  return [...new Set(DISCLAIMER_FAMILIES.filter(({ pattern }) => pattern.test(sentence)).map(({ kind }) => kind))];
}

/** The family of wording a sentence shows, for tests and for reading why it was taken. */
export function disclaimerFamilies(sentence: string): string[] {
  return DISCLAIMER_FAMILIES.filter(({ pattern }) => pattern.test(sentence)).map(({ family }) => family);
}
