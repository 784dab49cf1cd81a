import { render } from 'preact';
import { Badge } from '../../components/page/Badge';
import { BADGE_STYLES } from '../../components/page/styles';
import { NO_SIGNALS } from '../evidence/page-checklist';
import type { AnalysedClaim, PageAnalysisResponse, PageEvaluationResponse, PageReport, SourceResult, TextMatch } from '../shared/messages';
import { mightHaveFindings } from '../scanner/pre-check';
import { keysOfEntry } from '../scanner/reference-keys';
import { scanDomSteps } from '../scanner/scan-dom';
import type { DomFindings, TextPosition } from '../scanner/types';
import { badgeView, resultOfEntry, type BadgeView, type ResolutionState } from './badge-view';
import { MutationQueue } from './mutation-queue';
import { checksByParagraph, checksOfReferences, type CheckView, type SourceNamer } from './claim-check-views';
import { LazyCard, type CardFactory, type CardSurface } from './lazy-card';
import { LAZY_BADGE_THRESHOLD, LazyMounter } from './lazy-mount';
import { RevealRequestSchema } from '../shared/popup-messages';
import { i18n } from '../shared/i18n';
import { studyName } from './study-name';
import { keepTogether } from './keep-together';
import { analysisRequest } from './analysis-request';
import { requestAnalysis, requestResolution, requestTextMatches, type SendMessage } from './resolve-client';
import { runInSlices, type SliceStats, type Yielder } from './run-in-slices';
import { createShadowHost, type ShadowHost } from './shadow-host';

interface MountedBadge {
  shadow: ShadowHost;
  /** The marker, entry or paragraph the badge belongs to. */
  anchor: Element;
  referenceIds: string[];
  /** For a badge of a paragraph's claims: the paragraph. */
  paragraph?: Element;
  /** A text node split to place the badge, joined again on destroy. */
  splitText?: { head: Text; tail: Text };
  /** Puts a marker wrapped with its badge (to keep them on one line) back as it was. */
  unwrap?: () => void;
}

/** Options of a session; defaults suit a real page. */
export interface SessionOptions {
  sliceBudgetMs?: number;
  yieldFn?: Yielder;
  /** Watch the page for new content (infinite scroll, single-page navigation). */
  watch?: boolean;
  /** Most rescans per page, so a page that never stops changing cannot keep the scanner busy. */
  maxRescans?: number;
  /** How long the page must be quiet before new content is scanned. */
  quietMs?: number;
  /** Waits before asking again for sources whose service did not answer; one try per entry. */
  retryDelaysMs?: readonly number[];
  /** The reader allows references without identifiers to be looked up by their text. */
  allowReferenceText?: boolean;
  /** The reader asked for the scan: the first one runs even if the pre-check finds nothing. */
  force?: boolean;
  /** Above this many badges, they are mounted as they come into view (where IntersectionObserver exists). */
  lazyThreshold?: number;
  /**
   * Makes the page's card. The scanner passes a `LazyCard` that loads it on first use; tests pass
   * `CardPopover` itself. Without one, badges still show but open no card.
   */
  createCard?: CardFactory;
}

const NO_CARD: CardFactory = (document) => new LazyCard(document, () => Promise.reject(new Error('no card in this context')));

/** How long a badge the popup asked to show stays highlighted. */
export const REVEAL_HIGHLIGHT_MS = 2_000;

/** A claim the background read, with the paragraph it was read from. */
type PageClaim = Omit<AnalysedClaim, 'paragraph'> & { element: Element | null };

const EMPTY: DomFindings = {
  page: { title: '', doi: null, pmid: null, isScholarlyArticle: false },
  references: [],
  citations: [],
  paragraphs: [],
  paragraphElements: [],
  paragraphCitations: [],
  metaSignals: NO_SIGNALS,
};

/**
 * Evidence Lens on one page: scans the DOM in short slices, puts a badge after each reference
 * entry and citation marker (mounted in slices too), asks the background for the sources and to
 * read the page's paragraphs (claims, disclaimers, checklist: off the page's main thread), and
 * keeps the badges, the card and the popup's report up to date. New content is picked up by one
 * batched MutationObserver. A page with nothing to find is left exactly as it was.
 */
