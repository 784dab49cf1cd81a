import type { BadgeView } from './badge-view';

/** What the page session needs of the card: `CardPopover` is one, `LazyCard` stands in for it until it loads. */
export interface CardSurface {
  /** The badge button the card is open (or opening) for, if any. */
  readonly openFor: HTMLElement | null;
  open(anchor: HTMLElement, view: BadgeView): void;
  update(view: BadgeView): void;
  close(): void;
  destroy(): void;
  /** Called after the card closes, so badges can update aria-expanded. */
  onClose?: () => void;
}

/** Makes the real card for a document. */
export type CardFactory = (document: Document) => CardSurface;

/** Loads the card's code (the background injects it into the frame) and hands back its factory. */
export type CardLoader = () => Promise<CardFactory>;

/**
 * The card, loaded the first time a reader opens a badge. The card (its components, styles,
 * placement and focus handling) is most of the content script's weight, and on most pages no
 * badge is ever opened, so the scanner carries only this stand-in. An opening asked for while the
 * card loads is kept (the latest view wins) and shown once it is there; a card that cannot load
 * closes again, so the badge is not left "expanded" over nothing.
 */
export class LazyCard implements CardSurface {
  onClose?: () => void;
  private real: CardSurface | null = null;
  private loading: Promise<void> | null = null;
  private wanted: { anchor: HTMLElement; view: BadgeView } | null = null;
  private destroyed = false;

  constructor(
    private readonly document: Document,
    private readonly load: CardLoader,
  ) {}

  get openFor(): HTMLElement | null {
    return this.real ? this.real.openFor : (this.wanted?.anchor ?? null);
  }

  open(anchor: HTMLElement, view: BadgeView): void {
    if (this.real) return this.real.open(anchor, view);
    this.wanted = { anchor, view };
    this.loading ??= this.load().then(
      (create) => this.arrived(create),
      () => {
        this.loading = null;
        this.dropWanted();
      },
    );
  }

  update(view: BadgeView): void {
    if (this.real) this.real.update(view);
    else if (this.wanted) this.wanted = { ...this.wanted, view };
  }

  close(): void {
    if (this.real) this.real.close();
    else this.dropWanted();
  }

  destroy(): void {
    this.destroyed = true;
    this.wanted = null;
    this.real?.destroy();
  }

  private arrived(create: CardFactory): void {
    if (this.destroyed) return;
    const real = create(this.document);
    real.onClose = () => this.onClose?.();
    this.real = real;
    const wanted = this.wanted;
    this.wanted = null;
    if (wanted?.anchor.isConnected) real.open(wanted.anchor, wanted.view);
  }

  private dropWanted(): void {
    if (!this.wanted) return;
    this.wanted = null;
    this.onClose?.();
  }
}
