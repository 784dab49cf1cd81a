import { SourceSummary } from '../shared/SourceSummary';
import { i18n } from '../../lib/shared/i18n';
import type { SourceResult } from '../../lib/shared/messages';

/**
 * The card's source summary, as the popup shows it: the same component, with the strength level
 * in plain words on a 1-to-5 scale, and without the database's own vocabulary (publication types,
 * MeSH terms), which the popup's styles leave out.
 */
export function PopupSourceSummary({ result }: { result: SourceResult }) {
  return (
    <div class="el-popup-source">
      <SourceSummary result={result} />
      {result.assessment && (
        <p class="el-level-plain" data-testid="level-words">
          {i18n.t(`levels.${result.assessment.level}`)}
        </p>
      )}
    </div>
  );
}
