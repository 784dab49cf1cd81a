import { mightHaveFindings } from '../scanner/pre-check';
import { MutationQueue } from './mutation-queue';
import type { PageGate } from './page-gate';
import { scannerSlot, type ScannerSlot } from './scanner-slot';

/** The answer to the popup's `rescan` (RescanAckSchema in lib/shared/popup-messages.ts). */
const RESCANNING = { rescanning: true } as const;

/** Most times new content is looked at again before the first script gives up on a page. */
export const MAX_RECHECKS = 20;

/** Options of the first look; defaults suit a real page. */
export interface FirstLookOptions {
  /** Asks the background to load the scanner into this frame; false when it could not. */
  loadScanner: () => Promise<boolean>;
  /** Look again when the page adds content (infinite scroll, single-page navigation). */
  watch?: boolean;
  quietMs?: number;
  slot?: ScannerSlot;
  /** The reader's choice for this page (site switched off, reading only on click); automatic when not given. */
  gate?: () => Promise<PageGate>;
}

/**
 * What runs on every page: the pre-check, and nothing else until it passes. Then, or when the
 * reader asks from the popup, the background loads the scanner into the frame; until then the
 * page pays for one selector query and one regular expression, and is never changed.
 */
export class FirstLook {
  private readonly slot: ScannerSlot;
  private readonly queue: MutationQueue | null;
  private loading: Promise<void> | null = null;
  private rechecks = 0;
  private readonly gate: Promise<PageGate>;

  constructor(
    private readonly document: Document,
    private readonly options: FirstLookOptions,
  ) {
    this.slot = options.slot ?? scannerSlot();
    this.gate = options.gate?.() ?? Promise.resolve('automatic');
    this.queue = options.watch && document.body ? new MutationQueue(document.body, () => this.recheck(), options.quietMs) : null;
  }

  /**
   * Runs the pre-check; loads the scanner if it passes, else watches for new content. On a site the
   * reader switched off it does nothing at all, and when the reader reads only on click it waits
   * for the popup.
   */
  start(): void {
    void this.gate.then((gate) => {
      if (gate !== 'automatic') return;
      if (mightHaveFindings(this.document)) void this.load(false);
      else this.queue?.start();
    });
  }

  /** Stops watching, and stops the scanner if it was loaded. */
  stop(): void {
    this.queue?.stop();
    this.slot.stop?.();
  }

  /**
   * A message from the extension's popup: the scanner answers it, loaded first if need be (the
   * reader asked, so the pre-check does not decide). The scanner validates the message itself.
   */
  onMessage(message: unknown): Promise<unknown> | undefined {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'pageReport') return this.whenAllowed(() => this.load(true).then(() => this.slot.answer?.(message)));
    // The popup asks to read the page (opened on a page read only on click, or "Read the page
    // again"): loading the scanner reads it. A scanner already loaded cannot read again, so no
    // answer, and the popup reloads the tab instead.
    if (type === 'rescan' && this.slot.state !== 'loaded') return this.whenAllowed(() => this.load(true).then(() => RESCANNING));
    // Showing a warning on the page needs the badges, so only a scanner that runs can answer.
    if (type === 'reveal' && this.slot.state === 'loaded') return this.whenAllowed(async () => this.slot.answer?.(message));
    return undefined;
  }

  /** Runs `act` unless the reader switched this site off; then there is no answer. */
  private whenAllowed(act: () => Promise<unknown>): Promise<unknown> {
    return this.gate.then((gate) => (gate === 'off' ? undefined : act()));
  }

  private recheck(): void {
    if (this.loading || this.rechecks >= MAX_RECHECKS) return;
    this.rechecks += 1;
    if (mightHaveFindings(this.document)) void this.load(false);
  }

  /** Loads the scanner once per frame; a refused load may be asked again. */
  private load(forced: boolean): Promise<void> {
    if (this.slot.state === 'loaded') return Promise.resolve();
    if (this.loading) return this.loading;
    this.queue?.stop();
    this.slot.state = 'loading';
    this.slot.forced = forced;
    this.loading = this.options.loadScanner().then(
      (loaded) => this.settle(loaded),
      () => this.settle(false),
    );
    return this.loading;
  }

  private settle(loaded: boolean): void {
    if (loaded && this.slot.state === 'loaded') return;
    this.slot.state = 'idle';
    this.loading = null;
  }
}

/** The message a first script posts to its window when it starts. */
const STARTED = 'evidence-lens:first-look-started';

/**
 * Stops this first script, and the scanner it loaded, when a newer one starts in the same window
 * (the extension was updated or reloaded): the old one's badges go, the new one scans afresh. The
 * window message carries only a random token.
 */
export function stopWhenReplaced(window: Window, look: Pick<FirstLook, 'stop'>, token = Math.random().toString(36).slice(2)): void {
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; token?: unknown } | null;
    if (event.source === window && data?.type === STARTED && data.token !== token) look.stop();
  });
  window.postMessage({ type: STARTED, token }, '*');
}
