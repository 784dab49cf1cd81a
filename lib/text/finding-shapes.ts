import { POPULATION_NOUNS } from './head-count';
import { isAboutHealth } from './health-topic';

/** What the sentences before one said: whether a study was reported on the page, or in this paragraph. */
export interface ShapeContext {
  inStudy: boolean;
  inParagraphStudy?: boolean;
}

/**
 * Where a shape reads as a finding: `study` after a study was reported on the page (and the
 * sentence is on health, or the study was in its paragraph); `paragraph-study` only after a study
 * in the same paragraph; `health-or-study` on the subject of health, or after a study in the paragraph.
 */
type Needs = 'study' | 'paragraph-study' | 'health-or-study';

const POPULATION = POPULATION_NOUNS.join('|');

/** Nouns of a study's method: what was measured, compared or administered. */
const METHOD_NOUNS = String.raw`(?:(?:study|trial|research|statistical|regression[\w -]{0,30}|crossover|factorial|quasi-experimental) design|comparisons?|analys[ie]s|measures?|measurements?|tests?|tasks?|procedures?|questionnaires?|interviews?|assessments?|protocols?|outcomes?|end ?points?|samples?|scans?)`;
const METHOD_VERBS = String.raw`(?:applied|used|limited|restricted|performed|conducted|carried out|measured|assessed|administered|recorded|collected|adjusted|matched|defined|repeated|scored|analy[sz]ed)`;

/** People counted in a study as the ones who did something in it ("participants brace themselves"). */
const STUDIED_PEOPLE = String.raw`(?:participants|volunteers|subjects|respondents)`;
/** Words after a subject that make the sentence advice, a plan or a description, not what was done. */
const NOT_AN_ACT = String.raw`(?:should|must|can|could|may|might|need|needs|will|would|who|that|with|in|of|and|or|are|is|were|was|from|at|for)`;

/** A change, or its absence, in a subgroup's figures. */
const CHANGE_IN_SUBGROUP = String.raw`(?:did(?:n['’]t| not) (?:change|rise|fall|increase|decrease|differ|improve)|remained (?:stable|unchanged|the same|flat)|stayed (?:the same|flat|stable)|rose|fell|increased|decreased|declined|dropped|doubled|tripled|halved|changed|differed|improved|worsened)`;

/** Verbs by which a treatment lets people with a condition do something. */
const ENABLING =
  /\b(?:allowed|helped|enabled|let)\s+(?:[\w-]+\s+){0,2}?(?:people|patients|adults|children|kids|women|men|participants)\s+(with\s+[^,.;]{3,60}?)\s+to\s+\w+/i;

/** A change by a percentage, not followed by what it is a share of. */
const CHANGE_BY_PERCENT =
  /\bby\s+(?:(?:up to|about|around|as much as|nearly|almost|more than|over|roughly|some|at least|only)\s+)?\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)(?!\s+of\b)/i;

/** A change verb, then the fraction it changed by. */
const CHANGE_BY_FRACTION =
  /\b(?:cut|reduc\w*|lower\w*|increas\w*|rais\w*|rose|fell|dropped|declin\w*|decreas\w*|grew|shrank|boost\w*|improv\w*)\b[^.;]{0,40}\bby\s+(?:(?:about|around|nearly|almost|more than|over|roughly|some|at least)\s+)?(?:a|one|two|three)[- ](?:half|third|quarter|fifth|tenth)s?\b/i;

/** "one in five", "two out of every three": a share of a group counted. */
const ONE_IN_N = String.raw`\b(?:one|two|three|four|\d+)\s+(?:in|out of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|\d+)`;

/** A comparison with what was believed or expected: a conclusion that corrects it. */
const AGAINST_BELIEF =
  /\b(?:less|more|better|worse|[a-z]{3,}er)\s+(?:[a-z-]+\s+){0,2}?than\s+(?:(?:previously|once|commonly|widely|generally|currently|first)\s+)?(?:believed|thought|expected|assumed|recogni[sz]ed|reali[sz]ed|suspected|estimated)\b/i;

/** A causal verb with the reader as its object: a finding said of everyone. */
const PUT_TO_US =
  /\b(?:(?:can|may|might|could|will|would) )?(?:causes?|makes?|make|leads?|lead|helps?|help|boosts?|boost|triggers?|trigger|drives?|drive|pushes|push)\s+us\b/i;

