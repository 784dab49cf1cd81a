import { CHECK_LABELS } from '../../lib/evidence/labels';
import { i18n } from '../../lib/shared/i18n';
import type { TopWarning } from '../../lib/popup/top-warnings';

/** How much of a claim the first screen quotes. */
const QUOTE_LENGTH = 64;

/** The few warnings that matter, each a link to where the popup explains it. */
export function TopWarnings({ warnings, onJump }: { warnings: TopWarning[]; onJump: (target: string) => void }) {
  if (warnings.length === 0) return null;
  return (
    <div class="el-top-warnings">
      <h2 id="el-warnings-heading">{i18n.t('warnings.heading')}</h2>
      <ul aria-labelledby="el-warnings-heading">
        {warnings.map((warning) => {
          const target = warning.kind === 'claim' ? `el-claim-${warning.claim}` : `el-source-${warning.referenceId}`;
          return (
            <li key={target} data-testid="top-warning">
              <a
                href={`#${target}`}
                onClick={(event) => {
                  event.preventDefault();
                  onJump(target);
                }}
              >
                <strong>
                  {'⚑ '}
                  {warning.kind === 'retracted'
                    ? i18n.t('warnings.retracted')
                    : (CHECK_LABELS[warning.code as keyof typeof CHECK_LABELS] ?? warning.code)}
                </strong>{' '}
                <span class="el-muted">“{shorten(warning.kind === 'claim' ? warning.quote : warning.title)}”</span>
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function shorten(text: string): string {
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : text;
}