export class PageSession {
  private findings: DomFindings = EMPTY;
  private claims: PageClaim[] = [];
  private disclaimers: PageAnalysisResponse['disclaimers'] = [];
  private force: boolean;
  private renderGeneration = 0;
  private openBadge: MountedBadge | null = null;
  private readonly results = new Map<string, SourceResult>();
  private readonly pending = new Set<string>();
  private readonly retrying = new Set<string>();
  private readonly textMatches = new Map<string, TextMatch>();
  private readonly pendingText = new Set<string>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly badges: MountedBadge[] = [];
  private readonly badged = new WeakSet<Node>();
  private readonly card: CardSurface;
  private readonly queue: MutationQueue | null;
  private status: PageReport['status'] = 'scanning';
  private timing: PageReport['timing'] = null;
  private evaluation: PageEvaluationResponse | null = null;
  private paragraphChecks = new Map<Element, CheckView[]>();
  private rescans = 0;
  private scanning: Promise<void> | null = null;
  private lazy: LazyMounter | null = null;

  constructor(
    private readonly document: Document,
    private readonly send: SendMessage,
    private readonly options: SessionOptions = {},
  ) {
    this.force = options.force ?? false;
    this.card = (options.createCard ?? NO_CARD)(document);
    this.card.onClose = () => {
      const closed = this.openBadge;
      this.openBadge = null;
      if (closed) this.renderBadge(closed);
    };
    this.queue = options.watch && document.body ? new MutationQueue(document.body, () => this.onPageChanged(), options.quietMs) : null;
  }

  /** Scans the page, mounts badges and resolves the sources; then watches for new content. */
  async start(): Promise<void> {
    await this.scan();
    this.queue?.start();
  }

  /** Where the session is: scanning, resolving, done or nothing-found. */
  progress(): PageReport['status'] {
    return this.status;
  }

  /** What the popup shows: references with their results, claims and disclaimers. */
  report(): PageReport {
    const state = this.state();
    const { references, citations } = this.findings;
    const { claims, disclaimers } = this;
    return {
      title: this.document.title,
      status: this.status,
      markerCount: citations.length,
      references: references.map((entry) => ({
        id: entry.id,
        number: entry.number,
        text: entry.text,
        sameAs: entry.sameAs,
        keys: keysOfEntry(entry, references),
        ...reportedResult(resultOfEntry(entry, references, state)),
      })),
      claims: claims.map((c) => ({
        text: c.text,
        referenceIds: c.referenceIds,
        citedBy: c.citedBy,
        design: c.design,
        participants: c.participants,
        duration: c.duration ? { value: c.duration.value, unit: c.duration.unit } : null,
        effects: c.effects.map((e) => ({ text: e.text, relative: e.relative })),
        strength: c.strength,
      })),
      disclaimers: disclaimers.map((d) => ({ kind: d.kind, text: d.text })),
      evaluation: this.evaluation,
      timing: this.timing,
    };
  }