/**
 * Shapes of sentences that report a finding without naming a study, each one named entry with its
 * own table test. A shape only reads as a finding where `needs` says (after a study was reported,
 * or on health), since the same words elsewhere describe something else.
 */
export const FINDING_SHAPES: ReadonlyArray<{ family: string; needs: Needs; test: (sentence: string) => boolean }> = [
  {
    // How the study worked, in the passive of a method ("A regression discontinuity design was applied to …").
    family: 'study-method',
    needs: 'study',
    test: (s) =>
      new RegExp(String.raw`\b${METHOD_NOUNS}\b(?:\s+[\w’'-]+){0,3}?\s+(?:was|were)\s+(?:\w+ly\s+)?${METHOD_VERBS}\b`, 'i').test(s),
  },
  {
    // One of a study's measures introduced after another ("Another was a measure of pain sensitivity").
    family: 'study-measure',
    needs: 'study',
    test: (s) =>
      /^(?:another|one|the (?:first|second|third|other|last|main|primary|secondary)(?: one)?)\b[^.;]{0,20}?\b(?:was|were|is)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:measure|test|task|questionnaire|scale|assessment|score|outcome|end ?point)s?\s+of\b/i.test(
        s,
      ),
  },
  {
    // What the people studied did in it, in the present of a description ("In it, participants brace themselves …").
    family: 'participants-act',
    needs: 'study',
    test: (s) => new RegExp(String.raw`(?:^|,\s+)${STUDIED_PEOPLE}\s+(?!${NOT_AN_ACT}\b)[a-z]{3,}\b`, 'i').test(s),
  },
  {
    // A subgroup's result ("among participants aged 18 to 25, the rates … didn't change").
    family: 'subgroup-change',
    needs: 'health-or-study',
    test: (s) =>
      new RegExp(String.raw`\bamong\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:${POPULATION})\b[^.;]*?\b${CHANGE_IN_SUBGROUP}\b`, 'i').test(s),
  },
  {
    // The size of an error or a change given as "by N percent" ("may overestimate … by up to 35 percent"),
    // not a share ("spoken by 96% of the population").
    family: 'change-by-figure',
    needs: 'health-or-study',
    test: (s) => CHANGE_BY_PERCENT.test(s),
  },
  {
    // A change by a fraction ("the screening cut deaths by a fifth").
    family: 'change-by-fraction',
    needs: 'health-or-study',
    test: (s) => CHANGE_BY_FRACTION.test(s),
  },
  {
    // A proportion of people as "one in N" ("nearly one in five veterans screened positive").
    family: 'one-in-n',
    needs: 'health-or-study',
    test: (s) => new RegExp(String.raw`${ONE_IN_N}\s+(?:[\w-]+\s+){0,2}?(?:${POPULATION})\b`, 'i').test(s),
  },
  {
    // A treatment's effect on people with a condition, as a news lead states it without naming the study.
    family: 'treatment-enabled',
    needs: 'health-or-study',
    test: (s) => {
      const match = ENABLING.exec(s);
      return match !== null && isAboutHealth(match[1]!);
    },
  },
  {
    // A conclusion set against what was believed ("may be less effective than believed").
    family: 'against-belief',
    needs: 'health-or-study',
    test: (s) => AGAINST_BELIEF.test(s),
  },
  {
    // A study's finding put to the reader, right after the study in its paragraph ("Watching a tragedy
    // causes us to think …", "a negative experience can make us happier").
    family: 'finding-put-to-us',
    needs: 'paragraph-study',
    test: (s) => PUT_TO_US.test(s),
  },
];

/** The first finding shape a sentence shows in its context, or null. */
export function findingShape(sentence: string, context: ShapeContext): string | null {
  const inParagraph = context.inParagraphStudy ?? context.inStudy;
  const allowed: Record<Needs, boolean> = {
    study: context.inStudy && (inParagraph || isAboutHealth(sentence)),
    'paragraph-study': context.inParagraphStudy === true,
    'health-or-study': inParagraph || isAboutHealth(sentence),
  };
  return FINDING_SHAPES.find(({ needs, test }) => allowed[needs] && test(sentence))?.family ?? null;
}
