import { useEffect, useState } from 'preact/hooks';
import type { ReportState } from '../../lib/popup/report-loader';
import { countReport } from '../../lib/popup/summarise-report';
import type { PageReport, ReportedReference } from '../../lib/shared/messages';
import { SourceSummary, UnresolvedSummary } from '../shared/SourceSummary';
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
  if (report.status === 'nothing-found') return <p class="el-muted">No reference list found on this page.</p>;
  const counts = countReport(report);
  return (
    <>
      <p class="el-page-title">{report.title}</p>
      <p class="el-counts" data-testid="counts">
        {counts.references} references · {counts.resolvedWorks} sources resolved · {report.markerCount} in-text markers
        {report.status === 'resolving' && ' · looking up…'}
      </p>
      <h2>Sources</h2>
      <ol class="el-references">
        {report.references.map((reference) => (
          <ReferenceItem key={reference.id} reference={reference} all={report.references} />
        ))}
      </ol>
    </>
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
      </div>
    </li>
  );
}
