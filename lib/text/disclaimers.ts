/** Kinds of disclaimer and disclosure (evidence scheme §6). */
export type DisclaimerKind =
  | 'medical-advice'
  | 'consult-professional'
  | 'not-evaluated'
  | 'affiliate'
  | 'sponsored'
  | 'conflict-of-interest'
  | 'editorial-independence';

/** Wording of each kind of disclaimer and disclosure (evidence scheme §6). Copyright lines are none of them. */
export const DISCLAIMER_PATTERNS: ReadonlyArray<[DisclaimerKind, RegExp]> = [
  ['not-evaluated', /\bnot been evaluated by the (U\.?S\.? )?(food and drug administration|FDA)\b/i],
  [
    'medical-advice',
    /\bnot (intended|meant|designed) (to|as|for)\b[^.]{0,60}\b(medical|health) advice\b|\bnot (a substitute|intended to substitute|to be used as a substitute|to replace) for (professional )?(medical|health)\b|\b(is|are) not medical advice\b|\bfor (general )?(information(al)?|educational) purposes only\b|\bnot (diagnos\w*|intended to diagnose)\b[^.]{0,30}\btreat\w*|\bdoes not (provide|constitute|offer) (medical|health) advice\b|\bersetzt (keine|nicht die) (ärztliche|medizinische) (Beratung|Behandlung|Diagnose)\b|\bne remplace pas (un avis|une consultation|l'avis) médical/i,
  ],
  [
    'consult-professional',
    /\b(consult|seek the advice of|talk to|talk with|speak (with|to)|check with|ask)\b[^.]{0,25}\b(doctor|physician|GP|health ?care (professional|provider|practitioner)|pharmacist|medical professional|qualified (health )?professional|health professional)s?\b/i,
  ],
  [
    'affiliate',
    /\baffiliate (links?|commissions?|partners?|program)\b|\bwe (may )?(earn|receive|get) (a )?(small )?(commission|fee)\b|\bearn from qualifying purchases\b/i,
  ],
  [
    'sponsored',
    /\bsponsored (content|post|article|by)\b|\bpaid (partnership|promotion|for by)\b|\badvertorial\b|\bthis (post|article|content) (is|was) sponsored\b|\bin partnership with\b/i,
  ],
  [
    'conflict-of-interest',
    /\b(conflicts? of interest|competing interests?|financial disclosures?)\b|\b(funded|financed|paid for|supported) (in part )?by\b[^.]{0,60}\b(company|inc|ltd|llc|gmbh|corp\w*|pharma\w*|manufacturer|industry|brand)\b|\b(the author|I|we) (owns?|own shares|holds?|sells?|am paid|is paid|are paid|receives?d?|has received|have received)\b[^.]{0,60}\b(shares|stock|fees|grants?|patent|payments?|honoraria|compensation|products?)\b/i,
  ],
  [
    'editorial-independence',
    /\b(views|opinions) expressed\b[^.]{0,60}\b(do not|don't|does not) (necessarily )?(reflect|represent)\b|\beditorial(ly)? independen\w*\b|\bdo not necessarily reflect (the views|those) of\b/i,
  ],
];

/** The kinds of disclaimer a sentence is (one sentence can disclose an affiliate link and a shareholding). */
export function disclaimerKinds(sentence: string): DisclaimerKind[] {
  if (/^\s*(©|\(c\)|copyright)\b/i.test(sentence) && !/\badvice\b/i.test(sentence)) return [];
  return DISCLAIMER_PATTERNS.filter(([, pattern]) => pattern.test(sentence)).map(([kind]) => kind);
}
