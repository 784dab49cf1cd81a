import { CHECK_LABELS } from '../../lib/evidence/labels';
import { i18n } from '../../lib/shared/i18n';

/** A claim check as shown to a reader. */
export interface ShownCheck {
  code: string;
  severity: 'warning' | 'info';
  message: string;
  evidence: string;
  /** The page's claim, when the list mixes several claims. */
  claimText?: string;
}

/** What the page says, checked against its sources: one item per check, warnings first. All text. */
export function ClaimChecks({ checks, heading }: { checks: readonly ShownCheck[]; heading?: string }) {
  if (checks.length === 0) return null;
  const ordered = [...checks].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1));
  return (
    <div class="el-checks">
      {heading && <h3>{heading}</h3>}
      <ul>
        {ordered.map((check, index) => (
          <li key={index} class={`el-check el-check-${check.severity}`} data-code={check.code} data-testid="claim-check">
            <strong>
              {check.severity === 'warning' ? '⚑ ' : ''}
              {CHECK_LABELS[check.code as keyof typeof CHECK_LABELS] ?? check.code}
            </strong>
            {check.claimText && <span class="el-check-claim">{i18n.t('source.onClaim', [shorten(check.claimText, 110)])}</span>}
            <span class="el-check-message">{check.message}</span>
            <span class="el-evidence">{check.evidence}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}
