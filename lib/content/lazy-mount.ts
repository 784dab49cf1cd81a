/** Above this many badges on a page, badges are mounted as their markers come near the viewport. */
export const LAZY_BADGE_THRESHOLD = 150;
/** How far outside the viewport a marker's badge is already mounted, so scrolling shows it in place. */
export const LAZY_ROOT_MARGIN = '600px 0px';

/**
 * Mounts badges when their anchors come near the viewport, by one IntersectionObserver. Each
 * anchor may carry several badges (text markers in one paragraph); each is mounted once.
 */
export class LazyMounter {
  private readonly waiting = new Map<Element, Array<() => void>>();
  private readonly observer: IntersectionObserver;

  constructor(Observer: typeof IntersectionObserver) {
    this.observer = new Observer(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) this.mountNow(entry.target);
      },
      { rootMargin: LAZY_ROOT_MARGIN },
    );
  }

  /** How many anchors still wait to come into view. */
  get pending(): number {
    return this.waiting.size;
  }

  /** Mounts `mount` once `anchor` comes near the viewport. */
  observe(anchor: Element, mount: () => void): void {
    const list = this.waiting.get(anchor);
    if (list) list.push(mount);
    else {
      this.waiting.set(anchor, [mount]);
      this.observer.observe(anchor);
    }
  }

  /** Mounts the badges of `anchor` now (a reader asked to be shown it). */
  mountNow(anchor: Element): void {
    const list = this.waiting.get(anchor);
    if (!list) return;
    this.waiting.delete(anchor);
    this.observer.unobserve(anchor);
    for (const mount of list) mount();
  }

  /** Mounts the waiting badges of every anchor inside `root` (or `root` itself). */
  mountWithin(root: Node): void {
    for (const anchor of [...this.waiting.keys()]) if (root === anchor || root.contains(anchor)) this.mountNow(anchor);
  }

  /** Forgets anchors the page removed (a single-page app replaced its article). */
  forgetDetached(): void {
    for (const anchor of [...this.waiting.keys()]) {
      if (anchor.isConnected) continue;
      this.waiting.delete(anchor);
      this.observer.unobserve(anchor);
    }
  }

  /** Stops observing. */
  disconnect(): void {
    this.observer.disconnect();
    this.waiting.clear();
  }
}
