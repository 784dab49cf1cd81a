import type { CardFactory } from './lazy-card';

/**
 * What the first content script and the scanner share. Both run in the extension's isolated
 * world of the same frame (the page cannot see it), so one object on its global links them: the
 * first script says whether the reader asked for the scan, the scanner registers itself there.
 */
export interface ScannerSlot {
  state: 'idle' | 'loading' | 'loaded';
  /** The reader asked from the popup: scan even though the pre-check found nothing. */
  forced: boolean;
  /** The scanner's answer to a message from the popup, once it runs. */
  answer?: (message: unknown) => unknown;
  /** What the scanner is doing: scanning, resolving, done or nothing-found (diagnostics and benchmarks read it). */
  status?: () => string;
  /** Removes everything the scanner added (the extension was updated or disabled). */
  stop?: () => void;
  /** Set by the card's script (entrypoints/card.ts) once the background has injected it. */
  createCard?: CardFactory;
}

const SLOT = Symbol.for('evidence-lens.scanner');

/** The frame's slot, created on first use. */
export function scannerSlot(scope: object = globalThis): ScannerSlot {
  const holder = scope as { [SLOT]?: ScannerSlot };
  holder[SLOT] ??= { state: 'idle', forced: false };
  return holder[SLOT];
}
