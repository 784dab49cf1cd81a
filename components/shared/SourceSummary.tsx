import { DESIGN_LABELS, LEVEL_LABELS } from '../../lib/shared/design-codes';
import type { SourceResult } from '../../lib/shared/messages';
import { NOTICE_ITEM_WORDS, NOTICE_WORDS, noticeTarget } from '../../lib/evidence/notice-notes';
import { datesWords, enrolmentWords, whyStoppedWords } from '../../lib/evidence/registry-words';
import { linksOf, workLink } from '../../lib/shared/source-links';
import type { Notice, NoticeOf, RegistryFacts, SourceRecord } from '../../lib/shared/source-record';
import { i18n } from '../../lib/shared/i18n';

/** Why a reference has no resolved source, for the reader. */
export type UnresolvedReason = 'pending' | 'retrying' | 'not-found' | 'unavailable' | 'no-identifier';

/** Words for the states a source can be in other than resolved (from the messages file). */
export function stateMessage(reason: UnresolvedReason): string {
  switch (reason) {
    case 'pending':
      return i18n.t('source.state.pending');
    case 'retrying':
      return i18n.t('source.state.retrying');
    case 'not-found':
      return i18n.t('source.state.notFound');
    case 'unavailable':
      return i18n.t('source.state.unavailable');
    case 'no-identifier':
      return i18n.t('source.state.noIdentifier');
  }
}

/** The facts of one resolved source: title, journal, year, design and level, and links. Text only. */
export function SourceSummary({ result }: { result: SourceResult }) {
  const { record, assessment } = result;
  if (!record) return <p class="el-state">{stateMessage(result.state === 'resolved' ? 'not-found' : result.state)}</p>;
  const links = linksOf(record);
  return (
    <div class="el-source">
      <p class="el-title">{record.title ?? i18n.t('source.untitled')}</p>
      <p class="el-meta">
        {[record.journal, record.year].filter((part) => part !== null && part !== '').join(' · ') || i18n.t('source.journalYearUnknown')}
      </p>
      {record.noticeOf ? (
        <NoticeOfLine of={record.noticeOf} />
      ) : (
        assessment && (
          <p class="el-design">
            <span class={`el-level el-level-${assessment.level}`}>{DESIGN_LABELS[assessment.design]}</span>{' '}
            <span class="el-level-words">{LEVEL_LABELS[assessment.level]}</span>
            <span class="el-evidence">{i18n.t('source.why', [assessment.evidence])}</span>
          </p>
        )
      )}
      {result.facts && <FactsLine facts={result.facts} />}
      {shownNotes(result).length > 0 && (
        <ul class="el-notes">
          {shownNotes(result).map((note) => (
            <li key={note.code} class={`el-note el-note-${note.severity}`} data-code={note.code}>
              {note.message}
              <span class="el-evidence">{i18n.t('source.why', [note.evidence])}</span>
            </li>
          ))}
        </ul>
      )}
      {record.registry ? (
        <RegistryLine registry={record.registry} />
      ) : (
        record.ids.nct.length > 0 && <p class="el-registry">{i18n.t('source.trialNotFound', [record.ids.nct.join(', ')])}</p>
      )}
      {record.notices.map((notice, index) => (
        <NoticeLine notice={notice} key={index} />
      ))}
      <FullTextLine record={record} />
      {record.publicationTypes.length > 0 && (
        <p class="el-facts-line">{i18n.t('source.publicationTypes', [record.publicationTypes.join('; ')])}</p>
      )}
      {record.meshTerms.length > 0 && <p class="el-facts-line">{i18n.t('source.mesh', [record.meshTerms.join('; ')])}</p>}
      {record.abstract && (
        <details class="el-abstract">
          <summary>{i18n.t('source.abstract')}</summary>
          <p>{record.abstract}</p>
        </details>
      )}
      <p class="el-links">
        {links.doi && <ExternalLink href={links.doi}>{i18n.t('source.doiLink', [record.ids.doi ?? ''])}</ExternalLink>}
        {links.pubmed && <ExternalLink href={links.pubmed}>{i18n.t('source.pubmedLink')}</ExternalLink>}
        {links.fullText && <ExternalLink href={links.fullText}>{i18n.t('source.fullTextLink')}</ExternalLink>}
        {record.ids.nct.map((nct) => (
          <ExternalLink key={nct} href={`https://clinicaltrials.gov/study/${nct}`}>
            {nct}
          </ExternalLink>
        ))}
      </p>
    </div>
  );
}

