import { camelCase, i18n } from '../../lib/shared/i18n';
import { groupChecksByClaim, sourceWords } from '../../lib/content/check-groups';
import type { CheckView } from '../../lib/content/claim-check-views';
import type { ClaimCheckCode } from '../../lib/evidence/claim-checks';

/** The label of a check code, from the messages file; an unknown code is shown as it is. */
export function checkLabel(code: string): string {
  return i18n.t(`page.check.${camelCase(code as ClaimCheckCode)}`) || code;
}

/**
 * What the page says, checked against its sources: each claim's sentence once, the study it was
 * checked against, then each check with the source's words only. All text.
 */
export function CheckGroups({ checks, heading }: { checks: readonly CheckView[]; heading: string }) {
  if (checks.length === 0) return null;
  return (
    <div class="el-checks">
      <h3>{heading}</h3>
      {groupChecksByClaim(checks).map((group, index) => (
        <section class="el-claim" key={index} data-testid="claim-group">
          <p class="el-claim-text">
            <span class="el-claim-label">{i18n.t('page.card.pageSays')}</span> “{group.claimText}”
          </p>
          {group.sources.length > 0 && <p class="el-checked-against">{i18n.t('page.card.checkedAgainst', [group.sources.join('; ')])}</p>}
          <ul>
            {group.checks.map((check, at) => (
              <li key={at} class={`el-check el-check-${check.severity}`} data-code={check.code} data-testid="claim-check">
                <strong>
                  {check.severity === 'warning' && <span aria-hidden="true">⚑ </span>}
                  {checkLabel(check.code)}
                </strong>
                <span class="el-check-message">{check.message}</span>
                {sourceWords(check.evidence) && <span class="el-evidence">{sourceWords(check.evidence)}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
