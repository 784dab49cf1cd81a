import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '../../lib/shared/i18n';
import type { ActiveTab } from '../../lib/popup/active-tab';
import { cslItems } from '../../lib/popup/csl-items';
import { distinctWorks, NO_LOOKUPS, pageVerdict, withPageRetries, type PopupLookups } from '../../lib/popup/page-verdict';
import { PopupRetrier, type RetrierDeps } from '../../lib/popup/popup-retrier';
import type { ReportState } from '../../lib/popup/report-loader';
import { pagePhase, ReportFollower } from '../../lib/popup/report-polling';
import { topWarnings } from '../../lib/popup/top-warnings';
import type { PageReport, SourceResult } from '../../lib/shared/messages';
import { isSiteEnabled, withSite, type Settings } from '../../lib/shared/settings';
import type { SettingsStore } from '../../lib/shared/settings-store';
import { SOURCE_STYLES } from '../shared/styles';
import { ChecklistList, goodAnswers } from './ChecklistList';
import { ClaimsList } from './ClaimsList';
import { DisclaimersList } from './DisclaimersList';
import { ExportControls, type ExportEffects } from './ExportControls';
import { Legend } from './Legend';
import { LookupForm } from './LookupForm';
import { Section } from './Section';
import { SiteSwitch } from './SiteSwitch';
import { SourcesList } from './SourcesList';
import { POPUP_STYLES } from './styles';
import { TopWarnings } from './TopWarnings';
import { Verdict } from './Verdict';

/** Everything the popup does outside itself, given by its entrypoint (and by tests). */
export interface PopupEnv {
  findTab(): Promise<ActiveTab | null>;
  loadReport(tabId: number): Promise<ReportState>;
  settings: SettingsStore;
  resolve(keys: readonly string[]): Promise<SourceResult[]>;
  rescan(tabId: number): Promise<'rescanning' | 'reloaded'>;
  /** Asks the page to be read now, without reloading it (reading only on the reader's click). */
  askToScan(tabId: number): Promise<void>;
  /** Shows a claim (by index) or a reference (by id) on the page itself. */
  reveal(tabId: number, target: { claim?: number; referenceId?: string }): void;
  openOptions(): void;
  exportEffects: ExportEffects;
  timers: Pick<RetrierDeps, 'setTimeout' | 'clearTimeout'>;
}

/** The toolbar popup: can I trust this page's science? Then the details, and what a reader can do. */
export function Popup({ env }: { env: PopupEnv }) {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [state, setState] = useState<ReportState | null>(null);
  const [generation, setGeneration] = useState(0);
  // The page itself is asking a service that did not answer again, and the popup follows it.
  const [pageRetrying, setPageRetrying] = useState(false);
  useEffect(() => {
    void env.findTab().then(setTab);
    void env.settings.load().then(setSettings);
  }, [env]);
  const enabled = !tab?.site || !settings || isSiteEnabled(settings, tab.site);
  const onClick = settings?.activation === 'on-click';
  useEffect(() => {
    if (tab && enabled && onClick) void env.askToScan(tab.id);
  }, [env, tab, enabled, onClick]);
  useEffect(() => {
    if (!tab || !enabled) return;
    // After a rescan, a switch or a click-to-read request the page's script may still be arriving.
    const follower = new ReportFollower(generation > 0 || onClick);
    let stopped = false;
    let timer: unknown;
    const poll = async () => {
      const next = await env.loadReport(tab.id);
      if (stopped) return;
      const delay = follower.next(next);
      // While a script is expected, "cannot read this page" would be premature: keep "reading".
      if (next.kind === 'report' || delay === null) setState(next);
      setPageRetrying(delay !== null && pagePhase(next) === 'retrying');
      if (delay !== null) timer = env.timers.setTimeout(() => void poll(), delay);
    };
    void poll();
    return () => {
      stopped = true;
      env.timers.clearTimeout(timer);
    };
  }, [env, tab, enabled, onClick, generation]);

  const switchSite = async (on: boolean) => {
    if (!tab?.site) return;
    setSettings(await env.settings.update((current) => withSite(current, tab.site!, on)));
    // The page is read (or left alone) afresh under the new setting.
    await env.rescan(tab.id);
    setState(null);
    setGeneration((g) => g + 1);
  };
  const rescan = async () => {
    if (!tab) return;
    setState(null);
    await env.rescan(tab.id);
    setGeneration((g) => g + 1);
  };

  return (
    <main class="el-popup">
      <style>{POPUP_STYLES + SOURCE_STYLES}</style>
      <header class="el-header">
        <h1>{i18n.t('popup.title')}</h1>
        <button type="button" class="el-link-button" onClick={() => env.openOptions()}>
          {i18n.t('popup.options')}
        </button>
      </header>
      <div class="el-row el-controls">
        {tab?.site && settings && <SiteSwitch site={tab.site} enabled={enabled} onChange={(on) => void switchSite(on)} />}
        {tab && enabled && state?.kind === 'report' && (
          <button type="button" class="el-small-button" onClick={() => void rescan()}>
            {i18n.t('popup.rescan')}
          </button>
        )}
      </div>
      {tab === null && <p class="el-muted">{i18n.t('popup.noTab')}</p>}
      {tab && !enabled && (
        <p class="el-muted" data-testid="site-off">
          {i18n.t('popup.siteOff', [tab.site ?? ''])}
        </p>
      )}
      {tab && enabled && state === null && <p class="el-muted">{i18n.t('popup.reading')}</p>}
      {tab && enabled && state?.kind === 'unavailable' && <p class="el-muted">{i18n.t('popup.unavailable')}</p>}
      {tab && enabled && state?.kind === 'report' && (
        <PageView key={generation} report={state.report} env={env} tabId={tab.id} pageRetrying={pageRetrying} />
      )}
    </main>
  );
}