/** Notes for the card; the registry line below already says what "registered-trial" says. */
function shownNotes(result: SourceResult) {
  return (result.notes ?? []).filter((note) => !(note.code === 'registered-trial' && result.record?.registry));
}

/** Size, duration and primary endpoint in one line; what is not known is not shown. */
function FactsLine({ facts }: { facts: NonNullable<SourceResult['facts']> }) {
  const parts = [
    facts.participants !== null && i18n.t('source.participants', [String(facts.participants)]),
    facts.durationWeeks !== null && i18n.t('source.weeks', [String(Math.round(facts.durationWeeks))]),
    facts.primaryEndpoint === 'met'
      ? i18n.t('source.endpointMet')
      : facts.primaryEndpoint === 'not-met'
        ? i18n.t('source.endpointNotMet')
        : null,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? <p class="el-facts-line el-size">{parts.join(' · ')}</p> : null;
}

/** One notice: its kind, date and services, with a link to the notice (or to the new version that replaces the work). */
function NoticeLine({ notice }: { notice: Notice }) {
  const href = workLink({ doi: notice.noticeDoi, pmid: notice.noticePmid });
  const republished = notice.type === 'retracted-and-republished' || notice.type === 'corrected-and-republished';
  return (
    <p class="el-notice" data-type={notice.type}>
      {NOTICE_WORDS[notice.type]}
      {notice.date ? ` (${notice.date})` : ''} · {notice.source}
      {href && (
        <>
          {' · '}
          <ExternalLink href={href}>{republished ? i18n.t('source.newVersion') : i18n.t('source.notice')}</ExternalLink>
        </>
      )}
    </p>
  );
}

/** What a notice item is, in place of a study design, with a link to the work it is about. */
function NoticeOfLine({ of }: { of: NoticeOf }) {
  const href = workLink(of);
  const { what, verb } = NOTICE_ITEM_WORDS[of.type];
  return (
    <p class="el-design el-notice-of">
      <span class="el-level el-level-notice">{what.replace(/^an? /, '').replace(/^./, (c) => c.toUpperCase())}</span>{' '}
      {i18n.t('source.notAStudy')} {verb} {href ? <ExternalLink href={href}>{noticeTarget(of)}</ExternalLink> : noticeTarget(of)}.
    </p>
  );
}

/** Says when the open full text was read, so the reader knows the checks looked beyond the abstract. */
function FullTextLine({ record }: { record: SourceRecord }) {
  if (!record.fullText) return null;
  return (
    <p class="el-facts-line el-full-text">{i18n.t('source.fullTextRead', [record.fullText.pmcid, record.fullText.readAt.slice(0, 10)])}</p>
  );
}

/** The registry facts of a trial in one line: status, design, enrolment, results. */
function RegistryLine({ registry }: { registry: RegistryFacts }) {
  const parts = [
    registry.status && words(registry.status),
    registry.phases.length > 0 && registry.phases.map(words).join('/'),
    registry.allocation && words(registry.allocation),
    registry.masking && i18n.t('source.masking', [words(registry.masking)]),
    enrolmentWords(registry),
    datesWords(registry),
    whyStoppedWords(registry),
    registry.industryCollaborators && registry.industryCollaborators.length > 0
      ? i18n.t('source.collaborators', [registry.industryCollaborators.join(', ')])
      : null,
    registry.hasResults ? i18n.t('source.resultsPosted') : i18n.t('source.noResultsPosted'),
  ].filter((part): part is string => typeof part === 'string');
  return <p class="el-registry">{i18n.t('source.registered', [registry.nct, parts.join(', ')])}</p>;
}

/** "QUADRUPLE" → "quadruple", "PHASE3" → "phase 3". */
function words(code: string): string {
  return code
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/phase(\d)/, 'phase $1');
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
  return <p class="el-state">{stateMessage(reason)}</p>;
}
