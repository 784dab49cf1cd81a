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
  /**
   * A label that only says a disclosure follows ("Disclosure:"): it gives its kind only when the
   * sentence shows no other, so "Disclosure: we may earn a commission" is an affiliate notice.
   */
  labelOnly?: true;
}

/** Who the money comes from: a named party ("from Pfizer", "with Targeted Diagnostics") or the industry ("from several drug companies"). */
const FROM_A_PARTY = String.raw`(?:\s+[\p{L}/-]+){0,3}?\s+(?:from|in|with|of|by)\s+(?:(?:the|several|various|multiple|two|three|many|other)\s+)?\p{Lu}|(?:\s+[\p{L}/-]+){0,3}?\s+(?:from|in|with|of|by)\s+(?:(?:the|a|an|several|various|multiple|two|three|many|other)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:compan(?:y|ies)|manufacturers?|makers?|firms?|industry|pharma\w*|sponsors?)\b`;

const PROFESSIONAL = String.raw`(?:doctor|physician|GP|health ?care (?:professional|provider|practitioner|team)|pharmacist|medical professional|qualified (?:health )?(?:care )?professional|health professional|dietitian|clinician)s?`;

/**
 * Wording of each kind of disclaimer and disclosure, family by family. Copyright lines are none of
 * them, and a form asking the reader to disclose something discloses nothing.
 */
