import { i18n } from '../../lib/shared/i18n';
import { statusOf, resultOf, type PopupLookups } from '../../lib/popup/page-verdict';
import { groupSources } from '../../lib/popup/source-groups';
import type { PageReport, ReportedReference } from '../../lib/shared/messages';
import { TextMatchNote } from '../shared/TextMatchNote';
import { PopupSourceSummary } from './PopupSourceSummary';
import { UnresolvedSource } from './UnresolvedSource';

/** The page's sources grouped by strength, strongest first, the unresolved last. */
export function SourcesList({
  report,
  lookups,
  onRetry,
}: {
  report: PageReport;
  lookups: PopupLookups;
  onRetry: (keys: string[]) => void;
}) {
  const groups = groupSources(report, lookups);
  if (groups.length === 0) return <p class="el-muted">{i18n.t('sources.none')}</p>;
  return (
    <>
      {groups.map((group) => (
        <div class="el-group" key={group.key} data-group={group.key}>
          <h3>
            {i18n.t(`groups.${group.key}`)} <span class="el-count">{group.references.length}</span>
          </h3>
          <ol class="el-references">
            {group.references.map((reference) => (
              <SourceItem key={reference.id} reference={reference} report={report} lookups={lookups} onRetry={onRetry} />
            ))}
          </ol>
        </div>
      ))}
    </>
  );
}

function SourceItem({
  reference,
  report,
  lookups,
  onRetry,
}: {
  reference: ReportedReference;
  report: PageReport;
  lookups: PopupLookups;
  onRetry: (keys: string[]) => void;
}) {
  const result = resultOf(reference, lookups);
  const status = statusOf(reference, report, lookups);
  const shortForms = report.references.filter((r) => r.sameAs === reference.id);
  return (
    <li class="el-reference" id={`el-source-${reference.id}`} data-testid="reference" tabIndex={-1}>
      <span class="el-number">{reference.number ?? '•'}</span>
      <div class="el-body">
        {status === 'resolved' && result ? (
          <PopupSourceSummary result={result} />
        ) : (
          <UnresolvedSource reference={reference} status={status === 'resolved' ? 'not-found' : status} onRetry={onRetry} />
        )}
        {shortForms.map((short) => (
          <p class="el-muted" key={short.id}>
            {i18n.t('sources.alsoCitedAs', [short.number !== null ? `(${short.number})` : '', short.text])}
          </p>
        ))}
        {reference.match && <TextMatchNote match={reference.match} />}
      </div>
    </li>
  );
}
