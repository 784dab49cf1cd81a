import { figureInRecord } from '../figure-in-source';
import type { CheckDefinition, CheckedClaim } from './types';

/** Effect units a source states as numbers; p-values and intervals are not compared. */
export const FIGURE_UNITS: readonly string[] = ['%', 'times', 'fold', 'points'];

function isFigure(effect: CheckedClaim['effects'][number]): boolean {
  return FIGURE_UNITS.includes(effect.unit);
}

/**
 * A figure of the page that the source neither states nor lets one work out. Information while only
 * the abstract was read (the figure may be in the full text); a warning when the full text was read too.
 */
export const numberNotInSource: CheckDefinition = {
  code: 'number-not-in-source',
  scope: 'source',
  wording: {
    abstractOnly: ({ figure }) =>
      `The figure “${figure}” appears nowhere in the source's abstract, and cannot be worked out from its numbers. It may come from the full text, or it may be wrong.`,
    fullText: ({ figure }) =>
      `The figure “${figure}” appears nowhere in the source: not in its abstract, nor in the methods, results, tables or conclusions of its full text, and it cannot be worked out from their numbers.`,
  },
  run({ claim }, { record, detail }) {
    if (!record.abstract && !detail.fullTextRead) return null;
    const missing = claim.effects.find((e) => isFigure(e) && figureInRecord(e.value, e.unit, record).kind === 'absent');
    if (!missing) return null;
    return {
      severity: detail.fullTextRead ? 'warning' : 'info',
      message: { key: detail.fullTextRead ? 'fullText' : 'abstractOnly', values: { figure: missing.text } },
      evidence: `Page: “${missing.text}”; source ${detail.fullTextRead ? 'abstract and full text' : 'abstract'} searched: ${record.title ?? 'untitled'}`,
    };
  },
};
