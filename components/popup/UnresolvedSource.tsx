import { camelCase, i18n } from '../../lib/shared/i18n';
import { identifierLinks, referenceSearchLink } from '../../lib/popup/identifier-links';
import type { SourceStatus } from '../../lib/popup/page-verdict';
import type { ReportedReference } from '../../lib/shared/messages';

/**
 * A source no database gave a record for, with everything a reader needs to find it alone: the
 * reference as the page wrote it, why it is unresolved, its identifiers with links, a PubMed
 * search, and "try again" where another look-up can help.
 */
export function UnresolvedSource({
  reference,
  status,
  onRetry,
}: {
  reference: ReportedReference;
  status: Exclude<SourceStatus, 'resolved'>;
  onRetry: (keys: string[]) => void;
}) {
  const ids = identifierLinks(reference.keys);
  const search = referenceSearchLink(reference.text);
  const canRetry = ids.length > 0 && (status === 'unavailable' || status === 'not-found' || status === 'retrying');
  return (
    <div class="el-unresolved" data-testid="unresolved" data-status={status}>
      <p class="el-ref-text">{reference.text}</p>
      <p class="el-state" role={status === 'retrying' ? 'status' : undefined}>
        {i18n.t(`unresolved.${camelCase(status)}`)}
      </p>
      {ids.length > 0 && (
        <p class="el-ids">
          {ids.map((id) => (
            <span key={id.value} class="el-id">
              {i18n.t(`ids.${id.kind}`)} <code>{id.value}</code>
            </span>
          ))}
        </p>
      )}
      <p class="el-links">
        {ids.map((id) => (
          <a key={id.href} href={id.href} target="_blank" rel="noopener noreferrer">
            {i18n.t(`links.${id.kind}`)}
          </a>
        ))}
        {ids.map(
          (id) =>
            id.pubmedSearch && (
              <a key={id.pubmedSearch} href={id.pubmedSearch} target="_blank" rel="noopener noreferrer">
                {i18n.t('links.pubmedByDoi')}
              </a>
            ),
        )}
        {search && (
          <a href={search} target="_blank" rel="noopener noreferrer">
            {i18n.t('links.searchText')}
          </a>
        )}
      </p>
      {canRetry && (
        <button type="button" class="el-small-button" onClick={() => onRetry(reference.keys)}>
          {i18n.t('unresolved.tryAgain')}
        </button>
      )}
    </div>
  );
}
