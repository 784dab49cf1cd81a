import { DESIGN_LABELS, LEVEL_LABELS } from '../../lib/evidence/design-codes';
import type { SourceResult } from '../../lib/shared/messages';
import { linksOf } from '../../lib/shared/source-links';

/** Words for the states a source can be in other than resolved. */
export const STATE_MESSAGES = {
  pending: 'Looking up this source…',
  'not-found': 'Could not resolve this source: no scholarly database knows its identifier.',
  unavailable: 'Could not resolve this source: the scholarly database did not answer. It will be tried again on your next visit.',
  'no-identifier': 'This reference has no DOI, PubMed or PMC identifier, so it was not looked up.',
} as const;

/** Why a reference has no resolved source, for the reader. */
export type UnresolvedReason = keyof typeof STATE_MESSAGES;

/** The facts of one resolved source: title, journal, year, design and level, and links. Text only. */
export function SourceSummary({ result }: { result: SourceResult }) {
  const { record, assessment } = result;
  if (!record) return <p class="el-state">{STATE_MESSAGES[result.state === 'resolved' ? 'not-found' : result.state]}</p>;
  const links = linksOf(record);
  return (
    <div class="el-source">
      <p class="el-title">{record.title ?? 'Untitled record'}</p>
      <p class="el-meta">
        {[record.journal, record.year].filter((part) => part !== null && part !== '').join(' · ') || 'Journal and year unknown'}
      </p>
      {assessment && (
        <p class="el-design">
          <span class={`el-level el-level-${assessment.level}`}>{DESIGN_LABELS[assessment.design]}</span>{' '}
          <span class="el-level-words">{LEVEL_LABELS[assessment.level]}</span>
          <span class="el-evidence">Why: {assessment.evidence}</span>
        </p>
      )}
      <p class="el-links">
        {links.doi && <ExternalLink href={links.doi}>DOI {record.ids.doi}</ExternalLink>}
        {links.pubmed && <ExternalLink href={links.pubmed}>PubMed</ExternalLink>}
        {links.fullText && <ExternalLink href={links.fullText}>Free full text</ExternalLink>}
      </p>
    </div>
  );
}

function ExternalLink({ href, children }: { href: string; children: preact.ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** The message for a reference with no usable result. */
export function UnresolvedSummary({ reason }: { reason: UnresolvedReason }) {
  return <p class="el-state">{STATE_MESSAGES[reason]}</p>;
}
