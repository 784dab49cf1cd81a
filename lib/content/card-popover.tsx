import { render } from 'preact';
import { CARD_STYLES } from '../../components/page/styles';
import { SourceCard } from '../../components/page/SourceCard';
import type { BadgeView } from './badge-view';
import { createShadowHost, type ShadowHost } from './shadow-host';

const CARD_WIDTH = 360;

/**
 * The one card on a page, opened next to a badge. Created on first use, so pages where nobody
 * clicks a badge get no extra element. Closes on Escape, on the close button and on a click
 * elsewhere, and gives focus back to the badge.
 */
export class CardPopover {
  private shadow: ShadowHost | null = null;
  private anchor: HTMLElement | null = null;
  private readonly onDocumentClick = (event: MouseEvent) => {
    if (this.shadow && this.anchor && !event.composedPath().includes(this.shadow.host) && !event.composedPath().includes(this.anchor))
      this.close();
  };

  constructor(private readonly document: Document) {}

  /** The badge button the card is open for, if any. */
  get openFor(): HTMLElement | null {
    return this.anchor;
  }

  /** Opens (or re-renders) the card for a badge. */
  open(anchor: HTMLElement, view: BadgeView): void {
    const shadow = this.ensureHost();
    this.anchor = anchor;
    render(<SourceCard view={view} onClose={() => this.close()} />, shadow.container);
    this.position(anchor, shadow.host);
  }

  /** Re-renders the open card with newer data. */
  update(view: BadgeView): void {
    if (this.shadow && this.anchor) render(<SourceCard view={view} onClose={() => this.close()} />, this.shadow.container);
  }

  /** Closes the card and returns focus to its badge. */
  close(): void {
    // Clicks anywhere on the page land here; with no card open there is nothing to do or re-render.
    if (!this.shadow || !this.anchor) return;
    render(null, this.shadow.container);
    this.shadow.host.style.display = 'none';
    const anchor = this.anchor;
    this.anchor = null;
    anchor?.focus();
    this.onClose?.();
  }

  /** Called after the card closes, so badges can update aria-expanded. */
  onClose?: () => void;

  /** Removes the card and its listeners. */
  destroy(): void {
    if (!this.shadow) return;
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

  private position(anchor: HTMLElement, host: HTMLElement): void {
    const view = this.document.defaultView;
    const box = anchor.getBoundingClientRect();
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    const viewportWidth = view?.innerWidth ?? 1024;
    const left = Math.max(8, Math.min(box.left, viewportWidth - CARD_WIDTH - 16)) + scrollX;
    host.style.cssText = `all: initial; display: block; position: absolute; z-index: 2147483647; top: ${box.bottom + scrollY + 6}px; left: ${left}px;`;
  }
}
