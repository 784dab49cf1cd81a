import { useEffect, useState } from 'preact/hooks';
import type { ReportState } from '../../lib/popup/report-loader';
import { countReport } from '../../lib/popup/summarise-report';
import type { PageReport, ReportedClaim, ReportedReference } from '../../lib/shared/messages';
import { SourceSummary, UnresolvedSummary } from '../shared/SourceSummary';
import { ClaimChecks, type ShownCheck } from '../shared/ClaimChecks';
import { TextMatchNote } from '../shared/TextMatchNote';
import { CHECKLIST_QUESTIONS, isGoodAnswer } from '../../lib/evidence/labels';
import type { ChecklistCriterion } from '../../lib/evidence/page-checklist';
import { SOURCE_STYLES } from '../shared/styles';
import { POPUP_STYLES } from './styles';

const POLL_MS = 400;
const MAX_POLLS = 75;

/** The toolbar popup: a summary of what the page cites and what each source is. */
export function Popup({ loadReport }: { loadReport: () => Promise<ReportState> }) {
  const [state, setState] = useState<ReportState | null>(null);
  useEffect(() => {
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const next = await loadReport();
      setState(next);
      const busy = next.kind === 'report' && (next.report.status === 'scanning' || next.report.status === 'resolving');
      if (busy && (polls += 1) < MAX_POLLS) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => clearTimeout(timer);
  }, [loadReport]);
  return (
    <main class="el-popup">
      <style>{POPUP_STYLES + SOURCE_STYLES}</style>
      <h1>Evidence Lens</h1>
      {state === null && <p class="el-muted">Reading the page…</p>}
      {state?.kind === 'unavailable' && (
        <p class="el-muted">Evidence Lens cannot read this page (browser pages, stores and PDFs are out of its reach).</p>
      )}
      {state?.kind === 'report' && <PageSummary report={state.report} />}
    </main>
  );
}

function PageSummary({ report }: { report: PageReport }) {
  if (report.status === 'nothing-found') return <p class="el-muted">No references, study claims or disclaimers found on this page.</p>;
  const counts = countReport(report);
  const evaluation = report.evaluation;
  return (
    <>
      <p class="el-page-title">{report.title}</p>
      <p class="el-counts" data-testid="counts">
        {counts.references} references · {counts.resolvedWorks} sources resolved · {report.markerCount} in-text markers
        {report.status === 'resolving' && ' · looking up…'}
      </p>
      {evaluation && (
        <p class="el-summary" data-testid="summary">
          {evaluation.summary}
        </p>
      )}
      <h2>Study claims ({report.claims.length})</h2>
      {report.claims.length === 0 ? (
        <p class="el-muted">No sentence on this page reports a study.</p>
      ) : (
        <ul class="el-claims">
          {report.claims.map((claim, index) => (
            <ClaimItem
              key={index}
              claim={claim}
              references={report.references}
              checks={evaluation?.claimChecks.filter((check) => check.claim === index) ?? []}
            />
          ))}
        </ul>
      )}
      {report.references.length > 0 && (
        <>
          <h2>Sources</h2>
          <ol class="el-references">
            {report.references.map((reference) => (
              <ReferenceItem key={reference.id} reference={reference} all={report.references} />
            ))}
          </ol>
        </>
      )}
      {evaluation && (
        <>
          <h2>Checklist</h2>
          <ul class="el-checklist">
            {evaluation.checklist.map((item) => (
              <li key={item.criterion} data-testid="checklist-item" data-criterion={item.criterion} data-answer={item.answer}>
                <span class={`el-answer el-answer-${answerTone(item.criterion, item.answer)}`}>{item.answer}</span>
                <span class="el-question">{CHECKLIST_QUESTIONS[item.criterion]}</span>
                <span class="el-evidence">{item.evidence}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Disclaimers and disclosures ({report.disclaimers.length})</h2>
      {report.disclaimers.length === 0 ? (
        <p class="el-muted">None found.</p>
      ) : (
        <ul class="el-disclaimers">
          {report.disclaimers.map((disclaimer, index) => (
            <li key={index} data-testid="disclaimer">
              <span class="el-chip">{DISCLAIMER_LABELS[disclaimer.kind as keyof typeof DISCLAIMER_LABELS] ?? disclaimer.kind}</span>{' '}
              {disclaimer.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Words a reader sees for each kind of disclaimer. */
const DISCLAIMER_LABELS = {
  'medical-advice': 'Not medical advice',
  'consult-professional': 'Ask a professional',
  'not-evaluated': 'Not evaluated by the FDA',
  affiliate: 'Affiliate links',
  sponsored: 'Sponsored',
  'conflict-of-interest': 'Conflict of interest',
  'editorial-independence': 'Editorial independence',
} as const;

const STRENGTH_WORDS = ['states no link', 'says “is linked with”', 'says “may cause”', 'says “causes”'];

function answerTone(criterion: ChecklistCriterion, answer: 'yes' | 'no' | 'unclear'): string {
  const good = isGoodAnswer(criterion, answer);
  return good === null ? 'unclear' : good ? 'good' : 'bad';
}

function ClaimItem({ claim, references, checks }: { claim: ReportedClaim; references: ReportedReference[]; checks: ShownCheck[] }) {
  const cited = claim.referenceIds.map((id) => references.find((r) => r.id === id)?.number ?? id);
  const facts = [
    claim.participants !== null && `${claim.participants} participants`,
    claim.duration && `${claim.duration.value} ${claim.duration.unit}${claim.duration.value === 1 ? '' : 's'}`,
    ...claim.effects.map((e) => `${e.text}${e.relative === true ? ' (relative)' : e.relative === false ? ' (absolute)' : ''}`),
    STRENGTH_WORDS[claim.strength],
  ].filter((fact): fact is string => typeof fact === 'string');
  return (
    <li class="el-claim" data-testid="claim">
      <p class="el-quote">“{claim.text}”</p>
      <p class="el-facts">
        {facts.map((fact) => (
          <span class="el-chip" key={fact}>
            {fact}
          </span>
        ))}
        <span class="el-cites">
          {cited.length > 0 ? `cites ${cited.join(', ')}${claim.citedBy === 'paragraph' ? ' (by its paragraph)' : ''}` : 'no citation'}
        </span>
      </p>
      <ClaimChecks checks={checks} />
    </li>
  );
}

function ReferenceItem({ reference, all }: { reference: ReportedReference; all: ReportedReference[] }) {
  const fuller = reference.sameAs ? all.find((r) => r.id === reference.sameAs) : undefined;
  return (
    <li class="el-reference" data-testid="reference">
      <span class="el-number">{reference.number ?? '•'}</span>
      <div class="el-body">
        {fuller ? (
          <p class="el-muted">
            “{reference.text}” is a short form of reference {fuller.number ?? fuller.text}.
          </p>
        ) : reference.result ? (
          <SourceSummary result={reference.result} />
        ) : (
          <>
            <p class="el-ref-text">{reference.text}</p>
            <UnresolvedSummary reason={reference.keys.length === 0 ? 'no-identifier' : 'pending'} />
          </>
        )}
        {reference.match && <TextMatchNote match={reference.match} />}
      </div>
    </li>
  );
}
