import { render } from 'preact';
import { Badge } from '../../components/page/Badge';
import { BADGE_STYLES } from '../../components/page/styles';
import type { PageReport, SourceResult } from '../shared/messages';
import { keysOfEntry } from '../scanner/reference-keys';
import { scanPage } from '../scanner/scan-page';
import type { PageFindings, TextPosition } from '../scanner/types';
import { badgeView, resultOfEntry, type ResolutionState } from './badge-view';
import { CardPopover } from './card-popover';
import { requestResolution, type SendMessage } from './resolve-client';
import { createShadowHost, type ShadowHost } from './shadow-host';

interface MountedBadge {
  shadow: ShadowHost;
  referenceIds: string[];
  /** A text node split to place the badge, joined again on destroy. */
  splitText?: { head: Text; tail: Text };
}

/**
 * Evidence Lens on one page: scans it, puts a badge after each reference entry and citation
 * marker, asks the background for the sources and keeps the badges, the card and the popup's
 * report up to date. A page with nothing to find is left exactly as it was.
 */
export class PageSession {
  private findings: PageFindings = {
    page: { title: '', doi: null, pmid: null, isScholarlyArticle: false },
    references: [],
    citations: [],
    claims: [],
    disclaimers: [],
  };
  private readonly results = new Map<string, SourceResult>();
  private readonly pending = new Set<string>();
  private readonly badges: MountedBadge[] = [];
  private readonly card: CardPopover;
  private status: PageReport['status'] = 'scanning';

  constructor(
    private readonly document: Document,
    private readonly send: SendMessage,
  ) {
    this.card = new CardPopover(document);
    this.card.onClose = () => this.renderBadges();
  }

  /** Scans the page, mounts badges and resolves the sources. */
  async start(): Promise<void> {
    this.findings = scanPage(this.document);
    if (this.findings.references.length === 0) {
      this.status = 'nothing-found';
      return;
    }
    this.mountBadges();
    const keys = [...new Set(this.findings.references.flatMap((entry) => keysOfEntry(entry, this.findings.references)))];
    for (const key of keys) this.pending.add(key);
    this.status = 'resolving';
    this.renderBadges();
    const results = await requestResolution(this.send, keys);
    for (const result of results) {
      this.results.set(result.key, result);
      this.pending.delete(result.key);
    }
    this.pending.clear();
    this.status = 'done';
    this.renderBadges();
  }

  /** What the popup shows: references with their results. */
  report(): PageReport {
    const state = this.state();
    const entries = this.findings.references;
    return {
      title: this.document.title,
      status: this.status,
      markerCount: this.findings.citations.length,
      references: entries.map((entry) => ({
        id: entry.id,
        number: entry.number,
        text: entry.text,
        sameAs: entry.sameAs,
        keys: keysOfEntry(entry, entries),
        result: resultOfEntry(entry, entries, state).result,
      })),
    };
  }

  /** Removes every element the session added. */
  destroy(): void {
    for (const badge of this.badges) {
      render(null, badge.shadow.container);
      badge.shadow.destroy();
      if (badge.splitText?.tail.parentNode) {
        badge.splitText.head.appendData(badge.splitText.tail.data);
        badge.splitText.tail.remove();
      }
    }
    this.badges.length = 0;
    this.card.destroy();
  }

  private state(): ResolutionState {
    return { results: this.results, pending: this.pending };
  }

  private mountBadges(): void {
    for (const entry of this.findings.references) {
      if (entry.element) this.mount(entry.element, 'append', [entry.id]);
    }
    for (const citation of this.findings.citations) {
      if (citation.element) this.mount(citation.element, 'after', citation.referenceIds);
      else if (citation.textEnd) this.mountInText(citation.textEnd, citation.referenceIds);
    }
  }

  private mount(anchor: Element, where: 'append' | 'after', referenceIds: string[]): void {
    const shadow = createShadowHost(this.document, 'evidence-lens-badge', BADGE_STYLES);
    if (where === 'append') anchor.append(shadow.host);
    else anchor.after(shadow.host);
    this.badges.push({ shadow, referenceIds });
  }

  /** A marker that is only text ("so far.1", "[3]"): the badge goes right after it. */
  private mountInText({ node, offset }: TextPosition, referenceIds: string[]): void {
    if (!node.parentNode || offset > node.length) return;
    const shadow = createShadowHost(this.document, 'evidence-lens-badge', BADGE_STYLES);
    const rest = offset < node.length ? node.splitText(offset) : null;
    node.parentNode.insertBefore(shadow.host, rest ?? node.nextSibling);
    this.badges.push({ shadow, referenceIds, splitText: rest ? { head: node, tail: rest } : undefined });
  }

  private renderBadges(): void {
    const entries = this.findings.references;
    for (const badge of this.badges) {
      const view = badgeView(badge.referenceIds, entries, this.state());
      const button = badge.shadow.container.querySelector('button');
      const expanded = button !== null && this.card.openFor === button;
      render(<Badge view={view} expanded={expanded} onToggle={(target) => this.toggleCard(target, badge)} />, badge.shadow.container);
      if (expanded) this.card.update(view);
    }
  }

  private toggleCard(button: HTMLButtonElement, badge: MountedBadge): void {
    if (this.card.openFor === button) this.card.close();
    else this.card.open(button, badgeView(badge.referenceIds, this.findings.references, this.state()));
    this.renderBadges();
  }
}
