import { HYPE_WORDS } from './hype-words';

/**
 * Sentences that speak of research without reporting what it found: aims, hypotheses, wonderings,
 * speculation, advice, how a device works, the reporter's own story, headlines glued to their
 * teasers. Each family is one named entry with its own table test.
 */
export interface NonFindingFamily {
  family: string;
  pattern: RegExp;
  /**
   * The family yields when the sentence also tells what a study did or saw in the past tense
   * ("… should be interpreted with care, but the trial found …"): the wording framed a result.
   */
  yieldsToResult: boolean;
}

/** A verb that tells what a study did or saw: the sentence reports a result, whatever frames it. */
export const RESULT_VERB =
  /\b(?:was|were|had|found|showed|shown|reported|observed|revealed|saw|spotted|detected|discovered|identified|received|took|gave|increased|decreased|reduced|improved|worsened|fell|rose|lowered|raised|doubled|halved|died|survived|recovered)\b/i;

/** Sentences about research that report no finding of it. */
export const NON_FINDINGS: readonly NonFindingFamily[] = [
  {
    // An abstract's objective is a bare infinitive clause; "To determine when …, the researchers used …" has a main clause after its comma.
    family: 'aim',
    pattern:
      /^(?:(?:objectives?|aims?|purpose|goals?)\s*:\s*)?to (?:determine|assess|evaluate|examine|investigate|compare|test|explore|identify|estimate|describe|quantify|measure|understand|characteri[sz]e|establish)\b[^,;:]*$/i,
    yieldsToResult: false,
  },
  {
    family: 'wondering',
    pattern: /\b(?:wonder(?:ed|s|ing)?|asked themselves) (?:whether|if|why|how|what)\b/i,
    yieldsToResult: false,
  },
  {
    family: 'hypothesis',
    pattern:
      /^(?!.*\b(?:confirm\w*|support\w*|refut\w*|reject\w*|consistent with|tested)\b).*(?:\b(?:from|with|on) (?:an?|the|their|this) (?:\w+ ){0,2}hypothesis\b|\bhypothesi[sz]e[ds]? that\b)/i,
    yieldsToResult: false,
  },
  {
    family: 'speculation',
    pattern:
      /^if (?:confirmed|replicated|validated|successful|proven|borne out)\b|\bhopefully\b|\b(?:could|may|might) (?:one day|someday|eventually|potentially|pave the way|open the door|lead to new|offer new|help develop)\b/i,
    yieldsToResult: false,
  },
  {
    family: 'advice',
    pattern:
      /\b(?:should(?:n['’]t)?|ought to)\b(?! have been)|^it['’]?s? (?:is )?(?:important|essential|crucial|vital) for\b|^it is (?:important|essential|crucial|vital) for\b|^if you\b|^please\b/i,
    yieldsToResult: true,
  },
  {
    // "The team is calling for a randomised trial … to settle the question": a call for research it has not done.
    family: 'call-for-research',
    pattern:
      /\b(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|press(?:es|ed|ing)? for)\s+(?:an?\s+|more\s+|further\s+|larger\s+|new\s+|longer\s+)?(?:[\p{L}-]+\s+){0,2}?(?:trials?|stud(?:y|ies)|research)\b/iu,
    yieldsToResult: true,
  },
  {
    family: 'background',
    pattern: /\bquestions remain\b|\bremains? (?:unclear|unknown|to be seen|an open question)\b/i,
    yieldsToResult: false,
  },
  {
    // What researchers believe of what they found is their reading of it, not the result.
    family: 'belief',
    pattern:
      /\b(?:the|some|many|most|other) (?:researchers|experts|scientists|doctors) (?:believe|think|argue|suspect)\b|\bis (?:not )?(?:thought|believed) to\b|\b(?:have|had) (?:long )?suspected\b/i,
    yieldsToResult: false,
  },
  {
    // How a scale, a scan or a test works, or how it compares with another, is no study's result.
    family: 'method-comparison',
    pattern:
      /\b(?:more|less) (?:accurate|precise|reliable|consistent)\b|\b(?:uses?|allows?)\b[^.;]{0,120}?\bto (?:\w+ )?(?:predict|measure|estimate|calculate|detect)\b/i,
    yieldsToResult: true,
  },
  {
    family: 'forecast',
    pattern: /\b(?:is|are) (?:forecast|projected|expected) to (?:increase|decrease|rise|fall|grow|decline|reach|double)\b/i,
    yieldsToResult: true,
  },
  {
    // "Cannabis use disorder is where a person's use …": a definition of the condition a study measured.
    family: 'definition',
    pattern: /^[^,]{3,60}\b(?:is|are) (?:where|when|a (?:condition|disease|disorder|term|type|form) (?:in which|where|that))\b/i,
    yieldsToResult: true,
  },
  {
    // "Researchers have looked at the relationship between …" names what a study was about, not
    // what it found: the inquiry's object is a topic (a link, a role, the evidence for …) and the
    // sentence has no figure and no reporting verb that would carry a result.
    family: 'inquiry-topic',
    pattern:
      /^(?!.*\d)(?!.*\b(?:found|finds?|show(?:s|ed|n)?|suggest\w*|conclud\w*|reveal\w*|indicat\w*|confirm\w*|that)\b).*\b(?:examined|examines|looked (?:at|into)|looks (?:at|into)|investigated|investigates|explored|explores|studied|reviewed|assessed)\s+(?:the |a |an |their |its )?(?:[\w-]+ ){0,2}(?:relationships?|links?|connections?|associations?|importance|roles?|effects?|impacts?|evidence|questions?|issues?)\s+(?:between|of|for|on|in|behind)\b/i,
    yieldsToResult: true,
  },
  {
    family: 'figure-of-speech',
    pattern: /\bsafe to (?:say|assume)\b/i,
    yieldsToResult: false,
  },
  {
    family: 'link-list',
    pattern:
      /^(?:here (?:are|is)|these are) (?:the )?(?:\d+|[a-z]+) (?:[\w-]+ ){0,3}(?:tips|ways|foods|reasons|things|steps|exercises|habits|signs)\b/i,
    yieldsToResult: false,
  },
  {
    // A teaser's headline runs into its summary without a stop: "… mental health A systematic review …".
    family: 'glued-headline',
    pattern:
      /(?:^|\s)(?!(?:vitamin|type|group|hepatitis|plan|class|grade|stage|phase|part|influenza|category|step|level|schedule|list)\s)\p{Ll}[\p{L}-]*['’"”)]?\s+(?:A|An|The|New|Scientists|Researchers|Research|Systematic|Study|Studies|This|These|Our)\s+\p{Ll}/u,
    yieldsToResult: false,
  },
  {
    // What a named person or "he", "she" did, not what was found: "Dempsey talked with the man over
    // the phone", "As a postdoc in 2011, Howitt became fascinated with tuft cells". A sentence
    // that also tells a result ("… and her seizures fell") is kept.
    family: 'person-activity',
    pattern:
      /^(?:[^,]{0,90},\s+)?(?!(?:Researchers|Scientists|Investigators|Doctors|Patients|Participants|Volunteers|The|A|An|This|These|Those|Both|All|Most|Many|Some)\b)(?:[Hh]e|[Ss]he|[Tt]hey|(?:[Hh]is|[Hh]er|[Tt]heir) (?:doctor|GP|wife|husband|mother|father|family|parents)|(?:Dr\.? |Professor )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?: and (?:his|her|their) (?:colleagues|team))?)\s+(?:(?:then|later|soon|eventually|also|first)\s+)?(?:talked|spoke|called|referred|sought|started|began|set out|became|continued|went|visited|moved|joined|sent|travell?ed|decided|wanted|planned|tried|met|asked|worked|spent|created|launched|founded)\b(?!\s+to (?:improve|recover|respond|feel|get better|worsen|decline|lose|gain|heal))/u,
    yieldsToResult: true,
  },
  {
    // A site's notices: copyright lines, privacy and cookie policies, terms of use.
    family: 'boilerplate',
    pattern:
      /^\W*(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b|\b(?:privacy|cookie|data protection) (?:policy|notice|statement)\b|\bterms (?:of|and) (?:use|service|conditions)\b/i,
    yieldsToResult: false,
  },
  {
    // "The drug blocks an enzyme called BTK that B cells need to survive": how a treatment works, said of
    // any use of it, not what the study found (a lupus trial's page). "blocked the enzyme in 90%" is a result.
    family: 'mechanism',
    pattern:
      /\b(?:blocks|inhibits|targets|activates|binds to|mimics|switches off|switches on|dampens)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:enzymes?|proteins?|receptors?|molecules?|hormones?|pathways?|signals?|genes?)\b/iu,
    yieldsToResult: true,
  },
  {
    // "The Burns Survivors Trust contributed to the cost of this study": who paid for it, a disclosure, not what it found.
    family: 'funding',
    pattern:
      /^(?!.*[,;]\s*(?:and|but|while|whereas)\b).*(?:\b(?:funded|financed|sponsored|paid for|contributed to the (?:cost|costs|funding) of)\s+(?:(?:this|the|our|their)\s+)?(?:[\p{L}-]+\s+)?(?:study|research|trial|work|project)\b|\b(?:study|research|trial|work|project) (?:was|were|is) (?:(?:partly|mainly|wholly|jointly|part-)\s*)?(?:funded|financed|sponsored|paid for|supported) by\b)/iu,
    yieldsToResult: false,
  },
  {
    // "If we were able to reduce the rate by 75%, we could save tons": a case supposed, not one seen.
    family: 'counterfactual',
    pattern: /^\W*if\b[^,;]*\b(?:were|was able|had been)\b[^;]*?[,—–]\s*[^;]*\b(?:would|could|might)\b/i,
    yieldsToResult: false,
  },
  {
    // "Hospitals could see more patients" projects; "patients given the drug could walk farther" tells a result.
    family: 'projection',
    // "These results suggest supplementing … could help" is a hedged finding, and what a paper
    // says could follow is its own claim: neither is a projection of the page's writer.
    pattern: /^(?!.*\b(?:suggest|indicat|show)\w*\b|.*\b(?:paper|stud(?:y|ies)|trials?|journal)\b).*\b(?:could|would)\b(?! not)/i,
    yieldsToResult: true,
  },
];

/** Quoted speech, removed before the narrator's own words are read. */
const QUOTED = /“[^”]*”|"[^"]*"/g;
/** The reporter telling their own story ("A week after I visit the lab …"); "type I", "phase I" are no narrator. */
const NARRATOR =
  /(?<!\b(?:type|phase|class|grade|stage|war|part|step|level|category|chapter|schedule|tier|section|group|round|wave|step)\s)\bI\b|\b(?:me|my)\b/;

/** True when the page's writer, not a study, is the subject: first person outside quotation marks. */
export function isNarratorStory(sentence: string): boolean {
  return NARRATOR.test(sentence.replace(QUOTED, ' '));
}

/** The family of non-finding a sentence belongs to, or null when it may report a finding. */
export function nonFindingFamily(sentence: string): string | null {
  // Promotional wording ("a breakthrough that could change …") is kept: it is what a reader needs flagged.
  if (HYPE_WORDS.test(sentence)) return null;
  const result = RESULT_VERB.test(sentence);
  const entry = NON_FINDINGS.find(({ pattern, yieldsToResult }) => pattern.test(sentence) && !(yieldsToResult && result));
  return entry ? entry.family : null;
}
