import { ClaimChecks } from '../shared/ClaimChecks';
import { i18n } from '../../lib/shared/i18n';
import type { PageReport, ReportedClaim, ReportedReference } from '../../lib/shared/messages';

/** The page's study claims, each with what the page cites for it and how it was checked. */
export function ClaimsList({ report }: { report: PageReport }) {
  if (report.claims.length === 0) return <p class="el-muted">{i18n.t('claims.none')}</p>;
  return (
    <ul class="el-claims">
      {report.claims.map((claim, index) => (
        <ClaimItem
          key={index}
          index={index}
          claim={claim}
          references={report.references}
          checks={report.evaluation?.claimChecks.filter((check) => check.claim === index) ?? []}
        />
      ))}
    </ul>
  );
}

function ClaimItem({
  index,
  claim,
  references,
  checks,
}: {
  index: number;
  claim: ReportedClaim;
  references: ReportedReference[];
  checks: NonNullable<PageReport['evaluation']>['claimChecks'];
}) {
  const facts = [
    claim.participants !== null && i18n.t('claims.participants', claim.participants),
    claim.duration && `${claim.duration.value} ${claim.duration.unit}${claim.duration.value === 1 ? '' : 's'}`,
    ...claim.effects.map((effect) =>
      effect.relative === true
        ? i18n.t('claims.relative', [effect.text])
        : effect.relative === false
          ? i18n.t('claims.absolute', [effect.text])
          : effect.text,
    ),
  ].filter((fact): fact is string => typeof fact === 'string');
  return (
    <li class="el-claim" id={`el-claim-${index}`} data-testid="claim" tabIndex={-1}>
      <p class="el-quote">“{claim.text}”</p>
      <p class="el-facts">
        {facts.map((fact) => (
          <span class="el-chip" key={fact}>
            {fact}
          </span>
        ))}
        <span class="el-cites">{citesLine(claim, references)}</span>
      </p>
      <ClaimChecks checks={checks} />
    </li>
  );
}

/** "cites (2)", as the page numbers its references; a reference without number by its first words. */
function citesLine(claim: ReportedClaim, references: ReportedReference[]): string {
  if (claim.referenceIds.length === 0) return i18n.t('claims.noCitation');
  const cited = claim.referenceIds.map((id) => {
    const reference = references.find((r) => r.id === id);
    if (!reference) return '?';
    if (reference.number !== null) return `(${reference.number})`;
    const words = reference.text.replace(/\s+/g, ' ').trim();
    return `“${words.length > 40 ? `${words.slice(0, 39)}…` : words}”`;
  });
  return i18n.t(claim.citedBy === 'paragraph' ? 'claims.citesByParagraph' : 'claims.cites', [cited.join(', ')]);
}
