import { sectionText } from '../abstract-sections';
import { figureInSource } from '../figure-in-source';
import { figureForAnotherOutcome } from '../figure-outcome';
import { pageQuote } from './quote';
import type { CheckDefinition } from './types';

/**
 * A figure the source states for another outcome than the page's, or a result presented as a gain ("more function", "improved memory") where the source reports
 * only a slower decline: the treated group got worse too, less fast. Compares the direction of the
 * effect on both sides, whatever the outcome is called.
 */
export const effectMisstated: CheckDefinition = {
  code: 'effect-misstated',
  scope: 'source',
  wording: {
    anotherOutcome: ({ figure }) => `The source does report ${figure}, but for another outcome than the one the page attaches it to.`,
    gainForSlowerDecline: () =>
      'The page presents the result as a gain; the source reports a slower decline (those treated got worse too, only less fast), which is not the same thing.',
  },
  run({ claim, facts }, { detail, record }) {
    const results = sectionText(detail.sections, 'results', 'conclusions') || (record.abstract ?? '');
    for (const effect of claim.effects.filter((e) => e.unit === '%')) {
      const mismatch = figureForAnotherOutcome(claim.text, effect.text, effect.value, results);
      if (mismatch)
        return {
          severity: 'warning',
          message: { key: 'anotherOutcome', values: { figure: effect.text } },
          evidence: `Page: “${claim.text}”; source: “${mismatch.figureQuote}” but “${mismatch.otherQuote}”`,
        };
    }
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
