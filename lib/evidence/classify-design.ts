import type { SourceRecord } from '../shared/source-record';
import { LEVEL_OF_DESIGN, type DesignCode, type Level } from '../shared/design-codes';

/** A source's design with the evidence it rests on. */
export interface DesignAssessment {
  design: DesignCode;
  level: Level;
  /** The field or words the design was read from, for the reader to check. */
  evidence: string;
  /** How the design was found: a curated publication type is surer than words in a title. */
  confidence: 'high' | 'medium' | 'low';
}

interface Rule {
  design: DesignCode;
  publicationTypes?: RegExp;
  words?: RegExp;
}

// Order matters: the first matching rule wins, most specific designs first (scheme §1).
const RULES: readonly Rule[] = [
  { design: 'meta-analysis', publicationTypes: /^meta-analysis$/i, words: /\bmeta-analys[ie]s\b/i },
  { design: 'systematic-review', publicationTypes: /^systematic review$/i, words: /\bsystematic review\b/i },
  { design: 'guideline', publicationTypes: /^(practice )?guideline$|^consensus/i },
  {
    design: 'secondary-analysis',
    words: /\b(post[- ]hoc|secondary|retrospective) analys[ie]s\b|\bre-?analys[ie]s of\b/i,
  },
  {
    design: 'rct',
    publicationTypes: /^randomi[sz]ed controlled trial$/i,
    words: /\brandomi[sz]ed\b|\bplacebo[- ]controlled\b/i,
  },
  { design: 'in-vitro', words: /\bin vitro\b|\bcell lines?\b|\bcultured cells\b/i },
  { design: 'animal', words: /\b(mice|mouse|murine|rats?|rodents?|zebrafish)\b/i },
  {
    design: 'non-randomised-trial',
    publicationTypes: /^(clinical trial|controlled clinical trial)(, phase [iv]+)?$/i,
    words: /\b(single[- ]arm|open[- ]label|non-?randomi[sz]ed)\b/i,
  },
  { design: 'case-control', words: /\bcase[- ]control\b/i },
  { design: 'cross-sectional', words: /\bcross[- ]sectional\b|\bsurvey\b/i },
  { design: 'cohort', publicationTypes: /^observational study$/i, words: /\bcohort\b|\bprospective\b/i },
  { design: 'case-report', publicationTypes: /^case reports$/i, words: /\bcase report\b/i },
  { design: 'narrative-review', publicationTypes: /^review$/i },
  { design: 'opinion', publicationTypes: /^(editorial|comment|letter|news)$/i },
];

/**
 * Classifies a source's study design from, in order of trust, its publication types, its title
 * and its abstract. Returns `unknown` rather than guessing when nothing matches.
 */
export function classifyDesign(record: SourceRecord): DesignAssessment {
  const { doi, pmid, pmcid } = record.ids;
  if (record.registry && !doi && !pmid && !pmcid) return assess('trial-registration', `Registry record ${record.registry.nct}`, 'high');
  const animalOnly = hasAnimalsWithoutHumans(record.meshTerms);
  if (animalOnly) return assess('animal', 'MeSH: Animals, without Humans', 'high');
  for (const rule of RULES) {
    const type = rule.publicationTypes && record.publicationTypes.find((t) => rule.publicationTypes!.test(t));
    if (type) return rule.design === 'cohort' ? observationalKind(record, type) : assess(rule.design, `Publication type: ${type}`, 'high');
  }
  for (const [field, text, confidence] of [
    ['Title', record.title, 'medium'],
    ['Abstract', record.abstract, 'low'],
  ] as const) {
    if (!text) continue;
    for (const rule of RULES) {
      const match = rule.words?.exec(text);
      if (match) return assess(rule.design, `${field}: “${quoteAround(text, match.index, match[0].length)}”`, confidence);
    }
  }
  return assess('unknown', 'No publication type, title or abstract wording that names a design', 'low');
}

/** MeSH tags that say which kind of observational study a record is. */
const OBSERVATIONAL_MESH: ReadonlyArray<[DesignCode, RegExp]> = [
  ['cross-sectional', /^cross-sectional studies$/i],
  ['case-control', /^case-control studies$/i],
  ['cohort', /^(cohort|prospective|longitudinal|follow-up) studies$/i],
];

/**
 * "Observational Study" is PubMed's type for every observational design: a survey analysed at one
 * time point is no cohort (a cross-sectional nutrition survey was given a cohort's level). Its MeSH
 * tags, then its title, say which; a cohort otherwise.
 */
function observationalKind(record: SourceRecord, type: string): DesignAssessment {
  for (const [design, tag] of OBSERVATIONAL_MESH) {
    const term = record.meshTerms.find((t) => tag.test(t));
    if (term) return assess(design, `Publication type: ${type}; MeSH: ${term}`, 'high');
  }
  const title = record.title ?? '';
  for (const design of ['case-control', 'cross-sectional'] as const) {
    const match = RULES.find((rule) => rule.design === design)!.words!.exec(title);
    if (match) return assess(design, `Publication type: ${type}; title: “${quoteAround(title, match.index, match[0].length)}”`, 'high');
  }
  return assess('cohort', `Publication type: ${type}`, 'high');
}

function assess(design: DesignCode, evidence: string, confidence: DesignAssessment['confidence']): DesignAssessment {
  return { design, level: LEVEL_OF_DESIGN[design], evidence, confidence };
}

function hasAnimalsWithoutHumans(meshTerms: readonly string[]): boolean {
  const terms = new Set(meshTerms.map((t) => t.toLowerCase()));
  return terms.has('animals') && !terms.has('humans');
}

/** A short quote of the whole words around a match, so evidence is readable on its own. */
export function quoteAround(text: string, index: number, length: number, context = 40): string {
  let start = Math.max(0, index - context);
  let end = Math.min(text.length, index + length + context);
  while (start > 0 && /\S/.test(text[start - 1]!)) start -= 1;
  while (end < text.length && /\S/.test(text[end]!)) end += 1;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