export const DISCLAIMER_FAMILIES: readonly DisclaimerFamily[] = [
  {
    kind: 'not-evaluated',
    family: 'fda-statement',
    pattern:
      /\bnot been evaluated by the (?:U\.?S\.? )?(?:food and drug administration|FDA)\b|\bdoes not mean (?:that )?(?:it|they|the \w+) (?:has|have) been evaluated by the\b/i,
  },
  {
    kind: 'medical-advice',
    family: 'not-advice',
    pattern:
      /\bnot (?:intended|meant|designed) (?:to|as|for)\b[^.]{0,60}\b(?:medical|health) advice\b|\b(?:is|are) not (?:medical|health) advice\b|\b(?:does|do) not (?:provide|constitute|offer|give) (?:medical|health|professional) advice\b|\bnever disregard (?:professional )?medical advice\b/i,
  },
  {
    kind: 'medical-advice',
    family: 'no-substitute',
    // Said of the page's own content ("This content does not replace the advice of your doctor"); an
    // article's claim that "Telehealth should not replace in-person care by a physician" is no notice.
    pattern:
      /^(?=[\s\S]*?\b(?:site|website|web site|page|article|content|contents|information|materials?|services?|app|tool|post|blog|newsletter|video|publication|text|guide|products?|statements?|it|this|these)\b[^.]{0,80}?\bnot\b)[\s\S]*?(?:\bnot (?:a substitute|intended (?:to|as a|to be a) substitute|to be used as a substitute|meant (?:to|as) (?:a )?(?:replace\w*|substitute)|to replace|intended to replace)\b[^.]{0,40}\b(?:medical|health|professional|doctor|physician|provider)\b|\b(?:does|do|should) not (?:replace|substitute for|take the place of)\b[^.]{0,40}\b(?:medical|health|professional|doctor|physician|provider)\b|\bshould not be (?:used as a substitute|relied upon)\b)/i,
  },
  {
    kind: 'medical-advice',
    family: 'information-only',
    pattern: /\bfor (?:general )?(?:information(?:al)?|educational)(?: (?:and|or) (?:information(?:al)?|educational))? purposes only\b/i,
  },
  {
    kind: 'medical-advice',
    family: 'not-diagnosis',
    // Said of the page ("not intended to diagnose or treat"), not of a patient ("could not be diagnosed or treated in time").
    pattern:
      /\b(?:not (?:intended|meant|designed|to be used) (?:to|for)\b[^.]{0,20}\bdiagnos\w*|(?:we are|I am|(?:site|page|website|article|content) is) not diagnos\w*)\b[^.]{0,30}\btreat\w*/i,
  },
  {
    kind: 'medical-advice',
    family: 'other-languages',
    pattern:
      /\bersetzt (?:keine|nicht die) (?:ärztliche|medizinische) (?:Beratung|Behandlung|Diagnose)\b|\bne remplace pas (?:un avis|une consultation|l'avis) médical/i,
  },
  {
    kind: 'consult-professional',
    family: 'see-a-professional',
    // "See your doctor", "mention it to your health care professional", "let your doctor know":
    // advice to the reader by way of their own doctor. "When you see your doctor, …" describes a
    // visit, and "I went to see my doctor" tells a story.
    pattern: new RegExp(
      String.raw`(?<!\b(?:when|if|after|before|until|once|whenever) you )\b(?:see|visit|call|contact|tell|inform|alert|let|mention (?:it|this|that|them|these|any of (?:these|them)|any \w+) to)\s+your\s+(?:own\s+|usual\s+|family\s+)?${PROFESSIONAL}\b`,
      'i',
    ),
  },
  {
    kind: 'consult-professional',
    family: 'ask-a-professional',
    // Advice to the reader or to people like them ("Always consult your doctor…", "People with
    // kidney disease should check with their doctor"): "He was told to consult a doctor" reports
    // what someone did, it warns nobody.
    pattern: new RegExp(
      String.raw`^(?=[\s\S]*\byou(?:r|rself)?\b|\s*\W*(?:(?:always|please|first),? )?(?:consult|talk|speak|check|ask|seek)\b|[\s\S]*\b(?:should|must|need to|are (?:advised|urged|encouraged) to|(?:advisable|recommended|best|important|wise) to)\s+(?:always\s+|first\s+)?(?:consult|talk|speak|check|ask|seek)\b)[\s\S]*?\b(?:consult(?:s|ed|ing)?|seek(?:ing)? the advice of|talk(?:ing)? (?:to|with)|speak(?:ing)? (?:with|to)|check(?:ing)? with|ask)\b[^.]{0,25}\b${PROFESSIONAL}\b`,
      'i',
    ),
  },
  {
    kind: 'affiliate',
    family: 'commission',
    pattern:
      /\baffiliate (?:(?:and\/or|and|or) referral )?(?:links?|commissions?|partners?(?:hips?)?|(?:advertising )?program(?:me)?s?)\b|\bwe (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|fee|portion|share)\b|\bearn from qualifying purchases\b|\bmay (?:earn|receive|get) (?:a )?(?:portion of sales|compensation|commission)\b|\bAssociates Program\b|\bearn (?:advertising )?fees by (?:linking|advertising)\b|\bmay earn (?:us|\p{Lu}\w*) (?:a )?(?:small )?(?:commission|fee|share)\b|\bwe (?:are|may be|get) (?:paid|compensated) (?:for|when|if)\b/iu,
  },
  {
    // A box label that says its items earn the site money ("DIGG PICKS | AFFILIATE"): the whole block is the label.
    kind: 'affiliate',
    family: 'affiliate-label',
    pattern: /^\s*(?:[^|.]{0,30}\|\s*)?affiliate(?: links?| picks?| offers?)?\s*$/i,
  },
  {
    // The reader's purchase pays the site: "If you buy something through this post, IGN may get a share of the sale."
    kind: 'affiliate',
    family: 'purchase-pays-us',
    pattern:
      /\b[Ii]f you (?:buy|purchase|click|shop|sign up|subscribe)\b[^.]{0,80}?\b(?:we|[\p{Lu}][\p{L}\d./-]*) (?:may|might|could|will|can) (?:get|earn|receive|make)\b[^.]{0,20}?\b(?:share|commission|portion|cut|fee|compensation|money|revenue)\b/u,
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
      /\bsponsored (?:content|post|article|story|feature)\b|^\s*sponsored by\b|\b(?:post|article|content|video|series|page|story|newsletter|section) (?:is |was )?(?:sponsored|paid for|brought to you) by\b|\bpaid (?:partnership|promotion|post|content)\b|\badvertorial\b|\b(?:post|article|content|series|video|story|feature|piece)\b[^.]{0,30}\bin (?:paid )?partnership with\b|^\s*in partnership with\b|\bfrom our sponsors\b|\bpromoted (?:content|stories|links|posts?) by\b|^\s*promoted (?:content|stories|links)\s*$/i,
  },
  {
    // This item of the page is paid for: "This week's Tennis Podcast is sponsored by …", "This sponsored
    // deal is brought to you by …". An event or a bill sponsored by someone is news, not a notice.
    kind: 'sponsored',
    family: 'sponsored-item',
    pattern:
      /\b(?:this|today['’]s|this week['’]s|the following)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:podcast|episode|deal|segment|webinar|giveaway|video|post|article|newsletter|feature|series|review|guide|list|offer|promotion)s?\s+(?:is|was|has been|are|were)\s+(?:sponsored|paid for|brought to you|presented|made possible|underwritten) by\b|\bthis sponsored (?:deal|post|article|episode|podcast|video|segment|listing|giveaway|offer)\b/iu,
  },
  {
    // A paid item's title after its label: "Sponsored: Sip, Savor, Celebrate".
    kind: 'sponsored',
    family: 'sponsored-title',
    pattern: /^\s*sponsored\s*:\s*\p{L}[^.!?]{0,60}$/iu,
  },
  {
    // A paid item's credit at the end of its box: "IFC Markets Sponsored", "Market Update sponsored by",
    // "Cheap Hotel Rooms Sponsored by Save70.com". "The study was sponsored by Pfizer" is a funding
    // statement, and "The bill, sponsored by two senators, passed" news.
    kind: 'sponsored',
    family: 'sponsor-credit',
    pattern:
      /^[^.!?]{0,100}?\S\s+(?<!\b(?:was|were|is|are|been|be|being)\s)[Ss]ponsored(?: [Bb]y)?(?:\s+[\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.&'’-]*){0,3})?\s*$/u,
  },
  {
    // The writer paid for the post: "This shop has been compensated by … and its advertiser", "#ad".
    kind: 'sponsored',
    family: 'compensated',
    pattern:
      /\b(?:has|have|was|were|am|is|are) (?:been )?compensated by\b|\bthis (?:post|article|shop|review|video|content) (?:has been|was|is) (?:paid for|sponsored|compensated)\b|(?<![\w#/])#(?:ad|sponsored|spon|paidpartnership)\b/i,
  },
  {
    // A box label that says its items are paid for ("Sponsored Links", "| SPONSORED", "Paid Partner", "CNNMoney Sponsors").
    kind: 'sponsored',
    family: 'sponsor-label',
    pattern:
      /^\s*(?:[^|.]{0,30}\|\s*)?(sponsored(?: links?| stories| content| results| posts?| articles?| listings?| deals?| products?| offers?)?(?: by)?|paid partners?|(?!(?:our|the|become|event|all) )\p{L}+ sponsors)(?:\s+\1)?\s*$/iu,
  },
  {
    kind: 'conflict-of-interest',
    family: 'disclosure-label',
    pattern: /^\s*(?:financial |editors'? |author )?disclosures?\s*:/i,
    labelOnly: true,
  },
  {
    // Interests declared, not conflicts talked about: a label ("Competing interests: none"), a
    // declaration by the authors, or "no conflicts … declared".
    kind: 'conflict-of-interest',
    family: 'interests-declared',
    pattern:
      /^\s*(?:conflicts? of interest|competing (?:financial )?interests?|declarations? of (?:competing )?interests?|financial disclosures?)\b(?:\s*(?:statement|disclosures?))?\s*[:.-]|\b(?:the )?(?:authors?|I|we|[Ss]?he|they)\b[^.]{0,40}\b(?:declare[sd]?|report(?:s|ed)?|disclose[sd]?|ha(?:ve|s|d)|state[sd]?)\b[^.]{0,20}\bno (?:(?:potential|relevant|other|financial|known) )*(?:conflicts? of interest|competing (?:financial )?interests?|financial (?:disclosures?|relationships?|interests?))\b|\bno (?:(?:potential|relevant|financial) )*(?:conflicts? of interest|competing interests?) (?:were |was )?(?:declared|reported|disclosed)\b|\b(?:the )?authors? (?:declare[sd]?|disclose[sd]?)\b[^.]{0,60}\b(?:conflicts? of interest|competing interests?)\b/i,
  },
  {
    kind: 'conflict-of-interest',
    family: 'funding',
    // Who paid for this work. Funding talked about in general ("many studies funded by the sugar
    // industry…") discloses nothing, and "supported by" needs a grant: findings are "supported by" evidence.
    pattern:
      /^(?![\s\S]*\b(?:many|some|most|several|often|usually|studies|trials)\b[^.]{0,40}\b(?:funded|financed|paid for|sponsored|supported)\b)(?:[\s\S]*?\b(?:funded|financed|paid for|sponsored|underwritten) (?:in part |partly |wholly |jointly )?by\b[^.]{0,80}\b(?:company|inc|ltd|llc|gmbh|corp\w*|pharma\w*|manufacturer|drug ?makers?|industry|brand|grants?|awards?|institutes?|foundation|council|agency|department|ministry|trust)\b|[\s\S]*?\bsupported (?:in part |partly |financially )?by\b[^.]{0,80}\b(?:grants?|awards?|fellowships?|funding|contract)\b)|^\s*(?:primary )?(?:funding(?: source)?|grant support|financial support|sources? of funding)\s*:|\bthis (?:work|study|research|project) was (?:supported|funded)\b|\b(?:funding|money) for (?:our|this) \w+[^.]{0,30}\b(?:comes|came) from\b|\bfunding for\b[^.]{0,40}\b(?:comes|came) from\b[^.]*\b(?:we|our|us)\b/i,
  },
  {
    kind: 'conflict-of-interest',
    family: 'payments-and-holdings',
    // Money or holdings from a named party ("reports grants from the National Institute on Aging",
    // "has stock options with Targeted Diagnostics", "fees from several drug companies"): "She
    // received a grant to study asthma" or "payments from the hospital for overtime" disclose no interest.
    pattern: new RegExp(
      String.raw`\b(?:[Tt]he author|[Aa]uthors?|I|[Ww]e|[Ss]he|[Hh]e|[Dd]rs?\.? \p{Lu}[\p{L}'’-]+) (?:owns?|own shares|holds?|sells?|am paid|is paid|are paid|receives?d?|has received|have received|reports?|reported)\b[^.]{0,60}\b(?:shares|stock(?: options)?|holdings|fees|grants?|patents?|payments?|honoraria|compensation|royalties|equity)\b(?:${FROM_A_PARTY})|\b(?:[Tt]he author|[Aa]uthors?|I|[Ww]e|[Ss]he|[Hh]e|[Dd]rs?\.? \p{Lu}[\p{L}'’-]+) (?:has|have)\b[^.]{0,40}\b(?:shares|stock(?: options)?|holdings|patents?|royalties|equity)\b(?:${FROM_A_PARTY})`,
      'u',
    ),
  },
  {
    kind: 'conflict-of-interest',
    family: 'employment',
    // About an author or the study's people: "Jane Doe, CEO of Acme Pharma, welcomed the ruling" names a speaker.
    pattern:
      /^(?=[\s\S]*\b(?:authors?|co-authors?|researchers?|investigators?|study|trial|writer|I|we|disclos\w*)\b)[\s\S]*?(?:\b(?:is|was|are|were|serves? as|works? as) (?:a |an |the )?(?:(?:paid|medical|scientific|clinical|managing|executive|research|senior|former|chief) ){0,2}(?:director|employee|consultant|adviser|advisor|board member|founder|co-founder|shareholder|chief \w+ officer|CEO|CMO|CSO)s?\b[^.]{0,30}\b(?:at|of|for|with|to)\b[^.]{0,60}\b(?:company|inc|ltd|llc|corp\w*|pharma\w*|therapeutics|biotech\w*|biosciences|manufacturer|maker|brand|firm|whose product|(?:which|that) (?:makes|made|developed|sells|markets))\b|\b(?:works? for|is employed by|an employee of) (?:the )?(?:company|manufacturer|maker|firm|drug ?maker) (?:that|which|whose)\b|\b(?:is|was|are|were|serves? as) (?:a )?paid (?:consultant|adviser|advisor|speaker|spokes(?:person|man|woman))s?\b|\bserves? on the (?:scientific )?advisory board\b)/i,
  },
  {
    kind: 'editorial-independence',
    family: 'views-not-ours',
    pattern:
      /\b(?:views|opinions) expressed\b[^.]{0,60}\b(?:do not|don't|does not) (?:necessarily )?(?:reflect|represent)\b|\bdo(?:es)? not necessarily (?:reflect|represent) (?:the (?:official )?(?:views|position|policy)|those) of\b|\b(?:views|opinions) expressed by [^.]{0,40} are (?:their|his|her) own\b|\bsolely the responsibility of the authors?\b|\b(?:views|opinions) expressed (?:here |in this (?:article|post|column|piece) )?are (?:those of the (?:authors?|writers?)|the (?:authors?|writers?)'s? own|(?:their|his|her|my) own)\b|\bis the responsibility of the (?:study )?sponsor\b/i,
  },
  {
    kind: 'editorial-independence',
    family: 'editorial-control',
    pattern:
      /\b(?:is|are|remains?|stays?) editorially independent\b|\b(?:our|its|full|complete) editorial independence\b|\b(?:maintains?|retains?|has) (?:full |complete |sole )?editorial (?:control|independence|responsibility)\b|\b(?:does|do) not (?:necessarily )?endorse (?:any\b|specific\b|non-|third[- ]party\b|commercial\b|(?:the )?(?:views|opinions|content|products|services|companies)\b)|\bdoes not constitute (?:an? )?endorsement\b|\b(?:funders?|sponsors?|funding (?:source|body|bodies|agency|agencies|organi[sz]ations?)|compan(?:y|ies)|manufacturers?|supporters?|grantors?)\b[^.]{0,40}\bhad no role in (?:the )?(?:design|conduct|writing|preparation|analysis|decision to (?:publish|submit))\b|\b(?:do|does|did) not influence (?:our|the|its) (?:editorial|coverage|reviews?|recommendations)\b|\bis not responsible for the content of external (?:sites|websites|links)\b/i,
  },
  {
    kind: 'medical-review',
    family: 'reviewed-by',
    pattern:
      /(?:^|[|•·]\s*)\s*(?:[Mm]edically |[Cc]linically |[Ee]xpert[- ]|[Ff]act[- ])?(?:[Rr]eviewed|[Cc]hecked|[Vv]etted) by:?\s+(?:[Dd]r\.?\s+)?[\p{Lu}]|\b[Mm]edical(?:ly)? [Rr]eview(?:er|ed)?\s*(?:by|:)\s*[\p{Lu}]|\b(?:article|page|content|story|information) (?:was|has been|is) (?:medically )?reviewed by\b|(?<!\b(?:were|was|is|are|been|be|being)\s+)\b[Rr]eviewed by (?:[Dd]r\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*\.?){1,3},?\s+(?:MD|M\.D\.|DO|PhD|Ph\.D\.|RN|RD|RDN|PharmD|MPH|MS|M\.S\.|DPT|NP|CRNP|FACP|MBBS|MRCP)\b/u,
  },
];

/** Headings that introduce a disclosure: the paragraph under "Funding:" or "Disclosures" is one. */
const DISCLOSURE_HEADING =
  /^\s*(?:(?:primary )?funding(?: source)?|grant support|financial support|sources? of funding|disclosures?|editors'? disclosures?|conflicts? of interest|competing interests?|declaration of interests?|financial disclosures?)\s*:?\s*$/i;

/** The kind of disclosure a heading introduces ("Primary Funding Source:", "Competing interests"), or null. */
export function disclosureHeadingKind(heading: string): DisclaimerKind | null {
  return DISCLOSURE_HEADING.test(heading) ? 'conflict-of-interest' : null;
}

/**
 * A label that opens a paragraph of disclosures ("Editors' Disclosures: …", "Competing interests:
 * …"): every sentence after it in the paragraph is part of the disclosure, whatever its wording.
 */
const DISCLOSURE_LABEL =
  /^\s*(?:(?:editors'?|authors'?|financial|potential) )?(?:disclosures?|conflicts? of interest|competing (?:financial )?interests?|declarations? of (?:competing )?interests?|(?:primary )?funding(?: sources?)?|grant support|financial support|sources? of funding)\s*:/i;

/** True when a paragraph's first sentence opens with a disclosure label, so the whole paragraph discloses. */
export function opensDisclosure(sentence: string): boolean {
  return DISCLOSURE_LABEL.test(sentence);
}

/** A request to disclose ("Please disclose any conflicts…") is a form's prompt, not a disclosure. */
const REQUEST = /^\s*(?:please|kindly)\s+(?:disclose|declare|indicate|state|list)\b/i;

/** The kinds of disclaimer a sentence is (one sentence can disclose an affiliate link and a shareholding). */
export function disclaimerKinds(sentence: string): DisclaimerKind[] {
  if (/^\s*(©|\(c\)|copyright)\b/i.test(sentence) && !/\badvice\b/i.test(sentence)) return [];
  if (REQUEST.test(sentence)) return [];
  const families = DISCLAIMER_FAMILIES.filter(({ pattern }) => pattern.test(sentence));
  const worded = families.filter(({ labelOnly }) => !labelOnly);
  return [...new Set((worded.length > 0 ? worded : families).map(({ kind }) => kind))];
}

/** The family of wording a sentence shows, for tests and for reading why it was taken. */
export function disclaimerFamilies(sentence: string): string[] {
  return DISCLAIMER_FAMILIES.filter(({ pattern }) => pattern.test(sentence)).map(({ family }) => family);
}
