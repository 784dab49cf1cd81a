import { render } from 'preact';
import { CARD_STYLES } from '../../components/page/styles';
import { SourceCard } from '../../components/page/SourceCard';
import type { BadgeView } from './badge-view';
import type { CardSurface } from './lazy-card';
import { placeCard } from './card-placement';
import { createShadowHost, styleHost, type ShadowHost } from './shadow-host';

/** The card's width when the viewport allows it. */
export const CARD_WIDTH_PX = 360;
/** The hint "scroll for more" goes once the reader is this close to the card's end. */
const SCROLL_END_SLACK_PX = 4;

/**
 * The one card on a page, opened next to a badge. Created on first use, so pages where nobody
 * clicks a badge get no extra element. Placed where it fits (above the badge when there is no
 * room below, never outside the viewport, scrolling inside itself with a hint when taller than
 * the room) and kept there as the page scrolls. It is a modal dialog: focus moves in and stays
 * in; Escape, the close button or a click elsewhere close it, and focus returns to the badge.
 */
export class CardPopover implements CardSurface {
  private shadow: ShadowHost | null = null;
  private anchor: HTMLElement | null = null;
  private frame = 0;
  /** Each opening mounts a fresh card, so focus moves into it again. */
  private openings = 0;
  private readonly onDocumentClick = (event: MouseEvent) => {
    if (this.shadow && this.anchor && !event.composedPath().includes(this.shadow.host) && !event.composedPath().includes(this.anchor))
      this.close();
  };
  private readonly onDocumentKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.anchor) {
      event.preventDefault();
      this.close();
    }
  };
  private readonly onViewportChange = () => {
    const view = this.document.defaultView;
    if (!view || this.frame) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };
  private readonly onCardScroll = () => this.markMore();

  constructor(private readonly document: Document) {}

  /** The badge button the card is open for, if any. */
  get openFor(): HTMLElement | null {
    return this.anchor;
  }

  /** Opens (or re-renders) the card for a badge. */
  open(anchor: HTMLElement, view: BadgeView): void {
    const shadow = this.ensureHost();
    const opening = !this.anchor;
    this.anchor = anchor;
    this.openings += 1;
    shadow.host.style.setProperty('visibility', 'hidden', 'important');
    render(<SourceCard key={this.openings} view={view} onClose={() => this.close()} />, shadow.container);
    this.place();
    if (opening) this.listen(true);
  }

  /** Re-renders the open card with newer data. */
  update(view: BadgeView): void {
    if (!this.shadow || !this.anchor) return;
    render(<SourceCard key={this.openings} view={view} onClose={() => this.close()} />, this.shadow.container);
    this.place();
  }

  /** Closes the card and returns focus to its badge. */
  close(): void {
    // Clicks anywhere on the page land here; with no card open there is nothing to do or re-render.
    if (!this.shadow || !this.anchor) return;
    this.listen(false);
    render(null, this.shadow.container);
    this.shadow.host.style.setProperty('display', 'none', 'important');
    const anchor = this.anchor;
    this.anchor = null;
    if (anchor.isConnected) anchor.focus();
    this.onClose?.();
  }

  /** Called after the card closes, so badges can update aria-expanded. */
  onClose?: () => void;

  /** Removes the card and its listeners. */
  destroy(): void {
    if (!this.shadow) return;
    if (this.anchor) this.listen(false);
    this.anchor = null;
    render(null, this.shadow.container);
    this.shadow.destroy();
    this.document.removeEventListener('click', this.onDocumentClick, true);
    this.shadow = null;
  }

  private ensureHost(): ShadowHost {
    if (!this.shadow) {
      this.shadow = createShadowHost(this.document, 'evidence-lens-card', CARD_STYLES);
      this.document.documentElement.append(this.shadow.host);
      this.document.addEventListener('click', this.onDocumentClick, true);
    }
    return this.shadow;
  }

  private listen(on: boolean): void {
    const view = this.document.defaultView;
    const method = on ? 'addEventListener' : 'removeEventListener';
    this.document[method]('keydown', this.onDocumentKey as EventListener, true);
    view?.[method]('scroll', this.onViewportChange, { capture: true, passive: true } as AddEventListenerOptions);
    view?.[method]('resize', this.onViewportChange);
  }

  private card(): HTMLElement | null {
    return this.shadow?.container.querySelector<HTMLElement>('.el-card') ?? null;
  }

  /** Measures the card at its natural height, then places it by `placeCard`, in viewport coordinates. */
  private place(): void {
    const host = this.shadow?.host;
    const card = this.card();
    if (!host || !card || !this.anchor) return;
    const view = this.document.defaultView;
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    const visibility = host.style.getPropertyValue('visibility') === 'hidden' ? 'hidden' : 'visible';
    styleHost(host, { display: 'block', position: 'fixed', 'z-index': '2147483647', top: '0', left: '0', margin: '0', visibility });
    card.style.maxHeight = 'none';
    card.style.width = `${Math.min(CARD_WIDTH_PX, viewport.width - 16)}px`;
    const natural = { width: card.offsetWidth || CARD_WIDTH_PX, height: card.scrollHeight };
    const placement = placeCard(this.anchor.getBoundingClientRect(), natural, viewport);
    card.style.maxHeight = `${placement.maxHeight}px`;
    card.style.width = `${placement.width}px`;
    card.dataset.side = placement.side;
    host.style.setProperty('top', `${placement.top}px`, 'important');
    host.style.setProperty('left', `${placement.left}px`, 'important');
    host.style.setProperty('visibility', 'visible', 'important');
    card.removeEventListener('scroll', this.onCardScroll);
    card.addEventListener('scroll', this.onCardScroll, { passive: true });
    this.markMore();
  }

  /** Shows "scroll for more" while part of the card is hidden below its end. */
  private markMore(): void {
    const card = this.card();
    if (!card) return;
    const hidden = card.scrollHeight - card.clientHeight - card.scrollTop > SCROLL_END_SLACK_PX;
    if (hidden) card.dataset.more = '';
    else delete card.dataset.more;
  }
}