  /** Stops watching and removes every element the session added. */
  destroy(): void {
    this.queue?.stop();
    this.lazy?.disconnect();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const badge of this.badges) {
      render(null, badge.shadow.container);
      badge.shadow.destroy();
      badge.unwrap?.();
      if (badge.splitText?.tail.parentNode) {
        badge.splitText.head.appendData(badge.splitText.tail.data);
        badge.splitText.tail.remove();
      }
    }
    this.badges.length = 0;
    this.card.destroy();
  }

  /** One whole rescan per quiet period, however many nodes arrived: it only adds badges for what is new. */
  private onPageChanged(): void {
    if (this.rescans >= (this.options.maxRescans ?? 20) || this.scanning) return;
    this.rescans += 1;
    void this.scan();
  }

  private async scan(): Promise<void> {
    const run = this.scanOnce();
    this.scanning = run;
    try {
      await run;
    } finally {
      this.scanning = null;
    }
  }

  private async scanOnce(): Promise<void> {
    const forced = this.force;
    this.force = false;
    if (!forced && !mightHaveFindings(this.document)) {
      if (this.findings === EMPTY) this.status = 'nothing-found';
      return;
    }
    const { result, stats } = await this.inSlices(scanDomSteps(this.document));
    this.timing = { scanMs: stats.totalMs, longestSliceMs: stats.longestMs, slices: stats.slices };
    this.findings = result;
    this.dropDetachedBadges();
    if (result.references.length === 0) {
      if (result.paragraphs.length > 0) await this.analyse();
      const found = this.claims.length > 0 || this.disclaimers.length > 0;
      if (this.badges.length > 0) await this.renderBadges();
      this.status = found ? 'done' : 'nothing-found';
      return;
    }
    await this.mountNewBadges();
    const keys = [...new Set(result.references.flatMap((entry) => keysOfEntry(entry, result.references)))].filter(
      (key) => !this.results.has(key) && !this.pending.has(key),
    );
    if (keys.length > 0) {
      for (const key of keys) this.pending.add(key);
      this.status = 'resolving';
    }
    await this.renderBadges();
    // With no new keys, resolveKeys sends nothing; text lookups may still be due.
    await Promise.all([this.resolveKeys(keys), this.matchByText()]);
    await this.analyse();
    this.status = 'done';
    await this.renderBadges();
  }

  /** Runs steps in slices, counting the longest slice into the session's timing. */
  private async inSlices<T>(steps: Generator<void, T>): Promise<{ result: T; stats: SliceStats }> {
    const run = await runInSlices(steps, { budgetMs: this.options.sliceBudgetMs, yieldFn: this.options.yieldFn });
    if (this.timing) this.timing = { ...this.timing, longestSliceMs: Math.max(this.timing.longestSliceMs, run.stats.longestMs) };
    return run;
  }

  /**
   * Asks the background to read the paragraphs, check the claims against the resolved sources and
   * answer the checklist, then puts a badge at the end of each paragraph whose claims no marker
   * badge carries.
   */
  private async analyse(): Promise<void> {
    const analysis = await requestAnalysis(this.send, analysisRequest(this.findings, this.textMatches));
    if (!analysis) return;
    const { paragraphElements } = this.findings;
    this.claims = analysis.claims.map(({ paragraph, ...claim }) => ({ ...claim, element: paragraphElements[paragraph] ?? null }));
    this.disclaimers = analysis.disclaimers;
    this.evaluation = analysis.evaluation;
    this.paragraphChecks = checksByParagraph(this.claims, analysis.evaluation, this.sourceNamer());
    for (const paragraph of this.paragraphChecks.keys()) {
      if (!this.badges.some((badge) => badge.paragraph === paragraph)) this.mount(paragraph, 'append', [], paragraph);
    }
  }

  /** References with no identifier at all (not short forms), looked up by their text if allowed. */
  private async matchByText(): Promise<void> {
    if (!this.options.allowReferenceText) return;
    const { references } = this.findings;
    const wanted = references.filter(
      (entry) =>
        entry.kind === 'list' &&
        entry.sameAs === null &&
        keysOfEntry(entry, references).length === 0 &&
        entry.text.length >= 30 &&
        !this.textMatches.has(entry.id),
    );
    if (wanted.length === 0) return;
    for (const entry of wanted) this.pendingText.add(entry.id);
    const matches = await requestTextMatches(
      this.send,
      wanted.map((entry) => ({ id: entry.id, text: entry.text.slice(0, 600) })),
    );
    for (const match of matches) this.textMatches.set(match.id, match);
    for (const entry of wanted) this.pendingText.delete(entry.id);
  }

  private state(): ResolutionState {
    return {
      results: this.results,
      pending: this.pending,
      retrying: this.retrying,
      textMatches: this.textMatches,
      pendingText: this.pendingText,
    };
  }

  /** Asks the background for keys, then schedules another try for those whose service did not answer. */
  private async resolveKeys(keys: string[], attempt = 0): Promise<void> {
    for (const answer of await requestResolution(this.send, keys)) this.results.set(answer.key, answer);
    for (const key of keys) this.pending.delete(key);
    const unavailable = keys.filter((key) => this.results.get(key)?.state === 'unavailable');
    const delays = this.options.retryDelaysMs ?? [15_000, 60_000];
    for (const key of keys) this.retrying.delete(key);
    if (unavailable.length > 0 && attempt < delays.length) {
      for (const key of unavailable) this.retrying.add(key);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.resolveKeys(unavailable, attempt + 1)
          .then(() => this.analyse())
          .then(() => this.renderBadges());
      }, delays[attempt]);
      this.timers.add(timer);
    }
  }

  /** Mounts a badge for each new entry and marker, in slices: each one is a write to the page. */
  private async mountNewBadges(): Promise<void> {
    await this.inSlices(this.mountSteps());
  }

  private *mountSteps(): Generator<void, void> {
    const lazy = this.lazyMounter();
    for (const entry of this.findings.references) {
      const element = entry.element;
      if (element && !this.badged.has(element)) {
        this.badged.add(element);
        this.mountOrDefer(lazy, element, () => this.mount(element, 'append', [entry.id]));
        yield;
      }
    }
    for (const citation of this.findings.citations) {
      const { element, textEnd, referenceIds } = citation;
      if (element && !this.badged.has(element)) {
        this.badged.add(element);
        this.mountOrDefer(lazy, element, () => this.mount(element, 'after', referenceIds));
      } else if (textEnd && !this.badged.has(textEnd.node) && textEnd.node.parentElement) {
        this.badged.add(textEnd.node);
        this.mountOrDefer(lazy, textEnd.node.parentElement, () => this.mountInText(textEnd, referenceIds));
      } else continue;
      yield;
    }
  }

  /**
   * On a page with more badges than the threshold, one IntersectionObserver mounts each as its
   * anchor comes near the viewport; a page with fewer gets them all at once.
   */
  private lazyMounter(): LazyMounter | null {
    if (this.lazy) return this.lazy;
    const Observer = this.document.defaultView?.IntersectionObserver;
    const { references, citations } = this.findings;
    if (!Observer || references.length + citations.length <= (this.options.lazyThreshold ?? LAZY_BADGE_THRESHOLD)) return null;
    this.lazy = new LazyMounter(Observer);
    return this.lazy;
  }

  private mountOrDefer(lazy: LazyMounter | null, anchor: Element, mount: () => MountedBadge | null): void {
    if (!lazy) {
      mount();
      return;
    }
    lazy.observe(anchor, () => {
      const badge = mount();
      if (badge) this.renderBadge(badge);
    });
  }

  private mount(anchor: Element, where: 'append' | 'after', referenceIds: string[], paragraph?: Element): MountedBadge {
    const shadow = createShadowHost(this.document, 'evidence-lens-badge', BADGE_STYLES);
    let unwrap: (() => void) | undefined;
    if (where === 'append') anchor.append(shadow.host);
    else unwrap = keepTogether(anchor, shadow.host);
    // A paragraph's claim badge does not stop its markers (the paragraph's children) from getting theirs.
    if (!paragraph) this.badged.add(anchor);
    const badge: MountedBadge = { shadow, anchor, referenceIds, paragraph, unwrap };
    this.badges.push(badge);
    return badge;
  }

  /** A marker that is only text ("so far.1", "[3]"): the badge goes right after it. */
  private mountInText({ node, offset }: TextPosition, referenceIds: string[]): MountedBadge | null {
    if (!node.parentNode || !node.parentElement || offset > node.length) return null;
    const shadow = createShadowHost(this.document, 'evidence-lens-badge', BADGE_STYLES);
    const rest = offset < node.length ? node.splitText(offset) : null;
    node.parentNode.insertBefore(shadow.host, rest ?? node.nextSibling);
    this.badged.add(node);
    const badge: MountedBadge = {
      shadow,
      anchor: node.parentElement,
      referenceIds,
      splitText: rest ? { head: node, tail: rest } : undefined,
    };
    this.badges.push(badge);
    return badge;
  }

  /**
   * Forgets badges the page removed with their content (a single-page app replaced its article),
   * closing the card if it was open for one, so only the new content's badges are rendered.
   */
  private dropDetachedBadges(): void {
    this.lazy?.forgetDetached();
    for (let i = this.badges.length - 1; i >= 0; i -= 1) {
      const badge = this.badges[i]!;
      if (badge.shadow.host.isConnected) continue;
      if (this.openBadge === badge) this.card.close();
      render(null, badge.shadow.container);
      this.badges.splice(i, 1);
    }
  }

  /** Names the study a reference resolved to, for the claim checks of a card. */
  private sourceNamer(): SourceNamer {
    const words = {
      etAl: (author: string) => i18n.t('page.card.etAl', [author]),
      withYear: (who: string, year: string) => i18n.t('page.card.studyName', [who, year]),
    };
    return (referenceId) => {
      const entry = this.findings.references.find((e) => e.id === referenceId);
      const record = entry ? resultOfEntry(entry, this.findings.references, this.state()).result?.record : null;
      return record ? studyName(record, words) : null;
    };
  }

  /**
   * Shows what the popup points at (`reveal`, validated here): scrolls the badge of a reference
   * entry, or of a claim (its marker's badge, else its paragraph's), into view, highlights it
   * briefly and opens its card. Returns whether there was a badge to show.
   */
  reveal(message: unknown): boolean {
    const request = RevealRequestSchema.safeParse(message);
    if (!request.success) return false;
    const target = this.revealTarget(request.data);
    if (!target) return false;
    if (target instanceof Element) {
      target.scrollIntoView({ block: 'center', behavior: this.scrollBehavior() });
      return false;
    }
    const button = target.shadow.container.querySelector<HTMLButtonElement>('button');
    if (!button) return false;
    target.shadow.host.scrollIntoView({ block: 'center', behavior: this.scrollBehavior() });
    button.dataset.revealed = '';
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      delete button.dataset.revealed;
    }, REVEAL_HIGHLIGHT_MS);
    this.timers.add(timer);
    if (this.card.openFor !== button) this.toggleCard(button, target);
    return true;
  }

  /** The badge to show for a request, or the claim's paragraph when it has no badge. */
  private revealTarget(request: { claim?: number; referenceId?: string }): MountedBadge | Element | null {
    if (request.referenceId !== undefined) {
      const entry = this.findings.references.find((e) => e.id === request.referenceId);
      if (!entry?.element) return null;
      this.lazy?.mountNow(entry.element);
      return this.badges.find((b) => b.anchor === entry.element && !b.paragraph) ?? entry.element;
    }
    const claim = request.claim === undefined ? undefined : this.claims[request.claim];
    if (!claim?.element) return null;
    this.lazy?.mountWithin(claim.element);
    const paragraph = claim.element;
    const marker = this.badges.find(
      (b) => !b.paragraph && paragraph.contains(b.shadow.host) && b.referenceIds.some((id) => claim.referenceIds.includes(id)),
    );
    return marker ?? this.badges.find((b) => b.paragraph === paragraph) ?? paragraph;
  }

  private scrollBehavior(): ScrollBehavior {
    return this.document.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  }

  /** Renders every badge, in slices; a newer call takes over from one still running. */
  private async renderBadges(): Promise<void> {
    const generation = ++this.renderGeneration;
    await this.inSlices(this.renderSteps(generation));
  }

  private *renderSteps(generation: number): Generator<void, void> {
    for (const badge of [...this.badges]) {
      if (generation !== this.renderGeneration) return;
      this.renderBadge(badge);
      yield;
    }
  }

  private renderBadge(badge: MountedBadge): void {
    const view = this.viewOf(badge);
    const expanded = this.openBadge === badge;
    render(<Badge view={view} expanded={expanded} onToggle={(target) => this.toggleCard(target, badge)} />, badge.shadow.container);
    if (expanded) this.card.update(view);
  }

  private toggleCard(button: HTMLButtonElement, badge: MountedBadge): void {
    if (this.card.openFor === button) {
      this.card.close();
      return;
    }
    const previous = this.openBadge;
    this.card.open(button, this.viewOf(badge));
    this.openBadge = badge;
    if (previous) this.renderBadge(previous);
    this.renderBadge(badge);
  }

  private viewOf(badge: MountedBadge): BadgeView {
    const checks = badge.paragraph
      ? (this.paragraphChecks.get(badge.paragraph) ?? [])
      : checksOfReferences(badge.referenceIds, this.claims, this.evaluation, this.sourceNamer());
    return badgeView(badge.referenceIds, this.findings.references, this.state(), checks);
  }
}

/** The result and text match of an entry, as the popup's report carries them. */
function reportedResult({ result, match }: { result: SourceResult | null; match: TextMatch | null }) {
  return { result, match: match && { state: match.state, reason: match.reason } };
}
