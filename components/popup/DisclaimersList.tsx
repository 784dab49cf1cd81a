import { camelCase, i18n } from '../../lib/shared/i18n';
import type { PageReport } from '../../lib/shared/messages';

/** Kinds of disclaimer the scanner reports, each with its words in the messages file. */
const DISCLAIMER_KINDS = [
  'medical-advice',
  'consult-professional',
  'not-evaluated',
  'affiliate',
  'sponsored',
  'conflict-of-interest',
  'editorial-independence',
] as const;

/** The page's disclaimers and disclosures, each with its kind in plain words. */
export function DisclaimersList({ disclaimers }: { disclaimers: PageReport['disclaimers'] }) {
  if (disclaimers.length === 0) return <p class="el-muted">{i18n.t('disclaimers.none')}</p>;
  return (
    <ul class="el-disclaimers">
      {disclaimers.map((disclaimer, index) => (
        <li key={index} data-testid="disclaimer">
          <span class="el-chip">
            {(DISCLAIMER_KINDS as readonly string[]).includes(disclaimer.kind)
              ? i18n.t(`disclaimers.kind.${camelCase(disclaimer.kind as (typeof DISCLAIMER_KINDS)[number])}`)
              : disclaimer.kind}
          </span>{' '}
          {disclaimer.text}
        </li>
      ))}
    </ul>
  );
}