function PageView({ report, env, tabId, pageRetrying }: { report: PageReport; env: PopupEnv; tabId: number; pageRetrying: boolean }) {
  const [ownLookups, setLookups] = useState<PopupLookups>(NO_LOOKUPS);
  const lookups = useMemo(() => withPageRetries(report, ownLookups, pageRetrying), [report, ownLookups, pageRetrying]);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const retrier = useRef<PopupRetrier | null>(null);
  if (retrier.current === null) retrier.current = new PopupRetrier({ resolve: (keys) => env.resolve(keys), ...env.timers }, setLookups);
  useEffect(() => () => retrier.current?.stop(), []);
  useEffect(() => {
    if (report.status !== 'done') return;
    const unavailable = distinctWorks(report).filter((reference) => reference.result?.state === 'unavailable');
    retrier.current!.retryUnavailable(unavailable.flatMap((reference) => reference.keys));
  }, [report]);
  const verdict = useMemo(() => {
    const own = pageVerdict(report, lookups);
    return { ...own, retrying: own.retrying || pageRetrying };
  }, [report, lookups, pageRetrying]);
  const warnings = useMemo(() => topWarnings(report, lookups), [report, lookups]);
  const toggle = useCallback((id: string, isOpen: boolean) => setOpen((current) => ({ ...current, [id]: isOpen })), []);
  const jump = (target: string) => {
    const isClaim = target.startsWith('el-claim-');
    const section = isClaim ? 'el-claims' : 'el-sources';
    env.reveal(tabId, isClaim ? { claim: Number(target.slice('el-claim-'.length)) } : { referenceId: target.slice('el-source-'.length) });
    setOpen((current) => ({ ...current, [section]: true }));
    // After the section has opened.
    env.timers.setTimeout(() => {
      const element = document.getElementById(target);
      element?.scrollIntoView({ block: 'start' });
      element?.focus();
    }, 0);
  };
  const lookUp = async (key: string) => (await retrier.current!.tryNow([key]))[0]!;
  const retry = (keys: string[]) => void retrier.current!.tryNow(keys);

  if (report.status === 'nothing-found') {
    return (
      <>
        <p class="el-muted">{i18n.t('popup.nothingFound')}</p>
        <Section id="el-lookup" title={i18n.t('sections.lookup')} open={open['el-lookup'] ?? false} onToggle={toggle}>
          <LookupForm lookUp={lookUp} />
        </Section>
      </>
    );
  }
  const works = distinctWorks(report).length;
  return (
    <>
      <section class="el-first" aria-labelledby="el-first-heading">
        <h2 id="el-first-heading" class="el-sr">
          {i18n.t('popup.firstHeading')}
        </h2>
        {report.title && <p class="el-page-title">{report.title}</p>}
        {report.status === 'scanning' || report.status === 'resolving' ? (
          <p class="el-muted" role="status">
            {i18n.t(report.status === 'scanning' ? 'popup.stillReading' : 'popup.resolving')}
          </p>
        ) : null}
        <Verdict verdict={verdict} />
        <TopWarnings warnings={warnings} onJump={jump} />
      </section>
      <Section
        id="el-claims"
        title={i18n.t('sections.claims')}
        count={report.claims.length}
        open={open['el-claims'] ?? false}
        onToggle={toggle}
      >
        <ClaimsList report={report} />
      </Section>
      <Section id="el-sources" title={i18n.t('sections.sources')} count={works} open={open['el-sources'] ?? false} onToggle={toggle}>
        <SourcesList report={report} lookups={lookups} onRetry={retry} />
      </Section>
      {report.evaluation && report.evaluation.checklist.length > 0 && (
        <Section
          id="el-checklist"
          title={i18n.t('sections.checklist')}
          count={i18n.t('sections.checklistCount', [
            String(goodAnswers(report.evaluation.checklist)),
            String(report.evaluation.checklist.length),
          ])}
          open={open['el-checklist'] ?? false}
          onToggle={toggle}
        >
          <ChecklistList checklist={report.evaluation.checklist} />
        </Section>
      )}
      <Section
        id="el-disclaimers"
        title={i18n.t('sections.disclaimers')}
        count={report.disclaimers.length}
        open={open['el-disclaimers'] ?? false}
        onToggle={toggle}
      >
        <DisclaimersList disclaimers={report.disclaimers} />
      </Section>
      {works > 0 && (
        <Section id="el-export" title={i18n.t('sections.export')} count={works} open={open['el-export'] ?? false} onToggle={toggle}>
          <ExportControls items={() => cslItems(report, lookups, i18n.t('export.unresolvedNote'))} effects={env.exportEffects} />
        </Section>
      )}
      <Section id="el-lookup" title={i18n.t('sections.lookup')} open={open['el-lookup'] ?? false} onToggle={toggle}>
        <LookupForm lookUp={lookUp} />
      </Section>
      <Section id="el-legend" title={i18n.t('sections.legend')} open={open['el-legend'] ?? false} onToggle={toggle}>
        <Legend />
      </Section>
    </>
  );
}
