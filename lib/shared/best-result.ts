import type { SourceResult } from './messages';

/**
 * The result that stands for a reference with several identifiers: a resolved one if any of them
 * resolved, else the first answer there is, else null.
 */
export function bestResult(keys: readonly string[], results: ReadonlyMap<string, SourceResult>): SourceResult | null {
  const answers = keys.flatMap((key) => {
    const answer = results.get(key);
    return answer ? [answer] : [];
  });
  return answers.find((answer) => answer.state === 'resolved') ?? answers[0] ?? null;
}
