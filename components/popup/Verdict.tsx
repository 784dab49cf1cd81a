import { camelCase, i18n } from '../../lib/shared/i18n';
import type { PageVerdict, UncheckedReason } from '../../lib/popup/page-verdict';

const UNRESOLVED_ORDER = ['retrying', 'pending', 'unavailable', 'not-found', 'no-identifier'] as const;
const UNCHECKED_ORDER: readonly UncheckedReason[] = ['retrying', 'pending', 'unavailable', 'not-found', 'no-citation'];

/**
 * The first answer to "can I trust this page's science?": how many sources were found and
 * resolved, how many claims were checked and how they fared, and what could not be checked and why.
 */
export function Verdict({ verdict }: { verdict: PageVerdict }) {
  const checked = verdict.withIssues + verdict.clean;
  const unchecked = verdict.claims - checked;
  return (
    <div class="el-verdict" data-testid="verdict">
      {verdict.retrying && (
        <p class="el-retrying" role="status" data-testid="retrying">
          <span class="el-spin" aria-hidden="true">
            ↻
          </span>{' '}
          {i18n.t('verdict.retrying')}
        </p>
      )}
      <p data-testid="verdict-sources">
        {verdict.works === 0
          ? i18n.t('verdict.noSources')
          : [
              i18n.t('verdict.sources', verdict.works),
              i18n.t('verdict.resolved', [String(verdict.resolved)]),
              ...UNRESOLVED_ORDER.flatMap((reason) => {
                const n = verdict.unresolved[reason];
                return n ? [i18n.t(`verdict.unresolved.${camelCase(reason)}`, n)] : [];
              }),
            ].join(' · ')}
      </p>
      {verdict.retracted > 0 && <p class="el-bad">{i18n.t('verdict.retracted', verdict.retracted)}</p>}
      <p data-testid="verdict-claims">
        {verdict.claims === 0
          ? i18n.t('verdict.noClaims')
          : [
              i18n.t('verdict.claims', verdict.claims),
              verdict.withIssues > 0 && i18n.t('verdict.withIssues', verdict.withIssues),
              // "No issues" is said only of claims that were checked.
              verdict.clean > 0 && i18n.t('verdict.clean', verdict.clean),
              checked === 0 && i18n.t('verdict.noneChecked'),
            ]
              .filter((part): part is string => typeof part === 'string')
              .join(' · ')}
      </p>
      {unchecked > 0 && (
        <ul class="el-unchecked" data-testid="verdict-unchecked">
          {UNCHECKED_ORDER.flatMap((reason) => {
            const n = verdict.unchecked[reason];
            return n ? [<li key={reason}>{i18n.t(`verdict.unchecked.${camelCase(reason)}`, n)}</li>] : [];
          })}
        </ul>
      )}
    </div>
  );
}
