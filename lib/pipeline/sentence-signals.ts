import { quoteAround } from '../evidence/classify-design';
import type { PageSignals } from '../evidence/page-checklist';
import { healthHypeIn } from '../text/health-hype';
import { isLabelText } from '../text/label-text';

const HARMS =
  /\b(side[- ]effects?|adverse (events?|effects?|reactions?)|complications?|toxicity|harm(s|ful)?|overdose|drug interactions?|risks? (of|from) (the |this |taking |high )?(treatment|drug|therapy|supplement|injections?|medication|vitamin|dose)\w*)\b/i;
const DISMISSIVE =
  /\b(negligible|no|few|minimal|without|free of|zero|little)\b[^.]{0,25}\b(side[- ]effects?|adverse|risks?|harms?)\b|\b(completely|very|totally|perfectly|entirely) safe\b|\bwell[- ]tolerated\b/i;
const COSTS =
  /\b(costs?|costly|price[sd]?|pricing|expensive|inexpensive|cheap|affordable|insurance|insurer|reimburs\w*|out[- ]of[- ]pocket|per (month|year|dose|injection))\b|[$€£]\s?\d/i;
const LIMITATIONS =
  /\b(limitations?|small (study|trial|sample|number)|(larger|longer|further|more|bigger|additional|independent)\b(?: and \w+)? (studies|trials|research)|more research|preliminary|not yet (been )?(proven|confirmed|replicated|shown)|(interpreted|taken|viewed) with caution|caveats?|observational (study|studies|data)|cannot (prove|show|establish)|does not prove|needs? (to be )?confirm\w*|early[- ]stage research)\b/i;
// "instead of" offers an alternative only when a treatment follows ("physiotherapy instead of surgery"),
// not an errand ("the stairs instead of the elevator") or a bill ("instead of using insurance", an InStyle page).
const ALTERNATIVES =
  /\b(alternatives?|other (treatments?|options|therapies|drugs|medications)|existing (treatments?|drugs|therapies)|standard (treatment|care|therapy)|usual care|(approved|available|current|conventional) (treatments?|drugs|therapies|medications?)|instead of (?:taking |using |having |being given |a |an |the |their |other )*(?:[\p{L}-]+ )?(?:treatments?|therap(?:y|ies)|drugs?|medicines?|medications?|pills?|tablets?|injections?|infusions?|surgery|operations?|procedures?|vaccines?|antibiotics?|painkillers?|steroids?|inhalers?|creams?|supplements?|physiotherapy|chemotherapy|radiotherapy|counselling|\p{L}+(?:mab|nib|pril|olol|sartan|statins?|azole|mycin|cillin|vir|zepam|tidine|prazole|oxacin|cycline))|compared (with|to) (the )?(standard|usual|existing|current))\b/iu;
const FUNDING =
  /\b(was|were|is|are) (funded|financed|sponsored|paid for|supported) (in part )?by\b|\bdisclosures?:|\bhas no (financial|competing|conflicts?)\b/i;
const DATED =
  /\b(published|updated|posted|last (updated|reviewed|modified)|reviewed)(?: on)?:?\s+((?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+(?:\d{1,2},?\s+)?\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})/i;
/** A news dateline opening the story: "Feb. 23, 2015 -- …", "LONDON, March 3, 2019 — …". */
const DATELINE =
  /^\s*(?:[\p{Lu}][\p{Lu}\p{L} .'-]{1,40},\s*)?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\s*(?:--|—|–|\/)/iu;
const BYLINE = /^\s*(?:[Bb]y|[Ww]ritten by|[Aa]uthor:|[Ww]ords by)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}/u;
const MAX_SENSATIONAL = 5;

/** Notes what one sentence of the page says for the checklist; the first quote of each kind is kept. */
export function noteSentenceSignals(sentence: string, signals: PageSignals, inArticle: boolean): void {
  const quote = (match: RegExpExecArray) => quoteAround(sentence, match.index, match[0].length, 60);
  if (!signals.author) {
    const byline = BYLINE.exec(sentence);
    if (byline && sentence.length < 80) signals.author = `Byline: ${sentence.trim()}`;
  }
  if (!signals.date) {
    const dated = DATED.exec(sentence) ?? DATELINE.exec(sentence);
    if (dated) signals.date = quote(dated);
  }
  if (!signals.conflicts) {
    const funding = FUNDING.exec(sentence);
    if (funding) signals.conflicts = quote(funding);
  }
  // A menu item or box title ("Drug Interaction Checker") says nothing about this article's treatment.
  if (!inArticle || isLabelText(sentence)) return;
  const harms = signals.harms ? null : HARMS.exec(sentence);
  if (harms) {
    if (DISMISSIVE.test(sentence)) signals.harmsDismissed ??= quote(harms);
    else signals.harms = quote(harms);
  } else if (!signals.harms && !signals.harmsDismissed) {
    const dismissive = DISMISSIVE.exec(sentence);
    if (dismissive) signals.harmsDismissed = quote(dismissive);
  }
  for (const [key, pattern] of [
    ['costs', COSTS],
    ['limitations', LIMITATIONS],
    ['alternatives', ALTERNATIVES],
  ] as const) {
    if (signals[key]) continue;
    const match = pattern.exec(sentence);
    if (match) signals[key] = quote(match);
  }
  noteSensational(sentence, signals);
}

/** Keeps a quote of sensational wording, once per phrase ("glimmer of hope" in the headline and the text is one). */
export function noteSensational(text: string, signals: PageSignals): void {
  if (signals.sensational.length >= MAX_SENSATIONAL) return;
  const match = healthHypeIn(text);
  if (!match) return;
  const phrase = match.word.toLowerCase();
  if (signals.sensational.some((quote) => quote.toLowerCase().includes(phrase))) return;
  signals.sensational.push(quoteAround(text, match.index, match.word.length, 30));
}
