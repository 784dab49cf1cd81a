import { sectionText } from '../abstract-sections';
import { figureInSource } from '../figure-in-source';
import { figureKind, figuresWithKinds, MISREAD_KINDS, type FigureKind } from '../figure-kind';
import { figureForAnotherOutcome, SAME_FIGURE_TOLERANCE } from '../figure-outcome';
import { quoteAround } from '../classify-design';
import { reductionMatchesRatio } from '../ratio-reduction';
import { figureForUnassessed } from '../unassessed-outcome';
import { withinArmAsEffect } from '../within-arm';
import { findPhrase, pageQuote, QUOTE_CONTEXT } from './quote';
import type { CheckDefinition, Finding } from './types';

/** Claim strength from which a figure is told as what the treatment did (scheme §5: conditional or direct causal). */
const CAUSAL_EFFECT = 2;

/** How a kind of figure is named in a message. */
export const KIND_PHRASES: Record<FigureKind, string> = {
  'share of people': 'a share of the people studied',
  change: 'a change in a level, rate or risk',
  time: 'a change in how long it took',
};

/**
 * A figure the page presents as another kind of quantity than the source's (a share of patients
 * reaching a target given as the size of a fall, a lower injury rate as faster recovery); a figure
 * the source states for another outcome than the page's; or a result presented as a gain ("more
 * function", "improved memory") where the source reports only a slower decline: the treated group
 * got worse too, less fast. Compares the kind and direction of the effect on both sides, whatever
 * the outcome is called.
 */
export const effectMisstated: CheckDefinition = {
  code: 'effect-misstated',
  scope: 'source',
  wording: {
    figureKind: ({ figure, page, sourceFigure, source }) =>
      `The page gives ${figure} as ${page}; in the source, ${sourceFigure} is ${source}.`,
    anotherOutcome: ({ figure }) => `The source does report ${figure}, but for another outcome than the one the page attaches it to.`,
    unassessed: ({ figure, outcome }) => `The page ties ${figure} to ${outcome}, which the source says it could not assess.`,
    withinArm: ({ figure, treated, other }) =>
      `The page gives ${figure} as the treatment's effect; in the source that is the change within the treated group (${treated}), and the comparison group changed by ${other} too.`,
    gainForSlowerDecline: () =>
      'The page presents the result as a gain; the source reports a slower decline (those treated got worse too, only less fast), which is not the same thing.',
  },
  run({ claim, facts }, { detail, record }): Finding | null {
    const results = sectionText(detail.sections, 'results', 'conclusions') || (record.abstract ?? '');
    // "cut the risk of relapse by 32%" where the source gives a hazard ratio of 0.68 is that ratio, whatever else is 32%.
    // Only a change in a level, rate or risk is what a ratio is: "returned 51% faster" is a time, whatever ratio is 0.49.
    const percents = claim.effects.filter(
      (e) => e.unit === '%' && !(isChangeFigure(claim.text, e.value) && reductionMatchesRatio(e.value, results)),
    );
    for (const effect of percents) {
      const misread = misreadKind(claim.text, effect.value, results);
      if (misread)
        return {
          severity: 'warning',
          message: {
            key: 'figureKind',
            values: {
              figure: `${effect.value}%`,
              page: KIND_PHRASES[misread.page],
              sourceFigure: misread.sourceFigure,
              source: KIND_PHRASES[misread.source],
            },
          },
          evidence: `Page: “${misread.pageQuote}”; source: ${misread.sourceQuotes.map((q) => `“${q}”`).join('; ')}`,
        };
    }
    for (const effect of percents) {
      const mismatch = figureForAnotherOutcome(claim.text, effect.text, effect.value, results);
      if (mismatch)
        return {
          severity: 'warning',
          message: { key: 'anotherOutcome', values: { figure: effect.text } },
          evidence: `Page: “${claim.text}”; source: “${mismatch.figureQuote}” but “${mismatch.otherQuote}”`,
        };
    }
    for (const effect of claim.effects.filter((e) => e.unit === '%')) {
      const unassessed = figureForUnassessed(claim.text, effect.text, record.abstract ?? '');
      if (unassessed)
        return {
          severity: 'warning',
          message: { key: 'unassessed', values: { figure: effect.text, outcome: unassessed.words.join(' ') } },
          evidence: `${pageQuote(claim.text, findPhrase(claim.text, effect.text))}; ${unassessed.evidence.replace(/^Source/, 'source')}`,
        };
    }
    const withinArm = claim.strength >= CAUSAL_EFFECT ? withinArmAsEffect(claim.text, results) : null;
    if (withinArm)
      return {
        severity: 'warning',
        message: { key: 'withinArm', values: { figure: withinArm.figure, treated: withinArm.treated, other: withinArm.other } },
        evidence: `Page: “${withinArm.pageQuote}”; source: “${withinArm.sourceQuote}”`,
      };
    if (!facts.gain || !facts.reportsFinding || !detail.slowerDecline) return null;
    // Where the page's percentage is a share of the source's changes, quote the sentence it comes from.
    const derivedFrom = claim.effects
      .filter((e) => e.unit === '%')
      .map((e) => figureInSource(e.value, e.unit, results))
      .find((match) => match.kind === 'derived');
    const sentence =
      derivedFrom?.kind === 'derived'
        ? results.split(/(?<=[.])\s+(?=[A-Z(])/).find((s) => derivedFrom.from.every((n) => s.includes(String(n))))
        : undefined;
    return {
      severity: 'warning',
      message: { key: 'gainForSlowerDecline' },
      evidence: `${pageQuote(claim.text, facts.gain)}; ${detail.slowerDecline.evidence.replace(/^Source: /, 'source: ')}${sentence ? `; the page's figure is a share of “${sentence}”` : ''}`,
    };
  },
};

/** Whether the page gives its percentage of this value as a change in a level, rate or risk. */
function isChangeFigure(text: string, value: number): boolean {
  const onPage = percentOnPage(text, value);
  return onPage !== undefined && figureKind(text, onPage.index, onPage[0].length) === 'change';
}

/** Where the page writes this percentage first. */
function percentOnPage(text: string, value: number): RegExpExecArray | undefined {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s*%/g)].find((m) => Number(m[1]) === value);
}

/** Where the page's percentage is of a kind that none of the source's same figures is, both kinds and quotes. */
function misreadKind(
  text: string,
  value: number,
  results: string,
): { page: FigureKind; source: FigureKind; sourceFigure: string; pageQuote: string; sourceQuotes: string[] } | null {
  const onPage = percentOnPage(text, value);
  if (!onPage) return null;
  const page = figureKind(text, onPage.index, onPage[0].length);
  const same = figuresWithKinds(results).filter((f) => Math.abs(f.value - value) <= SAME_FIGURE_TOLERANCE);
  if (!page || same.length === 0 || same.some((f) => f.kind === null || f.kind === page)) return null;
  const source = same[0]!.kind!;
  if (!same.every((f) => MISREAD_KINDS.some(([p, s]) => p === page && s === f.kind))) return null;
  return {
    page,
    source,
    sourceFigure: same[0]!.text,
    pageQuote: quoteAround(text, onPage.index, onPage[0].length, QUOTE_CONTEXT),
    sourceQuotes: same.map((f) => f.quote),
  };
}
