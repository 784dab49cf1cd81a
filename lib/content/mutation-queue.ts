import { OWN_UI_PREFIX } from '../scanner/skip';
import { isKeepMutation } from './keep-together';

/**
 * One MutationObserver for the page. Its callback only checks whether the page added nodes of its
 * own (the extension's elements, and the spans that keep a marker with its badge, are ignored) and schedules one batched callback after the page
 * has been quiet for `quietMs`, so infinite scroll and single-page navigation cost nothing while
 * they happen.
 */
export class MutationQueue {
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: Node,
    private readonly onQuiet: () => void,
    private readonly quietMs = 750,
  ) {
    const View = root.ownerDocument?.defaultView ?? globalThis;
    this.observer = new (View as typeof globalThis).MutationObserver((records) => this.queue(records));
  }

  /** Starts watching the page. */
  start(): void {
    this.observer.observe(this.root, { childList: true, subtree: true });
  }

  /** Stops watching and drops anything queued. */
  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
  }

  private queue(records: MutationRecord[]): void {
    const pageAdded = records.some(
      (record) => !isKeepMutation(record) && [...record.addedNodes].some((node) => !node.nodeName.startsWith(OWN_UI_PREFIX)),
    );
    if (!pageAdded) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.onQuiet(), this.quietMs);
  }
}
